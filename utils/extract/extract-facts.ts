/**
 * The facts around the body: the template's selectors first, then the text-pattern rules on the lines nearest the
 * body, then meta tags, then the URL. Anything taken from a weaker source than the page's own line is a warning.
 */
import { linesAfter, linesBefore } from './page-text';
import { type BeijingTime, parseBeijingTime, urlDate } from './parse-beijing-time';
import { readField } from './read-field';
import type { PageTemplate } from './templates/page-template';
import {
  isCrumbRoot,
  normalizeText,
  parseAuthor,
  parseBreadcrumb,
  parseEditor,
  parseSource,
  stripSiteSuffix,
} from './text-patterns';
import { warning } from '../warnings';

export interface PageFacts {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  author: string | null;
  editor: string | null;
  category: string[];
  pageKeywords: string[];
  description: string | null;
  warnings: string[];
}

function meta(doc: Document, name: string): string | null {
  const value = doc.querySelector(`meta[name="${name}" i]`)?.getAttribute('content');
  return value?.trim() ? normalizeText(value) : null;
}

function firstOf<T>(lines: readonly string[], parse: (line: string) => T | null): T | null {
  for (const line of lines) {
    const value = parse(line);
    if (value !== null) return value;
  }
  return null;
}

function titleOf(doc: Document, template: PageTemplate | null): string | null {
  const fromPage = readField(doc, template?.title ?? ['h1'], (t) => normalizeText(t) || null);
  if (fromPage) return stripSiteSuffix(fromPage);
  const fromTitle = doc.title ? stripSiteSuffix(doc.title) : '';
  return fromTitle || null;
}

function publishedOf(doc: Document, template: PageTemplate | null, before: string[], url: string, warnings: string[]) {
  const timed = (t: string): BeijingTime | null => {
    const parsed = parseBeijingTime(t);
    return parsed && parsed.precision !== 'day' ? parsed : null;
  };
  const found =
    readField(doc, template?.published, timed) ??
    readField(doc, [['meta[name="publishdate" i]', 'content']], timed) ??
    firstOf(before, timed);
  if (found) return found.iso;
  const day = readField(doc, template?.published, parseBeijingTime) ?? parseBeijingTime(meta(doc, 'publishdate') ?? '');
  if (day) {
    warnings.push(warning.dateOnly());
    return day.iso;
  }
  const fromUrl = urlDate(url);
  if (fromUrl) {
    warnings.push(warning.urlDate());
    return fromUrl.iso;
  }
  return null;
}

/** A breadcrumb nobody wrote a selector for: the element around a root link (`中国台湾网`) that has separators. */
function genericBreadcrumb(doc: Document): string[] | null {
  const links = doc.querySelectorAll('a');
  for (let i = 0; i < links.length && i < 400; i++) {
    const link = links[i];
    if (!link || !isCrumbRoot(link.textContent ?? '')) continue;
    const crumb = link.parentElement ? parseBreadcrumb(link.parentElement.textContent ?? '') : null;
    if (crumb) return crumb;
  }
  return null;
}

export function extractFacts(
  doc: Document,
  template: PageTemplate | null,
  body: Element | null,
  url: string,
  /** The editor line the body cleaner took out of the body, ranked after the template's own selector. */
  bodyEditor: string | null = null,
): PageFacts {
  const warnings: string[] = [];
  const before = linesBefore(doc, body);
  const after = body ? linesAfter(doc, body) : [];
  const editor =
    template?.editor === null
      ? null
      : (readField(doc, template?.editor, parseEditor) ?? bodyEditor ?? firstOf(after, parseEditor));
  const keywords = meta(doc, 'keywords');
  return {
    title: titleOf(doc, template),
    publishedAt: publishedOf(doc, template, before, url, warnings),
    source: readField(doc, template?.source, parseSource) ?? firstOf(before, parseSource),
    author:
      readField(doc, template?.author, parseAuthor) ??
      firstOf(before, (l) => (/作者\s*[:：]/.test(l) ? parseAuthor(l) : null)),
    editor,
    category: readField(doc, template?.breadcrumb, parseBreadcrumb) ?? genericBreadcrumb(doc) ?? [],
    pageKeywords: keywords ? keywords.split(/[\s,，;；、]+/).filter(Boolean) : [],
    description: meta(doc, 'description'),
    warnings,
  };
}
