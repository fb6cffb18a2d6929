/**
 * The yardstick for our keywords: jieba's plain TF-IDF (extract_tags in jieba's Python original): every word of two or
 * more characters from the default cut, term frequency times IDF, no part-of-speech filter, no title, no dictionary of
 * our own. Used only by the evaluation and the benchmark.
 */
import type { Keyword } from '../article';
import type { IdfTable } from './idf-table';

export function jiebaTfIdfKeywords(
  cut: (text: string, hmm?: boolean | null) => string[],
  idf: IdfTable,
  text: string,
  count: number,
): Keyword[] {
  const frequency = new Map<string, number>();
  let total = 0;
  for (const raw of cut(text, true)) {
    const word = raw.trim();
    if ([...word].length < 2) continue;
    frequency.set(word, (frequency.get(word) ?? 0) + 1);
    total += 1;
  }
  return [...frequency]
    .map(([word, n]) => ({ word, score: (n / Math.max(total, 1)) * idf.get(word) }))
    .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1))
    .slice(0, count);
}
