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
  /**
   * Whether a phrase names a thing of its own beside a better word inside it (海峡两岸中医药传承创新论坛 is an event,
   * 中医药 its field). When it does beside every inner word it does not `absorb`, it stays too, taking the place of
   * the inner words it absorbs and leaving the others.
   */
  standsApart?(phrase: T, inner: T): boolean;
}

export function onePerSubject<T extends Ranked>(bestFirst: readonly T[], max: number, rules: SubjectRules<T>): T[] {
  const kept: T[] = [];
  // Words passed over as repeats: a piece of one repeats the same subject (国务院 of 国务院台办 beside 国台办).
  const repeated: T[] = [];
  for (const candidate of bestFirst) {
    if (kept.length === max) break;
    const repeats = (better: T) =>
      rules.contains(better.key, candidate.key) || (rules.sameName?.(better.key, candidate.key) ?? false);
    if (kept.some(repeats) || repeated.some((r) => rules.contains(r.key, candidate.key))) {
      repeated.push(candidate);
      continue;
    }
    const inner = kept.findIndex((better) => rules.contains(candidate.key, better.key));
    const apart = (better: T) =>
      !rules.contains(candidate.key, better.key) ||
      rules.absorbs(candidate, better) ||
      (rules.standsApart?.(candidate, better) ?? false);
    if (inner < 0) kept.push(candidate);
    else if (rules.standsApart && kept.every(apart)) keepApart(kept, candidate, rules);
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

/** Keeps a phrase that names its own thing: in the place of the first inner word it absorbs, else after the rest. */
function keepApart<T extends Ranked>(kept: T[], phrase: T, rules: SubjectRules<T>): void {
  const absorbed = kept.filter((better) => rules.contains(phrase.key, better.key) && rules.absorbs(phrase, better));
  if (!absorbed.length) {
    kept.push(phrase);
    return;
  }
  const at = kept.indexOf(absorbed[0]!);
  kept[at] = { ...phrase, score: absorbed[0]!.score };
  for (const word of absorbed.slice(1)) kept.splice(kept.indexOf(word), 1);
}
