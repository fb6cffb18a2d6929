/**
 * Decode the bytes of a page the code fetched or read from disk. A header alone is never trusted: taiwan.cn served
 * GBK under a utf-8 label for years (taiwan-cn-pages.md, Encodings), so a label is checked against the bytes.
 */
import { warning } from '../warnings';

export type PageEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

export interface DecodedPage {
  text: string;
  encoding: PageEncoding;
  /** How the encoding was chosen: 'bom', 'meta', 'host', 'utf-8-valid', 'fallback'. */
  via: string;
  warnings: string[];
}

const HEAD_BYTES = 4096;
/** Above this share of U+FFFD the text is flagged: a wrong or mixed encoding, or a page already damaged upstream. */
const REPLACEMENT_LIMIT = 0.01;

/** Map any charset label to the decoder that reads it best: every GB label to its superset GB18030. */
export function normalizeCharsetLabel(label: string): PageEncoding | null {
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|csgb2312|gb_2312-80|chinese)$/.test(l)) return 'gb18030';
  if (/^(big5|big5-hkscs|x-x-big5|cn-big5|csbig5)$/.test(l)) return 'big5';
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(l)) return 'utf-8';
  if (l === 'utf-16le') return 'utf-16le';
  if (l === 'utf-16be') return 'utf-16be';
  return null;
}

function sniffBom(bytes: Uint8Array): PageEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset declared in `<meta charset>` or `<meta http-equiv content="...charset=...">` near the top. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one char, so the ASCII markup can be scanned without knowing the encoding yet.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w-]+)/i.exec(meta);
    if (m?.[1]) return m[1];
  }
  return null;
}

function isBig5Host(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return /^big5\./i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function replacementShare(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) n++;
  return n / text.length;
}

export function decodePageBytes(input: ArrayBuffer | Uint8Array, url?: string): DecodedPage {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const warnings: string[] = [];
  let encoding: PageEncoding;
  let via: string;
  let text: string | null = null;

  const bom = sniffBom(bytes);
  const label = sniffMetaCharset(bytes);
  const declared = label ? normalizeCharsetLabel(label) : null;
  if (bom) {
    encoding = bom;
    via = 'bom';
  } else if (declared === 'utf-8') {
    text = decodeStrictUtf8(bytes);
    if (text !== null) {
      encoding = 'utf-8';
      via = 'meta';
    } else {
      encoding = isBig5Host(url) ? 'big5' : 'gb18030';
      via = 'fallback';
      warnings.push(warning.notUtf8(encoding));
    }
  } else if (declared) {
    encoding = declared;
    via = 'meta';
  } else if (isBig5Host(url)) {
    encoding = 'big5';
    via = 'host';
  } else {
    text = decodeStrictUtf8(bytes);
    encoding = text !== null ? 'utf-8' : 'gb18030';
    via = text !== null ? 'utf-8-valid' : 'fallback';
    if (label) warnings.push(warning.unknownCharset(label, encoding));
  }

  if (text === null) text = new TextDecoder(encoding).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const share = replacementShare(text);
  if (share > REPLACEMENT_LIMIT) {
    warnings.push(warning.unreadable((share * 100).toFixed(1)));
  }
  return { text, encoding, via, warnings };
}
