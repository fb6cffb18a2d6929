/**
 * The yardstick for our keywords: jieba's plain TF-IDF: every word of two or more characters from the default cut (with
 * the HMM), term frequency times IDF, no part-of-speech filter, no title, no dictionary of our own. Used only by the
 * evaluation and the benchmark.
 *
 * Words with equal scores are common (words said once and unknown to the IDF table, which all get its median). jieba-rs,
 * the engine jieba-wasm wraps, orders them by the word itself; jieba's Python original (extract_tags) keeps the order in
 * which the text first uses them, so headline words win its ties. The eval's yardstick is jieba-rs's order, the
 * engine the issue names; `ties: 'first-use'` gives Python's, which the eval reports beside it.
 */
import type { Keyword } from '../article';
import type { IdfTable } from './idf-table';

export type TieOrder = 'word' | 'first-use';

export function jiebaTfIdfKeywords(
  cut: (text: string, hmm?: boolean | null) => string[],
  idf: IdfTable,
  text: string,
  count: number,
  ties: TieOrder = 'word',
): Keyword[] {
  // A Map iterates in insertion order, so its entries stand in the order of first use.
  const frequency = new Map<string, number>();
  let total = 0;
  for (const raw of cut(text, true)) {
    const word = raw.trim();
    if ([...word].length < 2) continue;
    frequency.set(word, (frequency.get(word) ?? 0) + 1);
    total += 1;
  }
  // Array.prototype.sort is stable: with no tie-break of its own, first use decides.
  const byWord = (a: Keyword, b: Keyword) => (ties === 'word' ? (a.word < b.word ? -1 : a.word > b.word ? 1 : 0) : 0);
  return [...frequency]
    .map(([word, n]) => ({ word, score: (n / Math.max(total, 1)) * idf.get(word) }))
    .sort((a, b) => b.score - a.score || byWord(a, b))
    .slice(0, count);
}
