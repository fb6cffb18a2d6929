/**
 * Download names for saved copies: `YYYY-MM-DD 标题.ext`, safe to create on Windows, macOS and Linux and accepted by
 * the Chrome and Firefox downloads APIs (Firefox rejects a name with a reserved character instead of fixing it).
 */
import type { Article } from '../article';

export type CopyExtension = 'html' | 'md' | 'txt' | 'json';

/** Names are counted in UTF-8 bytes: ext4 and APFS allow 255 bytes per name; 150 leaves room for "(2)" and paths. */
export const MAX_FILE_NAME_BYTES = 150;

// Windows forbids these; '/' is the separator everywhere and ':' is one on classic macOS (Finder still shows it as '/').
// Chrome's downloads API also throws "Invalid filename" on '~'.
const ILLEGAL = /[<>:"/\\|?*~]/g;
// Control, format (zero-width, bidi overrides that can disguise an extension), lone surrogates, and unassigned or
// noncharacter code points (Chrome's downloads API refuses Cc, Cf and Cn).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Cn}]/gu;
// CON, NUL, COM1 ... are device names on Windows whatever the extension; COM¹-³ and LPT¹-³ too.
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

const encoder = new TextEncoder();

function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/** Trim `text` to at most `maxBytes` UTF-8 bytes without splitting a character or a grapheme (emoji, accents). */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = byteLength(segment);
    if (used + size > maxBytes) break;
    out += segment;
    used += size;
  }
  return out;
}

/** Make one path component safe: no separators, reserved or invisible characters, no leading or trailing dots. */
export function cleanFileStem(raw: string): string {
  return (
    raw
      .normalize('NFC')
      // Line breaks and tabs separate words: they become spaces before the other controls are dropped.
      .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
      .replace(INVISIBLE, '')
      .replace(ILLEGAL, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+/, '')
      .replace(/[\s.]+$/, '')
  );
}

/** Fit `stem` + `suffix` + `.ext` into the byte budget, cleaning again where the cut left a trailing dot or space. */
export function fitFileName(stem: string, ext: string, suffix = ''): string {
  const tail = `${suffix}.${ext}`;
  let base = cleanFileStem(truncateUtf8(cleanFileStem(stem), MAX_FILE_NAME_BYTES - byteLength(tail)));
  if (!base) base = 'article';
  if (RESERVED.test(base.split('.')[0]!.trim())) base = `_${base}`;
  return `${base}${tail}`;
}

/** Last path segment of the article URL without its extension (`t20170223_11709385`), used when there is no title. */
function urlStem(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
    return last.replace(/\.[a-z0-9]+$/i, '');
  } catch {
    return '';
  }
}

/** `2017-02-23 干部“新春走基层”关键要“走心”.md`; the date is the Beijing date as published, left out when unknown. */
export function articleFileName(article: Article, ext: CopyExtension): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(article.publishedAt ?? '')?.[0];
  const title = cleanFileStem(article.title ?? '') || cleanFileStem(urlStem(article.url)) || 'article';
  return fitFileName(date ? `${date} ${title}` : title, ext);
}

/** `name` itself if unused, else `stem (2).ext`, `stem (3).ext` ...: for many copies written into one zip. */
export function uniqueFileName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot + 1) : 'txt';
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = fitFileName(stem, ext, ` (${n})`);
  taken.add(candidate.toLowerCase());
  return candidate;
}
