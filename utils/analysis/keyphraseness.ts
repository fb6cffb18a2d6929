/**
 * How often editors took a word as a keyword when TF-IDF offered it ("keyphraseness", after KEA). taiwan.cn writes
 * about the same institutions, places and policies year after year, and editors keep choosing 国台办 or 台胞证 while
 * passing over 订单 or 路段 however often an article says them. A word the gold set never offered is judged by its
 * ending instead: the last two characters, then the last one (…办, …节, …赛 name institutions and events; …量, …率
 * name measures). Each level's rate is shrunk toward the level above it, so one sighting moves the estimate little.
 */

/** Chips seen in training: per token, how many were a gold keyword and how many were offered. */
export interface KeyphraseTable {
  /** Share of all training chips that were gold: where the backing-off starts. */
  prior: number;
  /** Pseudo-counts of the level above that each level's rate is shrunk with. */
  strength: number;
  /** [gold, seen]: a plain array, as the JSON asset has it. */
  counts: Record<string, readonly number[]>;
}

/** The tokens a key is counted under, most general first: last character, last two, the whole word. */
export function keyphraseTokens(key: string): string[] {
  const chars = [...key];
  return [`1:${chars.slice(-1).join('')}`, `2:${chars.slice(-2).join('')}`, `w:${key}`];
}

/**
 * Counts, per token, how many of the chips counted under it were gold and how many there were, and the share of all
 * chips that were gold. Tokens seen fewer than `minSeen` times are left out. Shared with context-keyphraseness.ts.
 */
export function tallyTokens(
  chips: readonly { tokens: readonly string[]; gold: boolean }[],
  minSeen = 1,
): { prior: number; counts: Record<string, readonly number[]> } {
  const counts = new Map<string, [number, number]>();
  let gold = 0;
  for (const chip of chips) {
    if (chip.gold) gold += 1;
    for (const token of chip.tokens) {
      const c = counts.get(token) ?? [0, 0];
      c[0] += chip.gold ? 1 : 0;
      c[1] += 1;
      counts.set(token, c);
    }
  }
  // Sorted, so that the shipped asset's text depends only on what was counted.
  const kept = [...counts].filter(([, [, seen]]) => seen >= minSeen).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const prior = chips.length ? Math.round((gold / chips.length) * 1e6) / 1e6 : 0;
  return { prior, counts: Object.fromEntries(kept) };
}

/**
 * A token's share of gold chips, shrunk toward `toward` with `strength` pseudo-counts. In training, the chip being
 * scored is itself in the count; `own` removes it (its label) so that a feature cannot simply repeat the answer.
 */
export function shrunkRate(
  counted: readonly number[] | undefined,
  toward: number,
  strength: number,
  own?: { gold: boolean },
): number {
  const gold = counted ? counted[0]! - (own?.gold ? 1 : 0) : 0;
  const seen = counted ? counted[1]! - (own ? 1 : 0) : 0;
  return (gold + strength * toward) / (seen + strength);
}

export function tallyKeyphrases(chips: readonly { key: string; gold: boolean }[], strength: number): KeyphraseTable {
  const { prior, counts } = tallyTokens(chips.map((chip) => ({ tokens: keyphraseTokens(chip.key), gold: chip.gold })));
  return { prior, strength, counts };
}

/** The estimate that an editor takes `key`; `own` as in shrunkRate. */
export function keyphraseness(key: string, table: KeyphraseTable, own?: { gold: boolean }): number {
  let estimate = table.prior;
  for (const token of keyphraseTokens(key)) estimate = shrunkRate(table.counts[token], estimate, table.strength, own);
  return estimate;
}
