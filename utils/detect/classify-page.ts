/**
 * What kind of taiwan.cn page this is, by host and URL rules confirmed by the DOM. Runs in the content script on
 * every page of the site, so its import graph stays tiny: URL rules and template data only (no sanitizer, no
 * Readability, no segmenter).
 */
import type { PageKind } from '../article';
import { selectTemplate } from '../extract/templates/index';
import { canonicalUrl, isSiteUrl, parseUrl } from './site-hosts';
import { matchUrlRule } from './url-rules';

export { isSiteUrl } from './site-hosts';

export interface PageClass {
  kind: PageKind;
  template: string | null;
}

/** The template id for a page with a `div.TRS_Editor` no known layout claims: the anchor plus text-pattern rules. */
export const ANCHOR_TEMPLATE = 'trs-editor';
/** The template id for an article page without any TRS body: the generic extractor. */
export const FALLBACK_TEMPLATE = 'readability';

const TRS_BODY = 'div.TRS_Editor';
/** Enough paragraph text to be an article even without the TRS body (a layout nobody has seen yet). */
const MIN_ARTICLE_CHARS = 200;

function hasArticleText(doc: Document): boolean {
  if (!doc.querySelector('h1')) return false;
  let chars = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    chars += (p.textContent ?? '').trim().length;
    if (chars >= MIN_ARTICLE_CHARS) return true;
  }
  return false;
}

/** The statistics block marks list and topic pages with `pagetype` 2 (taiwan-cn-pages.md, Meta tags). */
function isListPageType(doc: Document): boolean {
  return doc.querySelector('meta[name="pagetype"]')?.getAttribute('content')?.trim() === '2';
}

function articleClass(doc: Document, url: URL): PageClass | null {
  if (doc.querySelector(TRS_BODY)) {
    return { kind: 'article', template: selectTemplate(doc, url)?.id ?? ANCHOR_TEMPLATE };
  }
  if (hasArticleText(doc)) return { kind: 'article', template: FALLBACK_TEMPLATE };
  return null;
}

export function classifyPage(url: string, doc: Document | null): PageClass {
  if (!isSiteUrl(url)) return { kind: 'other', template: null };
  const canonical = parseUrl(canonicalUrl(url));
  if (!canonical) return { kind: 'other', template: null };
  const rule = matchUrlRule(canonical);
  const ruleKind: PageKind | null =
    rule === null ? null : rule.id === 'list' ? 'list' : rule.id === 'topic' ? 'topic' : 'article';

  if (!doc) return { kind: ruleKind ?? 'other', template: null };
  if (ruleKind === 'article') {
    // An article address whose page holds no article: a deleted page, an error page, or a list served there.
    return articleClass(doc, canonical) ?? { kind: isListPageType(doc) ? 'list' : 'other', template: null };
  }
  if (ruleKind === 'list' || ruleKind === 'topic') return { kind: ruleKind, template: null };
  // An address no rule knows: only a TRS body, or the site's own list marker, makes it something.
  if (doc.querySelector(TRS_BODY)) return articleClass(doc, canonical) ?? { kind: 'other', template: null };
  return { kind: isListPageType(doc) ? 'list' : 'other', template: null };
}
