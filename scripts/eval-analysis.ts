/**
 * `npm run eval`: keywords and summaries of the gold set (tests/gold/articles), next to their baselines, in one run.
 *   keywords: P@5 against the editors' five keywords, ours vs jieba TF-IDF (jieba-wasm, jieba's full idf.txt, no filters;
 *             ties in jieba-rs's order, and on an extra line in its Python original's)
 *   summary:  character ROUGE-L F1 against the gold summary, ours vs the lead of the article cut to the same length
 * Extra rows show what the compact IDF table costs (ours on the full table) and what the no-WebAssembly fallback gives,
 * and how much the loose match credits one subject shown as several chips (TF-IDF's order with and without the words
 * inside a better keyword).
 * P@5 is also reported on a dev split (articles 01-573) and a held-out split (574-621): the keyword method is tuned
 * looking at dev only, so held-out shows how well it generalises. 574-621 were written by six writers who never saw
 * the analysis, its code, its output or the other gold files; earlier held-outs (16-35, 46-69, 70-93, 94-117,
 * 118-141, 142-165, 166-189, 190-213, 214-237, 238-261, 262-285, 286-309, 310-333, 334-357, 358-381, 382-405,
 * 406-429, 430-453, 454-477, 478-501, 502-525, then 526-573) joined dev when the next blind set came. Every ours-figure comes from a
 * keyword re-ranker that never saw the article. A second editor's keywords for every article
 * (tests/gold/second-editor.json) show how far two editors agree under the same measure.
 *   --verbose  the words of each dev article: gold, ours, jieba's
 *   --cv       cross-validate the keyword weights (scripts/weights-cross-validation.ts)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cut } from 'jieba-wasm/node';
import { analyzeArticle, keywordInput, type AnalysisEngine } from '../utils/analysis/analyze-article';
import { createSegmenterEngine } from '../utils/analysis/analysis-engine';
import { jiebaTfIdfKeywords } from '../utils/analysis/baseline-keywords';
import {
  bootstrapInterval,
  contentChars,
  keywordMatches,
  nestsKeywords,
  precisionAtK,
  rougeL,
} from '../utils/analysis/evaluation-metrics';
import { parseJiebaIdf } from '../utils/analysis/idf-table';
import { loadNodeEngine } from '../utils/analysis/load-engine-node';
import { KEYWORD_RERANKER, rankKeywords, tfIdfChips } from '../utils/analysis/extract-keywords';
import { KEYWORD_WEIGHTS, type KeywordWeights } from '../utils/analysis/keyword-weights';
import { SITE_COMMON_WORDS } from '../utils/analysis/site-dictionary';
import { stripCredits } from '../utils/analysis/strip-credits';
import { HELD_OUT, isDev, loadGoldArticles, type GoldArticle } from './gold-set';
import { crossValidateReranker, prepareArticles, summariseCrossValidation } from './keyword-reranker-training';
import { crossValidate, coordinateAscent, MIN_GAIN, movedKnobs, retuningGeneralises } from './weights-cross-validation';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const K = 5;
const LONG_ARTICLE = 600;

const articles: GoldArticle[] = loadGoldArticles();

const require = createRequire(import.meta.url);
const fullIdf = parseJiebaIdf(
  readFileSync(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'idf.txt'), 'utf8'),
);
const articleText = (a: GoldArticle) => [a.title ?? '', ...a.paragraphs].join('\n');

// The baseline runs first: our engine adds the site dictionary to the one jieba instance of this process.
const baselineWords = articles.map((a) => jiebaTfIdfKeywords(cut, fullIdf, articleText(a), K).map((k) => k.word));
// jieba's Python original breaks score ties by first use, not by the word (baseline-keywords.ts): shown beside it.
const pythonTieWords = articles.map((a) =>
  jiebaTfIdfKeywords(cut, fullIdf, articleText(a), K, 'first-use').map((k) => k.word),
);
const engine = await loadNodeEngine();
const fullTableEngine: AnalysisEngine = { ...engine, idf: fullIdf };
const fallbackEngine = createSegmenterEngine(engine.idf, engine.toSimplified, []);

/** The first characters of the article with as many content characters as `length`. */
function lead(paragraphs: readonly string[], length: number): string {
  let out = '';
  let seen = 0;
  for (const ch of paragraphs.join('')) {
    if (seen >= length) break;
    out += ch;
    if (contentChars(ch).length) seen += 1;
  }
  return out;
}

/**
 * The share of the K slots filled by a word every taiwan.cn story uses (台湾, 两岸, 大陆 ...) that the loose match credits
 * because a gold phrase contains it (台湾 inside 台湾青年): a chip a reader learns nothing from, which our ranking damps
 * on purpose and plain TF-IDF does not.
 */
const siteWordHits = (words: readonly string[], gold: readonly string[]) =>
  words
    .slice(0, K)
    .filter((w) => SITE_COMMON_WORDS.has(engine.toSimplified(w)) && gold.some((g) => keywordMatches(w, g))).length / K;

// The shipped re-ranker (its weights and its table of words editors took) was fitted on the dev articles, so its dev
// score is in-sample. Every measure below scores a dev article with a model fitted without its writer set, and held-out
// with the shipped model: a score on articles the ranking never saw. The shipped model's dev score is shown apart.
const rerankSets = crossValidateReranker(
  prepareArticles(
    articles.filter((a) => isDev(a.file)),
    engine,
  ),
  engine.idf,
);
const modelWithout = new Map(rerankSets.flatMap((s) => s.files.map((file) => [file, s.model] as const)));
const rerankCv = summariseCrossValidation(rerankSets);
const modelFor = (file: string) => modelWithout.get(file) ?? KEYWORD_RERANKER;

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / Math.max(values.length, 1);
const f3 = (v: number) => v.toFixed(3);
const rows = articles.map((a, i) => {
  const model = modelFor(a.file);
  const analysis = analyzeArticle(a, engine, model);
  const ours = analysis.keywords.map((k) => k.word);
  const summary = analysis.summary.join('');
  const length = contentChars(summary).length;
  // TF-IDF's own order, as shipped and keeping the words inside a better keyword (see the "repeats" line).
  const prepared = keywordInput(a, engine);
  const tfIdfWords = tfIdfChips(prepared, engine.idf).map((c) => c.word);
  const repeatWords = tfIdfChips(prepared, engine.idf, undefined, true).map((c) => c.word);
  return {
    file: a.file,
    script: a.script,
    oursP: precisionAtK(ours, a.gold.keywords, K),
    shippedP: precisionAtK(
      analyzeArticle(a, engine).keywords.map((k) => k.word),
      a.gold.keywords,
      K,
    ),
    baseP: precisionAtK(baselineWords[i]!, a.gold.keywords, K),
    pythonTieP: precisionAtK(pythonTieWords[i]!, a.gold.keywords, K),
    oursStrict: precisionAtK(ours, a.gold.keywords, K, true),
    tfIdfP: precisionAtK(tfIdfWords, a.gold.keywords, K),
    tfIdfStrict: precisionAtK(tfIdfWords, a.gold.keywords, K, true),
    repeatsP: precisionAtK(repeatWords, a.gold.keywords, K),
    repeatsStrict: precisionAtK(repeatWords, a.gold.keywords, K, true),
    baseStrict: precisionAtK(baselineWords[i]!, a.gold.keywords, K, true),
    oursSite: siteWordHits(ours, a.gold.keywords),
    baseSite: siteWordHits(baselineWords[i]!, a.gold.keywords),
    fullP: precisionAtK(
      analyzeArticle(a, fullTableEngine, model).keywords.map((k) => k.word),
      a.gold.keywords,
      K,
    ),
    fallbackP: precisionAtK(
      analyzeArticle(a, fallbackEngine, model).keywords.map((k) => k.word),
      a.gold.keywords,
      K,
    ),
    oursR: rougeL(summary, a.gold.summary),
    leadR: rougeL(lead(a.paragraphs, length), a.gold.summary),
    leadStrippedR: rougeL(lead(a.paragraphs.map(stripCredits), length), a.gold.summary),
    chars: [...summary].length,
    articleChars: contentChars(a.paragraphs.join('')).length,
    sentences: analysis.summary.length,
    ours,
    baseline: baselineWords[i]!,
    gold: a.gold.keywords,
  };
});

const verbose = process.argv.includes('--verbose');
console.log(`gold set: ${rows.length} articles (${rows.filter((r) => r.script === 'Hant').length} traditional)\n`);
console.log('article                                       P@5 ours  jieba  | ROUGE-L ours  lead   | chars sent');
for (const r of rows) {
  if (parseInt(r.file, 10) === HELD_OUT.first) console.log('--- held-out (not looked at while tuning) ---');
  if (parseInt(r.file, 10) === HELD_OUT.last + 1) console.log('--- dev ---');
  console.log(
    `${r.file.padEnd(46)} ${f3(r.oursP)}  ${f3(r.baseP)} |         ${f3(r.oursR)}  ${f3(r.leadR)} | ${String(r.chars).padStart(5)} ${r.sentences}`,
  );
  // Words are shown for dev articles only, so that tuning never looks at held-out output.
  if (verbose && isDev(r.file))
    console.log(`    gold: ${r.gold.join(' ')}\n    ours: ${r.ours.join(' ')}\n    jieba: ${r.baseline.join(' ')}`);
}
const oursP = mean(rows.map((r) => r.oursP));
const baseP = mean(rows.map((r) => r.baseP));
const splits = [
  { name: 'dev', rows: rows.filter((r) => isDev(r.file)) },
  { name: 'held-out', rows: rows.filter((r) => !isDev(r.file)) },
  // Articles at the length taiwan.cn usually runs, where counts say more than in a flash item.
  { name: 'long (600+)', rows: rows.filter((r) => r.articleChars >= LONG_ARTICLE) },
  // By script: jieba's dictionary is simplified, so its plain cut of traditional text is the weaker baseline there.
  { name: 'simplified', rows: rows.filter((r) => r.script !== 'Hant') },
  { name: 'traditional', rows: rows.filter((r) => r.script === 'Hant') },
  { name: 'overall', rows },
];
const splitLines = splits
  .map(({ name, rows: part }) => {
    const ours = mean(part.map((r) => r.oursP));
    const base = mean(part.map((r) => r.baseP));
    // strict: each gold keyword credited once, so two chips on one subject score once.
    const strict = `strict ours ${f3(mean(part.map((r) => r.oursStrict)))} jieba ${f3(mean(part.map((r) => r.baseStrict)))}`;
    // site: the part of P@5 that site-wide words earn inside gold phrases (see siteWordHits).
    const site = `site words ours ${f3(mean(part.map((r) => r.oursSite)))} jieba ${f3(mean(part.map((r) => r.baseSite)))}`;
    return `          ${`${name} (${part.length})`.padEnd(16)} ours ${f3(ours)}   jieba TF-IDF ${f3(base)}   difference ${f3(ours - base)}   (${strict}; ${site})`;
  })
  .join('\n');
const oursR = mean(rows.map((r) => r.oursR));
const leadR = mean(rows.map((r) => r.leadR));
// How far these means could move on as many other articles of the same kinds: resampling articles with replacement.
const interval = (values: number[]) => bootstrapInterval(values).map(f3).join(' to ');
const oursInterval = interval(rows.map((r) => r.oursP));
const gainInterval = interval(rows.map((r) => r.oursP - r.baseP));
const rougeGainInterval = interval(rows.map((r) => r.oursR - r.leadR));
// ROUGE-L on the dev and held-out splits, so a change to the summary can be checked on articles it was not tuned on.
const rougeBySplit = splits
  .filter(({ name }) => name === 'dev' || name === 'held-out')
  .map(
    ({ name, rows: part }) =>
      `${name} ${f3(mean(part.map((r) => r.oursR)))} (lead ${f3(mean(part.map((r) => r.leadR)))})`,
  )
  .join(', ');
const nested = (list: (r: (typeof rows)[number]) => string[]) =>
  `${rows.filter((r) => nestsKeywords(list(r))).length} of ${rows.length}`;
const met = oursP >= 0.75 && oursP - baseP >= 0.1 && oursR >= leadR;
const devRows = rows.filter((r) => isDev(r.file));
console.log(`
keywords  P@5   ours ${f3(oursP)}   jieba TF-IDF ${f3(baseP)}   difference ${f3(oursP - baseP)}   (target >= 0.75 and >= +0.10)
          every article scored by a re-ranker that never saw it: each dev writer set by one fitted without it, held-out as shipped
${splitLines}
          re-ranker: dev ${f3(rerankCv.after)} that way, TF-IDF order ${f3(rerankCv.before)} (${rerankCv.up} of ${rerankSets.length} writer sets gain); the shipped model on the dev it was fitted on: ${f3(mean(devRows.map((r) => r.shippedP)))}, not a measure
          95% interval over articles (2000 resamples): ours ${oursInterval}, difference to jieba ${gainInterval}
          site words: the part of P@5 earned by site-wide words (台湾, 两岸 ...) inside a gold phrase (台湾 in 台湾青年)
          also: ours on jieba's full idf.txt ${f3(mean(rows.map((r) => r.fullP)))}, ours on Intl.Segmenter (no wasm) ${f3(mean(rows.map((r) => r.fallbackP)))}
          also: jieba with its Python original's tie order (first use, not the word) ${f3(mean(rows.map((r) => r.pythonTieP)))}
          repeats: the loose match credits one subject shown twice (林家豪 and 林家); TF-IDF's order keeping the words
          inside a better keyword, which the product removes as the issue asks, ${f3(mean(rows.map((r) => r.repeatsP)))} (strict ${f3(mean(rows.map((r) => r.repeatsStrict)))}), as shipped ${f3(mean(rows.map((r) => r.tfIdfP)))} (strict ${f3(mean(rows.map((r) => r.tfIdfStrict)))})
          nesting: lists holding one keyword inside another (两岸 and 两岸交流): the editors' ${nested((r) => r.gold)}, our first five ${nested((r) => r.ours.slice(0, K))}, jieba's ${nested((r) => r.baseline.slice(0, K))}
summary   ROUGE-L ours ${f3(oursR)}   lead of same length ${f3(leadR)}   (target: ours >= lead)
          ${rougeBySplit}
          95% interval over articles of ours minus lead: ${rougeGainInterval}
          also: lead after dropping datelines ${f3(mean(rows.map((r) => r.leadStrippedR)))}; summary length mean ${Math.round(mean(rows.map((r) => r.chars)))} chars, max ${Math.max(...rows.map((r) => r.chars))}, sentences mean ${mean(rows.map((r) => r.sentences)).toFixed(1)}
${met ? 'all targets met' : 'TARGET MISSED'}`);
printSecondEditor();
process.exitCode = met ? 0 : 1;

/**
 * How far two editors agree: a second editor chose five keywords for articles of the set from the same brief, without
 * seeing the gold ones (tests/gold/second-editor.json). Scored against the gold keywords like ours, it shows how much
 * of P@5 the first editor's own choices leave open to any method.
 */
function printSecondEditor() {
  const path = join(ROOT, 'tests/gold/second-editor.json');
  const second: Record<string, string[]> = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  const number = (r: (typeof rows)[number]) => String(parseInt(r.file, 10)).padStart(2, '0');
  const scored = rows.filter((r) => second[number(r)]);
  if (!scored.length) return;
  const editor = (r: (typeof rows)[number]) => second[number(r)]!;
  console.log(`agreement a second editor (same brief, never saw the gold keywords) on ${scored.length} articles:`);
  // Dev and held-out apart: on held-out, nobody tuned anything, so the editor's lead there is the fairer yardstick.
  for (const [name, part] of [
    ['all', scored],
    ['dev', scored.filter((r) => isDev(r.file))],
    ['held-out', scored.filter((r) => !isDev(r.file))],
  ] as const) {
    if (!part.length) continue;
    const p = (pick: (r: (typeof rows)[number]) => readonly string[], strict = false) =>
      f3(mean(part.map((r) => precisionAtK(pick(r), r.gold, K, strict))));
    console.log(
      `          ${`${name} (${part.length})`.padEnd(16)} P@5 second editor ${p(editor)}   ours ${p((r) => r.ours)}   jieba TF-IDF ${p((r) => r.baseline)}   (strict ${p(editor, true)} / ${p((r) => r.ours, true)} / ${p((r) => r.baseline, true)})`,
    );
  }
  // How far above jieba a human gets under the same measure, with its uncertainty: the yardstick for the +0.10 target.
  const gain = (pick: (r: (typeof rows)[number]) => readonly string[]) =>
    scored.map((r) => precisionAtK(pick(r), r.gold, K) - precisionAtK(r.baseline, r.gold, K));
  const interval = (values: number[]) => bootstrapInterval(values).map(f3).join(' to ');
  console.log(
    `          above jieba on these ${scored.length}: second editor ${f3(mean(gain(editor)))} (95% interval ${interval(gain(editor))}), ours ${f3(mean(gain((r) => r.ours)))} (${interval(gain((r) => r.ours))})`,
  );
}

if (process.argv.includes('--cv')) {
  // Segment once; only the ranking depends on the weights.
  const prepared = articles.map((a) => ({ file: a.file, input: keywordInput(a, engine), gold: a.gold.keywords }));
  // Tuned on P@5 without the credit site-wide words earn inside gold phrases: tuned on plain P@5, the weights found
  // their way around the fixed damping (raw counts let 台湾 said ten times outweigh it) and bought loose points with
  // chips the product promises never to show.
  // Scored in TF-IDF's own order (no re-ranker): the shipped re-ranker was fitted on all of dev, folds included, and
  // on the chips of the shipped weights, so with it every fold would be partly seen.
  const p5 = (w: KeywordWeights, items: readonly (typeof prepared)[number][]) =>
    mean(
      items.map((a) => {
        const words = rankKeywords(a.input, engine.idf, w, null).map((k) => k.word);
        return precisionAtK(words, a.gold, K) - siteWordHits(words, a.gold);
      }),
    );
  const dev = prepared.filter((a) => isDev(a.file));
  const heldOut = prepared.filter((a) => !isDev(a.file));
  const FOLDS = 5;
  console.log(
    `\ncross-validation of the keyword weights: ${FOLDS} folds over the ${dev.length} dev articles, on P@5 without site-word credit`,
  );
  const folds = crossValidate(dev, FOLDS, KEYWORD_WEIGHTS, p5);
  folds.forEach((f, i) =>
    console.log(
      `  fold ${i + 1}: unseen P@5 shipped ${f3(f.before)}, re-tuned ${f3(f.after)}   moved: ${f.changed.join(' ') || 'nothing'}`,
    ),
  );
  const gain = mean(folds.map((f) => f.after - f.before));
  console.log(`  mean change on unseen folds from re-tuning: ${gain >= 0 ? '+' : ''}${f3(gain)}`);
  console.log(
    `  rule (mean gain >= +${MIN_GAIN} and more than half of the folds gain): ${retuningGeneralises(folds) ? 'the re-tuned weights generalise; adopt them' : 'keep the shipped weights'}`,
  );
  const tuned = coordinateAscent(KEYWORD_WEIGHTS, (w) => p5(w, dev));
  console.log(
    `  re-tuned on all dev: dev ${f3(p5(KEYWORD_WEIGHTS, dev))} -> ${f3(tuned.score)}, held-out ${f3(p5(KEYWORD_WEIGHTS, heldOut))} -> ${f3(p5(tuned.weights, heldOut))}   moved: ${movedKnobs(KEYWORD_WEIGHTS, tuned.weights).join(' ') || 'nothing'}`,
  );
}
