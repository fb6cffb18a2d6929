/**
 * Every warning an Article or an analysis can carry, in one place. The stored text is English: it is data, read in
 * JSON copies and on the command line by readers of either script. The popup and the reading view read each warning
 * back (`readWarning`) and say it in the UI's language; a warning this table does not know is shown as written.
 */

type Arg = string | number;

/** The warning texts, by code (`warning.pageFailed(2, 3, url, 'HTTP 404')`); `readWarning` reads them back. */
export const warning = {
  dateOnly: () => 'The page gives only the publication date, not the time.',
  urlDate: () => 'No publication time on the page: the creation date in the URL is used.',
  pagesCapped: (read: Arg, total: Arg) => `Only the first ${read} of ${total} pages were read.`,
  onePageOnly: (total: Arg, page: Arg) => `This article has ${total} pages; only page ${page} of ${total} was read.`,
  pageFailed: (page: Arg, total: Arg, url: Arg, why: Arg) =>
    `Could not read page ${page} of ${total} (${url}): ${why}.`,
  noText: () => 'No article text was found on this page.',
  emptyBody: () => 'The article body is empty.',
  unreadable: (percent: Arg) => `${percent}% of the text is unreadable (U+FFFD): the page may be damaged.`,
  notUtf8: (encoding: Arg) => `The page says utf-8 but its bytes are not; decoded as ${encoding}.`,
  unknownCharset: (label: Arg, encoding: Arg) => `Unknown charset label "${label}"; decoded as ${encoding}.`,
  notSanitized: (why: Arg) => `The body could not be sanitized, so no HTML is given: ${why}`,
  extractionFailed: (why: Arg) => `Extraction failed: ${why}`,
  noIdf: (why: Arg) => `analysis: IDF table not loaded (${why}); keywords rank by frequency only`,
  noWasm: (why: Arg) =>
    `analysis: WebAssembly unavailable (${why}); words were split by Intl.Segmenter, keywords are rougher`,
} satisfies Record<string, (...args: Arg[]) => string>;

export type WarningCode = keyof typeof warning;

// Each template written with marks in its slots becomes a pattern that finds the slots again. A slot matches lazily
// and the pattern is anchored, so a reason with brackets or colons in it (HTTP 404: Not Found) still reads whole.
const MARK = (i: number) => `\u0000${i}\u0000`;
// Built on first use: the extractor injected into the page writes warnings but never reads them back.
let patterns: { code: WarningCode; order: number[]; arity: number; pattern: RegExp }[] | null = null;
const buildPatterns = () =>
  (Object.keys(warning) as WarningCode[]).map((code) => {
    const make = warning[code] as (...a: Arg[]) => string;
    const text = make(...Array.from({ length: make.length }, (_, i) => MARK(i)));
    const order: number[] = [];
    const source = text
      .split(/(\u0000\d\u0000)/)
      .map((part) => {
        const slot = /^\u0000(\d)\u0000$/.exec(part);
        if (!slot) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const index = Number(slot[1]);
        // A slot written twice (the page total) must say the same both times.
        if (order.includes(index)) return `\\${order.indexOf(index) + 1}`;
        order.push(index);
        return '([\\s\\S]*?)';
      })
      .join('');
    return { code, order, arity: make.length, pattern: new RegExp(`^${source}$`) };
  });

export interface ReadWarning {
  code: WarningCode;
  /** The slots in the template's order. */
  args: string[];
}

export function readWarning(text: string): ReadWarning | null {
  patterns ??= buildPatterns();
  for (const { code, order, arity, pattern } of patterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    const args = new Array<string>(arity).fill('');
    order.forEach((slot, i) => (args[slot] = m[i + 1] ?? ''));
    return { code, args };
  }
  return null;
}
