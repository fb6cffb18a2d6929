/**
 * One keyword chip per subject, for the Chinese and the English ranking alike. Walking candidates best first: a word
 * inside a better keyword adds nothing; a longer phrase around a better keyword repeats it, unless `absorbs` says the
 * phrase should stand for it (the better one seldom occurs outside the phrase, say: 台资 of 台资企业), and then the
 * phrase takes its place and score.
 */
export interface Ranked {
  key: string;
  score: number;
}

export interface SubjectRules<T extends Ranked> {
  /** Whether keyword `outer` contains keyword `inner` (characters in Chinese, whole words in English). */
  contains(outer: string, inner: string): boolean;
  /** Whether a phrase should replace the better keyword inside it. */
  absorbs(phrase: T, inner: T): boolean;
  /** Two spellings of one name (a short form and its full name): the later one adds nothing. */
  sameName?(a: string, b: string): boolean;
}

export function onePerSubject<T extends Ranked>(bestFirst: readonly T[], max: number, rules: SubjectRules<T>): T[] {
  const kept: T[] = [];
  for (const candidate of bestFirst) {
    if (kept.length === max) break;
    const repeats = (better: T) =>
      rules.contains(better.key, candidate.key) || (rules.sameName?.(better.key, candidate.key) ?? false);
    if (kept.some(repeats)) continue;
    const inner = kept.findIndex((better) => rules.contains(candidate.key, better.key));
    if (inner < 0) kept.push(candidate);
    else if (rules.absorbs(candidate, kept[inner]!)) {
      const phrase = { ...candidate, score: kept[inner]!.score };
      kept[inner] = phrase;
      // The phrase may swallow another kept word too (海峡两岸 + 妈祖文化 -> 海峡两岸妈祖文化).
      for (let i = kept.length - 1; i >= 0; i -= 1) {
        if (kept[i] !== phrase && rules.contains(phrase.key, kept[i]!.key)) kept.splice(i, 1);
      }
    }
  }
  return kept;
}
