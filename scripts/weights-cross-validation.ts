/**
 * Would other keyword weights do better, or only fit the articles they were tuned on? `npm run eval -- --cv` answers
 * with k-fold cross-validation over the dev articles: in each fold, coordinate ascent re-tunes every weight on the
 * other folds, and the tuned weights are scored on the fold they never saw. A mean gain near or under zero on the
 * unseen folds means the shipped weights are not under-tuned: a higher dev score from re-tuning would be a fit.
 */
import type { KeywordWeights } from '../utils/analysis/keyword-weights';

/**
 * Weights set by what the product promises, not by the score: a chip must name the article's subject, and a word every
 * taiwan.cn story uses (台湾, 两岸) never does, though the loose match credits it inside a gold phrase (台湾 in
 * 台湾青年). Tuning frees this damping whenever it can, so it is held where it is. Likewise one chip per subject: a
 * name is shown whole (台资企业, 海峡两岸图书交易会), never as the pieces the loose match credits twice (台资,
 * 海峡两岸图书 + 图书交易会); tuning raised `partOfCompound` past any count a phrase can reach, which turns that off.
 * And a verb is a chip only when it is rare enough to name the event (罢免, 停电): tuning lowered `titleVerbMinIdf`
 * from 8 to 6, which lets in verbs any event story uses (举办 6.9, 深化 7.4, 签约 7.8), credited inside gold phrases.
 */
const FIXED = new Set(['siteCommonDamping', 'partOfCompound', 'titleVerbMinIdf']);

/** One tunable number: a top-level weight or one part-of-speech weight. */
type Knob = { name: string; get(w: KeywordWeights): number; set(w: KeywordWeights, v: number): KeywordWeights };

export function knobsOf(weights: KeywordWeights): Knob[] {
  const knobs: Knob[] = [];
  for (const [name, value] of Object.entries(weights)) {
    if (typeof value === 'number' && !FIXED.has(name))
      knobs.push({
        name,
        get: (w) => w[name as keyof KeywordWeights] as number,
        set: (w, v) => ({ ...w, [name]: v }),
      });
  }
  for (const tag of Object.keys(weights.tagWeight))
    knobs.push({
      name: `tagWeight.${tag}`,
      get: (w) => w.tagWeight[tag]!,
      set: (w, v) => ({ ...w, tagWeight: { ...w.tagWeight, [tag]: v } }),
    });
  return knobs;
}

// Each knob is tried at these multiples of its current value: a search as wide for every knob, chosen by no one.
const FACTORS = [0.5, 0.75, 1.25, 1.5, 2];

/** Greedy coordinate ascent: move one knob at a time to its best multiple while the score strictly improves. */
export function coordinateAscent(
  start: KeywordWeights,
  score: (w: KeywordWeights) => number,
  passes = 2,
): { weights: KeywordWeights; score: number } {
  let weights = start;
  let best = score(weights);
  for (let pass = 0; pass < passes; pass += 1) {
    let moved = false;
    for (const knob of knobsOf(start)) {
      const base = knob.get(weights);
      for (const factor of FACTORS) {
        const trial = knob.set(weights, base * factor);
        const value = score(trial);
        if (value > best + 1e-9) [weights, best, moved] = [trial, value, true];
      }
    }
    if (!moved) break;
  }
  return { weights, score: best };
}

/** The knobs that differ between two settings, as name=value of the second. */
export function movedKnobs(from: KeywordWeights, to: KeywordWeights): string[] {
  return knobsOf(from)
    .filter((k) => k.get(to) !== k.get(from))
    .map((k) => `${k.name}=${+k.get(to).toFixed(3)}`);
}

export interface FoldResult {
  /** Mean score on the unseen fold with the starting weights, and with the weights tuned on the other folds. */
  before: number;
  after: number;
  /** The knobs the tuning moved, as name=value. */
  changed: string[];
}

/** `scoreOf(weights, items)`: the mean score of `items` under `weights`. Items go to folds round-robin. */
export function crossValidate<T>(
  items: readonly T[],
  folds: number,
  start: KeywordWeights,
  scoreOf: (w: KeywordWeights, items: readonly T[]) => number,
): FoldResult[] {
  const results: FoldResult[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const unseen = items.filter((_, i) => i % folds === fold);
    const train = items.filter((_, i) => i % folds !== fold);
    const tuned = coordinateAscent(start, (w) => scoreOf(w, train)).weights;
    results.push({ before: scoreOf(start, unseen), after: scoreOf(tuned, unseen), changed: movedKnobs(start, tuned) });
  }
  return results;
}

/**
 * When the re-tuned weights replace the shipped ones, fixed before the folds are run: the unseen folds must gain at
 * least `MIN_GAIN` on average (one keyword in about 40 articles) and more than half of them must gain at all. One fold's
 * luck, or a mean gain smaller than one keyword per fold, is no evidence that the new weights generalise.
 */
export const MIN_GAIN = 0.005;

export function retuningGeneralises(folds: readonly FoldResult[]): boolean {
  const changes = folds.map((f) => f.after - f.before);
  const mean = changes.reduce((sum, c) => sum + c, 0) / Math.max(changes.length, 1);
  return mean >= MIN_GAIN - 1e-9 && changes.filter((c) => c > 1e-9).length > changes.length / 2;
}
