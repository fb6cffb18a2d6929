/**
 * One folded form for stored text and queries, so a simplified query finds a traditional article and the other way
 * round: Taiwan and traditional forms to simplified (opencc-js), full-width Latin to ASCII, lower case.
 */
import { Converter } from 'opencc-js/t2cn';

let toSimplified: ((text: string) => string) | null = null;

export function foldForSearch(text: string): string {
  // Built on first use: the dictionaries cost a few milliseconds that pages which never search should not pay.
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  return toSimplified(text.normalize('NFKC')).toLowerCase();
}

/** Query terms: whitespace separates terms that must all appear (in any order). */
export function queryTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .filter((term) => term.length > 0);
}
