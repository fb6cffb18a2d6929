/**
 * Checks one line of an import file. A line is an exported library entry `{url, article, savedAt, updatedAt}` or a
 * bare Article (the command line's JSON output). Anything else is rejected with the first problem found; accepted
 * values are rebuilt field by field, so unknown fields never reach the database.
 */
import type { Article, ArticleImage, Keyword } from '../article';
import { libraryKey, isLibraryUrl } from './library-key';
import type { LibraryEntry } from './library-types';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

class Invalid extends Error {}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(obj: Json, key: string, path: string): string {
  const value = obj[key];
  if (typeof value !== 'string') throw new Invalid(`${path}${key}: expected text`);
  return value;
}

function strOrNull(obj: Json, key: string, path: string): string | null {
  const value = obj[key] ?? null;
  if (value !== null && typeof value !== 'string') throw new Invalid(`${path}${key}: expected text or null`);
  return value;
}

function strings(obj: Json, key: string, path: string): string[] {
  const value = obj[key] ?? [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new Invalid(`${path}${key}: expected a list of texts`);
  }
  return [...value] as string[];
}

function finite(obj: Json, key: string, path: string): number | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Invalid(`${path}${key}: expected a number`);
  return value;
}

function images(obj: Json): ArticleImage[] {
  const value = obj.images ?? [];
  if (!Array.isArray(value)) throw new Invalid('article.images: expected a list');
  return value.map((image, i) => {
    if (!isObject(image)) throw new Invalid(`article.images[${i}]: expected an object`);
    return {
      src: str(image, 'src', `article.images[${i}].`),
      caption: strOrNull(image, 'caption', `article.images[${i}].`),
    };
  });
}

function keywords(obj: Json): Keyword[] | undefined {
  const value = obj.keywords;
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new Invalid('article.keywords: expected a list');
  return value.map((k, i) => {
    if (!isObject(k)) throw new Invalid(`article.keywords[${i}]: expected an object`);
    return {
      word: str(k, 'word', `article.keywords[${i}].`),
      score: finite(k, 'score', `article.keywords[${i}].`) ?? 0,
    };
  });
}

function article(obj: unknown): Article {
  const p = 'article.';
  if (!isObject(obj)) throw new Invalid('article: expected an object');
  if (obj.kind !== 'article') throw new Invalid('article.kind: only articles can be in the library');
  const url = str(obj, 'url', p);
  if (!isLibraryUrl(url)) throw new Invalid('article.url: not an http(s) address');
  if (obj.script !== 'Hans' && obj.script !== 'Hant') throw new Invalid('article.script: expected Hans or Hant');
  const pages = finite(obj, 'pages', p) ?? 1;
  const result: Article = {
    kind: 'article',
    template: str(obj, 'template', p),
    url,
    title: strOrNull(obj, 'title', p),
    publishedAt: strOrNull(obj, 'publishedAt', p),
    source: strOrNull(obj, 'source', p),
    author: strOrNull(obj, 'author', p),
    reporters: strings(obj, 'reporters', p),
    editor: strOrNull(obj, 'editor', p),
    category: strings(obj, 'category', p),
    pageKeywords: strings(obj, 'pageKeywords', p),
    description: strOrNull(obj, 'description', p),
    script: obj.script,
    lang: str(obj, 'lang', p),
    paragraphs: strings(obj, 'paragraphs', p),
    html: str(obj, 'html', p),
    images: images(obj),
    pages: Math.max(1, Math.floor(pages)),
    warnings: strings(obj, 'warnings', p),
  };
  if (obj.summary !== undefined) result.summary = strings(obj, 'summary', p);
  const kw = keywords(obj);
  if (kw) result.keywords = kw;
  const charCount = finite(obj, 'charCount', p);
  if (charCount !== undefined) result.charCount = charCount;
  const readingMinutes = finite(obj, 'readingMinutes', p);
  if (readingMinutes !== undefined) result.readingMinutes = readingMinutes;
  return result;
}

function isoTime(obj: Json, key: string, fallback?: string): string {
  const value = obj[key] ?? fallback;
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) throw new Invalid(`${key}: expected a date and time`);
  return new Date(time).toISOString();
}

/** Validate one parsed JSON value; `now` stands in for the save time of a bare Article. */
export function checkEntry(value: unknown, now: Date): Checked<LibraryEntry> {
  try {
    if (!isObject(value)) throw new Invalid('not a JSON object');
    if ('article' in value) {
      const checked = article(value.article);
      const savedAt = isoTime(value, 'savedAt');
      const updatedAt = isoTime(value, 'updatedAt', savedAt);
      return { ok: true, value: { url: libraryKey(checked.url), article: checked, savedAt, updatedAt } };
    }
    const checked = article(value);
    const stamp = now.toISOString();
    return { ok: true, value: { url: libraryKey(checked.url), article: checked, savedAt: stamp, updatedAt: stamp } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    throw error;
  }
}

/** Parse and validate every line of a JSON Lines file; blank lines are skipped, line numbers start at 1. */
export function parseJsonl(
  text: string,
  now: Date,
): { entries: LibraryEntry[]; rejected: { line: number; reason: string }[] } {
  const entries: LibraryEntry[] = [];
  const rejected: { line: number; reason: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (!line) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      rejected.push({ line: index + 1, reason: 'not valid JSON' });
      return;
    }
    const checked = checkEntry(value, now);
    if (checked.ok) entries.push(checked.value);
    else rejected.push({ line: index + 1, reason: checked.reason });
  });
  return { entries, rejected };
}
