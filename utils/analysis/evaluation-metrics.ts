/** The measures `npm run eval` reports: keyword precision at k against gold keywords, and character ROUGE-L. */

/** Equal, or one contains the other and the shorter has at least two characters. */
export function keywordMatches(predicted: string, gold: string): boolean {
  if (predicted === gold) return true;
  const [shorter, longer] = predicted.length <= gold.length ? [predicted, gold] : [gold, predicted];
  return [...shorter].length >= 2 && longer.includes(shorter);
}

/**
 * Whether a keyword list holds one keyword inside another (两岸 and 两岸交流): a pair the loose match can credit twice
 * for one gold keyword. The eval counts such lists among the gold's, ours and jieba's, to show how often editors nest.
 */
export function nestsKeywords(words: readonly string[]): boolean {
  return words.some((outer, i) => words.some((inner, j) => i !== j && outer !== inner && keywordMatches(outer, inner)));
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

/** A small seeded generator (a 32-bit xorshift), so a resampled interval prints the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

/**
 * The central 95% of the mean over `rounds` resamples of `values` (articles drawn with replacement): how far a mean
 * measured on this many articles could move on another set of the same kind. Tells a real difference from noise.
 */
export function bootstrapInterval(values: readonly number[], rounds = 2000, seed = 20261130): [number, number] {
  if (values.length === 0) return [0, 0];
  const random = seeded(seed);
  const means: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    let sum = 0;
    for (let i = 0; i < values.length; i += 1) sum += values[Math.floor(random() * values.length)]!;
    means.push(sum / values.length);
  }
  means.sort((a, b) => a - b);
  return [means[Math.floor(rounds * 0.025)]!, means[Math.min(rounds - 1, Math.floor(rounds * 0.975))]!];
}
