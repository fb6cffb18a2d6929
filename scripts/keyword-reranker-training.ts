/**
 * Fitting the keyword re-ranker (utils/analysis/keyword-reranker.ts) on gold articles, and cross-validating it by
 * writer set: each set of writers is held out in turn, the model is fitted on the others and scored on the held-out
 * set against TF-IDF's own order. Used by `npm run train:keywords`, `npm run eval` and the asset's freshness test.
 */
import type { AnalysisEngine } from '../utils/analysis/analysis-engine';
import { keywordInput } from '../utils/analysis/analyze-article';
import { keywordMatches, precisionAtK } from '../utils/analysis/evaluation-metrics';
import { articleFacts, rankKeywords, tfIdfChips, type KeywordInput } from '../utils/analysis/extract-keywords';
import type { IdfTable } from '../utils/analysis/idf-table';
import { chipFeatures, FEATURE_NAMES, featureVector, type RerankModel } from '../utils/analysis/keyword-reranker';
import { fitLogistic } from '../utils/analysis/logistic-regression';
import { SITE_COMMON_WORDS } from '../utils/analysis/site-dictionary';
import { writerSet, type GoldArticle } from './gold-set';

export interface TrainingArticle {
  file: string;
  input: KeywordInput;
  gold: readonly string[];
}

/** The settings the shipped model was fitted with; cross-validation chose neither (see tests/gold/README.md). */
export const TRAINING = { l2: 10, depth: 10 };

export function prepareArticles(articles: readonly GoldArticle[], engine: AnalysisEngine): TrainingArticle[] {
  return articles.map((a) => ({ file: a.file, input: keywordInput(a, engine), gold: a.gold.keywords }));
}

/**
 * One row per chip in TF-IDF's first `depth`, labelled 1 when it matches a gold keyword. A site-wide word is labelled
 * 0 even then: the loose match credits 台湾 inside 台湾青年, but it is no chip the product would raise.
 */
function trainingRows(items: readonly TrainingArticle[], idf: IdfTable, depth: number) {
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const item of items) {
    const facts = articleFacts(item.input);
    for (const chip of tfIdfChips(item.input, idf).slice(0, depth)) {
      rows.push(featureVector(chipFeatures(chip, facts)));
      const hit = item.gold.some((g) => keywordMatches(chip.word, g)) && !SITE_COMMON_WORDS.has(chip.key);
      labels.push(hit ? 1 : 0);
    }
  }
  return { rows, labels };
}

export function fitReranker(
  items: readonly TrainingArticle[],
  idf: IdfTable,
  trainedOn: string,
  settings = TRAINING,
): RerankModel {
  const { rows, labels } = trainingRows(items, idf, settings.depth);
  const weights = fitLogistic(rows, labels, settings.l2).map((w) => Math.round(w * 1e6) / 1e6);
  return { trainedOn, l2: settings.l2, depth: settings.depth, features: FEATURE_NAMES, weights };
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / Math.max(values.length, 1);

/** P@5 of each item with `model` (null: TF-IDF's order), as the eval scores it. */
export function precisionWith(items: readonly TrainingArticle[], idf: IdfTable, model: RerankModel | null): number[] {
  return items.map((item) =>
    precisionAtK(
      rankKeywords(item.input, idf, undefined, model).map((k) => k.word),
      item.gold,
      5,
    ),
  );
}

export interface HeldOutSet {
  set: number;
  files: string[];
  /** P@5 of each article of the set: TF-IDF's order, and the model fitted without the set. */
  before: number[];
  after: number[];
}

export function crossValidateReranker(items: readonly TrainingArticle[], idf: IdfTable): HeldOutSet[] {
  const sets = [...new Set(items.map((i) => writerSet(i.file)))].sort((a, b) => a - b);
  return sets.map((set) => {
    const held = items.filter((i) => writerSet(i.file) === set);
    const model = fitReranker(
      items.filter((i) => writerSet(i.file) !== set),
      idf,
      `all but set ${set}`,
    );
    return {
      set,
      files: held.map((i) => i.file),
      before: precisionWith(held, idf, null),
      after: precisionWith(held, idf, model),
    };
  });
}

export function summariseCrossValidation(sets: readonly HeldOutSet[]): { before: number; after: number; up: number } {
  return {
    before: mean(sets.flatMap((s) => s.before)),
    after: mean(sets.flatMap((s) => s.after)),
    up: sets.filter((s) => mean(s.after) > mean(s.before)).length,
  };
}
