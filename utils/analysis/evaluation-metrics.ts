/** The measures `npm run eval` reports: keyword precision at k against gold keywords, and character ROUGE-L. */

/** Equal, or one contains the other and the shorter has at least two characters. */
export function keywordMatches(predicted: string, gold: string): boolean {
  if (predicted === gold) return true;
  const [shorter, longer] = predicted.length <= gold.length ? [predicted, gold] : [gold, predicted];
  return [...shorter].length >= 2 && longer.includes(shorter);
}

/**
 * Share of the first k predictions that match some gold keyword (the measure issue 4 defines). Fewer than k predictions
 * count as misses. With `oneToOne`, each gold keyword is credited once, so 台湾 and 台湾青年 cannot both score on the
 * one gold 台湾青年: a stricter reading, reported beside it.
 */
export function precisionAtK(
  predicted: readonly string[],
  gold: readonly string[],
  k: number,
  oneToOne = false,
): number {
  const unused = [...gold];
  let hits = 0;
  for (const word of predicted.slice(0, k)) {
    const i = unused.findIndex((g) => keywordMatches(word, g));
    if (i < 0) continue;
    hits += 1;
    if (oneToOne) unused.splice(i, 1);
  }
  return hits / k;
}

/** Characters that carry content: no whitespace, no punctuation (a summary is not better for sharing commas). */
export function contentChars(text: string): string[] {
  return [...text.replace(/[\s\p{P}\p{S}]/gu, '')];
}

/** Character-level ROUGE-L F1 (longest common subsequence). */
export function rougeL(candidate: string, reference: string): number {
  const a = contentChars(candidate);
  const b = contentChars(reference);
  if (!a.length || !b.length) return 0;
  let row = new Array<number>(b.length + 1).fill(0);
  for (const ch of a) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1)
      next[j] = ch === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    row = next;
  }
  const lcs = row[b.length]!;
  if (lcs === 0) return 0;
  const precision = lcs / a.length;
  const recall = lcs / b.length;
  return (2 * precision * recall) / (precision + recall);
}
