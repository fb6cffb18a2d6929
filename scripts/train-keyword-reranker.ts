/**
 * `npm run train:keywords`: fits the keyword re-ranker on the gold set's dev articles and writes
 * utils/analysis/assets/keyword-reranker.json, after printing how it does on writer sets it was not fitted on.
 * Run it after any change to the keyword candidates or the TF-IDF ranking: the unit suite fails while the asset
 * differs from a fresh fit.
 *
 *   npm run train:keywords             fit, cross-validate, write the asset
 *   npm run train:keywords -- --check  exit 1 if the asset is not what a fresh fit gives
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadNodeEngine } from '../utils/analysis/load-engine-node';
import { articleNumber, HELD_OUT, isDev, loadGoldArticles } from './gold-set';
import {
  crossValidateReranker,
  fitReranker,
  prepareArticles,
  rerankerAssetText,
  summariseCrossValidation,
} from './keyword-reranker-training';

const ASSET = new URL('../utils/analysis/assets/keyword-reranker.json', import.meta.url);
const f3 = (v: number) => v.toFixed(3);
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / Math.max(values.length, 1);

const engine = await loadNodeEngine();
const dev = prepareArticles(
  loadGoldArticles().filter((a) => isDev(a.file)),
  engine,
);
const trainedOn = `gold dev articles (${dev.length}; held-out ${HELD_OUT.first}-${HELD_OUT.last} left out)`;
const model = fitReranker(dev, engine.idf, trainedOn);
const text = rerankerAssetText(model);

if (process.argv.includes('--check')) {
  const fresh = readFileSync(ASSET, 'utf8') === text;
  console.log(
    fresh ? 'keyword re-ranker asset is up to date' : 'keyword re-ranker asset is stale: npm run train:keywords',
  );
  process.exitCode = fresh ? 0 : 1;
} else {
  console.log(`keyword re-ranker, cross-validated by writer set over ${dev.length} dev articles (P@5):`);
  const sets = crossValidateReranker(dev, engine.idf);
  for (const s of sets) {
    console.log(
      `  set ${String(s.set).padStart(2)} (${articleNumber(s.files[0]!)}-${articleNumber(s.files.at(-1)!)}, ${s.files.length} articles): TF-IDF order ${f3(mean(s.before))}, re-ranked ${f3(mean(s.after))}`,
    );
  }
  const all = summariseCrossValidation(sets);
  console.log(
    `  all: TF-IDF order ${f3(all.before)}, re-ranked ${f3(all.after)} (${all.up} of ${sets.length} sets gain)`,
  );
  writeFileSync(ASSET, text);
  console.log(`wrote ${ASSET.pathname}: ${model.features.length} features, fitted on ${trainedOn}`);
}
