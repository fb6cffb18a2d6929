/**
 * Character-bigram F1 between two texts: the body-quality measure of the fixture suite and the bench. Whitespace is
 * ignored (Chinese has none between words; English spacing is not what is being judged).
 */
function bigrams(text: string): Map<string, number> {
  const chars = Array.from(text.replace(/\s+/g, ''));
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = `${chars[i]}${chars[i + 1]}`;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function bigramF1(got: string, want: string): number {
  const a = bigrams(got);
  const b = bigrams(want);
  let total = 0;
  let wanted = 0;
  let overlap = 0;
  for (const n of a.values()) total += n;
  for (const [gram, n] of b) {
    wanted += n;
    overlap += Math.min(n, a.get(gram) ?? 0);
  }
  if (total === 0 && wanted === 0) return 1;
  if (total === 0 || wanted === 0) return 0;
  const precision = overlap / total;
  const recall = overlap / wanted;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
