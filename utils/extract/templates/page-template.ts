/**
 * A taiwan.cn page layout as data (Mercury-parser style): where each fact sits, what to drop from the body, and how to
 * tell the layout apart. Field lists are ordered; a selector counts only when it matches exactly one element with text
 * that the field's parser accepts, otherwise the next one is tried, then the generic text-pattern rules.
 */

/** A CSS selector whose text is read, or `[selector, attribute]` to read an attribute (meta tags). */
export type FieldSelector = string | readonly [selector: string, attribute: string];

export interface TemplateMatch {
  /** Tested against the hostname of the canonical URL. */
  host?: RegExp;
  /** Tested against the pathname of the canonical URL. */
  path?: RegExp;
  /** Creation years (the `t<yyyymmdd>` in the file name) the layout was served in, both ends inclusive. */
  years?: readonly [from: number, to: number];
  /** Every selector must match at least one element. */
  selectors?: readonly string[];
  /** Some element matching the selector must have text matching the pattern. */
  text?: readonly [selector: string, pattern: RegExp];
}

export interface PageTemplate {
  id: string;
  /** Canonical URLs of fixture pages in this layout; the fixture suite proves each is classified as this template. */
  testUrls: readonly string[];
  match: TemplateMatch;
  title?: readonly FieldSelector[];
  published?: readonly FieldSelector[];
  source?: readonly FieldSelector[];
  author?: readonly FieldSelector[];
  /** `null`: the layout has no editor line, so the generic rule is not tried either. */
  editor?: readonly FieldSelector[] | null;
  breadcrumb?: readonly FieldSelector[];
  /** Body containers, tried before the `div.TRS_Editor` anchor. */
  body?: readonly string[];
  /** Removed from the body (a clone) before anything is read from it. */
  clean?: readonly string[];
  /** BCP 47 language of the text when it is not Chinese. */
  lang?: string;
}
