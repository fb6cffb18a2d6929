import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { keywordInput, type AnalysisEngine } from '../../../utils/analysis/analyze-article';
import { articleFacts, KEYWORD_RERANKER, rankKeywords, tfIdfChips } from '../../../utils/analysis/extract-keywords';
import {
  chipFeatures,
  FEATURE_NAMES,
  rerankChips,
  type ChipFacts,
  type RerankModel,
} from '../../../utils/analysis/keyword-reranker';
import { loadNodeEngine } from '../../../utils/analysis/load-engine-node';
import { isDev, loadGoldArticles } from '../../../scripts/gold-set';
import { fitReranker, prepareArticles } from '../../../scripts/keyword-reranker-training';

let engine: AnalysisEngine;
beforeAll(async () => {
  engine = await loadNodeEngine();
});

const input = () =>
  keywordInput(
    {
      title: '海峡两岸龙舟赛在厦门集美开赛',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        '第十七届海峡两岸龙舟赛6月10日在厦门集美龙舟池开赛，两岸40支龙舟队参赛。',
        '集美是龙舟运动的传统地区。来自台湾的龙舟队已连续多年参赛。',
        '台湾龙舟队队长说，两岸龙舟运动同根同源，希望每年都来厦门比赛。',
      ],
    },
    engine,
  );

const chip = (key: string, rank: number): ChipFacts => ({
  key,
  score: 1 - rank / 10,
  rank,
  kind: 'word',
  count: 1,
  idf: 8,
});

/** A model that prefers longer chips. */
const preferLonger = (depth: number): RerankModel => ({
  trainedOn: 'test',
  l2: 0,
  depth,
  features: ['length'],
  weights: [1],
  keyphrases: { prior: 0.3, strength: 2, counts: {} },
  contexts: { prior: 0.3, strength: 5, minSeen: 3, counts: {} },
});

const rates = { word: 0, context: 0 };

describe('the keyword re-ranker', () => {
  it('reads how a chip runs through the article: title, lead, first use, share of sentences', () => {
    const facts = articleFacts(input());
    const dragon = chipFeatures(chip('龙舟', 0), facts, rates);
    expect(dragon.inTitle).toBe(1);
    expect(dragon.inFirstSentence).toBe(1);
    expect(dragon.spread).toBeCloseTo(1);
    const captain = chipFeatures(chip('队长', 1), facts, rates);
    expect(captain.inLead).toBe(0);
    expect(captain.spread).toBeCloseTo(1 / facts.sentenceKeys.length);
    expect(captain.firstUse).toBeGreaterThan(0.5);
    expect(chipFeatures(chip('台湾', 2), facts, rates).siteWord).toBe(1);
    expect(Object.keys(dragon)).toEqual(FEATURE_NAMES);
  });

  it('reorders only its depth, and leaves a site-wide word where TF-IDF put it', () => {
    const chips = ['厦门', '台湾', '龙舟队', '海峡两岸龙舟赛', '集美龙舟池'].map(chip);
    const order = rerankChips(chips, articleFacts(input()), preferLonger(4)).map((r) => r.chip.key);
    expect(order).toEqual(['海峡两岸龙舟赛', '台湾', '龙舟队', '厦门', '集美龙舟池']);
  });

  it('keeps a page’s meta keyword among the chips shown when TF-IDF put it there', () => {
    // A model that prefers longer chips would push the page's 台商 out of the first three.
    const longer = preferLonger(5);
    const facts = { ...articleFacts(input()), pageKeywordKeys: ['台商'] };
    const chips = ['台商', '厦门', '龙舟队', '海峡两岸龙舟赛', '集美龙舟池'].map(chip);
    const order = (shown: number) => rerankChips(chips, facts, longer, shown).map((r) => r.chip.key);
    expect(order(3)).toEqual(['海峡两岸龙舟赛', '集美龙舟池', '台商', '龙舟队', '厦门']);
    // One TF-IDF itself left unshown gets no place.
    const late = ['厦门', '龙舟队', '海峡两岸龙舟赛', '集美龙舟池', '台商'].map(chip);
    expect(rerankChips(late, facts, longer, 3).map((r) => r.chip.key)).toEqual([
      '海峡两岸龙舟赛',
      '集美龙舟池',
      '龙舟队',
      '厦门',
      '台商',
    ]);
  });

  it('shows TF-IDF’s first chips in its own order, scored from 1 down', () => {
    const prepared = input();
    const ranked = rankKeywords(prepared, engine.idf);
    const first = tfIdfChips(prepared, engine.idf).slice(0, KEYWORD_RERANKER.depth);
    expect(ranked.map((k) => k.key).sort()).toEqual(first.map((k) => k.key).sort());
    expect(ranked[0]!.score).toBe(1);
    for (let i = 1; i < ranked.length; i += 1) expect(ranked[i]!.score).toBeLessThanOrEqual(ranked[i - 1]!.score);
  });

  it('ships the model a fresh fit on the dev articles gives (after a ranking change: npm run train:keywords)', () => {
    const asset = JSON.parse(
      readFileSync(new URL('../../../utils/analysis/assets/keyword-reranker.json', import.meta.url), 'utf8'),
    ) as RerankModel;
    expect(asset.features).toEqual(FEATURE_NAMES);
    const dev = prepareArticles(
      loadGoldArticles().filter((a) => isDev(a.file)),
      engine,
    );
    expect(fitReranker(dev, engine.idf, asset.trainedOn)).toEqual(asset);
  }, 60_000);
});
