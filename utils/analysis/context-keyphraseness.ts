/**
 * How often editors took a word, judged by the company it keeps in this article rather than by the word itself
 * (keyphraseness.ts judges the word). The two characters on each side of a chip's uses say what part it plays in the
 * story: the name after 发言人 or 表示， is the speaker, a city before 市台办 is the host, a place after 来到 is where
 * the story goes; a place after 来自 or before 等地, a group before 媒体, a word at the end of a list is a mention.
 * Those roles hold across articles however new the word, so an unseen 益阳 inherits them.
 */

import { shrunkRate, tallyTokens } from './keyphraseness';

/** Chips seen in training: per context, how many were a gold keyword and how many were offered. */
export interface ContextTable {
  /** Share of all training chips that were gold: what each context's rate is shrunk toward. */
  prior: number;
  /** Pseudo-count of that shrinkage. */
  strength: number;
  /** Contexts offered fewer times than this are left out of the table (too rare to say anything; they would only grow the asset). */
  minSeen: number;
  /** [gold, seen] per context: a plain array, as the JSON asset has it. */
  counts: Record<string, readonly number[]>;
}

/** Characters read on each side of a use: one says too little (的, ，), three repeat too rarely to be counted. */
const WIDTH = 2;

/**
 * The contexts of `key` in the article's simplified sentences, each once: `L:` and the two characters before a use, `R:`
 * and the two after; a sentence edge stands for the missing characters (`L:^据`, `R:。$`).
 */
export function contextTokens(key: string, sentenceKeys: readonly string[]): string[] {
  const found = new Set<string>();
  if (!key) return [];
  for (const sentence of sentenceKeys) {
    for (let at = sentence.indexOf(key); at >= 0; at = sentence.indexOf(key, at + key.length)) {
      const before = sentence.slice(Math.max(0, at - WIDTH), at);
      const after = sentence.slice(at + key.length, at + key.length + WIDTH);
      found.add(`L:${before.length < WIDTH ? `^${before}` : before}`);
      found.add(`R:${after.length < WIDTH ? `${after}$` : after}`);
    }
  }
  return [...found];
}

export function tallyContexts(
  chips: readonly { contexts: readonly string[]; gold: boolean }[],
  strength: number,
  minSeen: number,
): ContextTable {
  const tally = tallyTokens(
    chips.map((chip) => ({ tokens: chip.contexts, gold: chip.gold })),
    minSeen,
  );
  return { prior: tally.prior, strength, minSeen, counts: tally.counts };
}

const logOdds = (p: number) => Math.log((p + 1e-3) / (1 - p + 1e-3));

/**
 * How much the chip's contexts raise (above 0) or lower the odds that an editor takes it: the mean over its contexts
 * of each one's shrunk rate against the prior, in log-odds; 0 for a chip whose contexts the table does not know. In
 * training the chip is itself counted in the table; `own` takes its label out, so the feature cannot repeat the answer.
 */
export function contextRate(contexts: readonly string[], table: ContextTable, own?: { gold: boolean }): number {
  if (!contexts.length) return 0;
  let sum = 0;
  for (const token of contexts) {
    sum += logOdds(shrunkRate(table.counts[token], table.prior, table.strength, own)) - logOdds(table.prior);
  }
  return sum / contexts.length;
}
