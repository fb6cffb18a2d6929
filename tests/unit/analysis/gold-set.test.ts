import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bootstrapInterval,
  keywordMatches,
  nestsKeywords,
  precisionAtK,
  rougeL,
} from '../../../utils/analysis/evaluation-metrics';

const DIR = new URL('../../gold/articles/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const articles = files.map((f) => ({ file: f, ...JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) }));

describe('the gold set that `npm run eval` scores', () => {
  it('has at least 20 articles in both scripts and of varied kinds', () => {
    expect(articles.length).toBeGreaterThanOrEqual(20);
    expect(articles.filter((a) => a.script === 'Hant').length).toBeGreaterThanOrEqual(3);
    expect(new Set(articles.map((a) => a.kind)).size).toBeGreaterThanOrEqual(6);
    for (const kind of ['press-conference', 'flash', 'politics', 'economy', 'culture']) {
      expect(articles.some((a) => a.kind === kind)).toBe(true);
    }
  });

  it.each(articles)('$file: five distinct gold keywords and a one- or two-sentence summary', (a) => {
    expect(a.paragraphs.length).toBeGreaterThan(0);
    expect(new Set(a.gold.keywords).size).toBe(5);
    const sentences = a.gold.summary.split(/(?<=[。！？])/).filter(Boolean);
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(2);
  });
});

describe('the second editor’s keywords (tests/gold/second-editor.json)', () => {
  const second: Record<string, string[]> = JSON.parse(
    readFileSync(new URL('../../gold/second-editor.json', import.meta.url), 'utf8'),
  );
  const byNumber = new Map(articles.map((a) => [String(parseInt(a.file, 10)).padStart(2, '0'), a]));

  it('cover articles of the set, five distinct words each, written as the article writes them', () => {
    expect(Object.keys(second).length).toBeGreaterThanOrEqual(20);
    for (const [number, words] of Object.entries(second)) {
      const a = byNumber.get(number);
      expect(a, number).toBeDefined();
      expect(new Set(words).size).toBe(5);
      const text = [a.title, ...a.paragraphs].join('');
      for (const word of words) expect(text, `${number}: ${word}`).toContain(word);
    }
  });
});

describe('evaluation measures', () => {
  it('match keywords that are equal or contain one another with two or more characters', () => {
    expect(keywordMatches('台资企业', '台资企业')).toBe(true);
    expect(keywordMatches('台资', '台资企业')).toBe(true);
    expect(keywordMatches('海峡两岸图书交易会', '图书')).toBe(true);
    expect(keywordMatches('台', '台湾')).toBe(false);
    expect(keywordMatches('台湾', '大陆')).toBe(false);
  });

  it('score P@5 over five slots, and once per gold keyword when strict', () => {
    expect(precisionAtK(['台湾', '台湾青年', '厦门'], ['台湾青年', '厦门'], 5)).toBeCloseTo(0.6);
    expect(precisionAtK(['台湾', '台湾青年', '厦门'], ['台湾青年', '厦门'], 5, true)).toBeCloseTo(0.4);
  });

  it('tell a list that nests one keyword inside another (两岸, 两岸交流) from one that does not', () => {
    expect(nestsKeywords(['两岸', '厦门', '两岸交流'])).toBe(true);
    expect(nestsKeywords(['两岸交流', '两岸青年', '厦门'])).toBe(false);
    // One shared character is no nesting, as it is no match.
    expect(nestsKeywords(['台', '台湾'])).toBe(false);
  });

  it('compute character ROUGE-L over content characters', () => {
    expect(rougeL('两岸交流。', '两岸交流')).toBe(1);
    expect(rougeL('甲乙丙丁', '甲丙')).toBeCloseTo((2 * 0.5 * 1) / 1.5);
    expect(rougeL('', '两岸')).toBe(0);
  });
});

describe('the bootstrap interval npm run eval prints', () => {
  it('is a point for identical articles, brackets the mean otherwise, and is the same on every run', () => {
    expect(bootstrapInterval([0.6, 0.6, 0.6])).toEqual([0.6, 0.6]);
    const scores = [0.4, 0.6, 0.8, 1, 0.8, 0.6, 0.8, 0.4, 1, 0.6];
    const [low, high] = bootstrapInterval(scores);
    expect(low).toBeLessThan(0.7);
    expect(high).toBeGreaterThan(0.7);
    expect(high - low).toBeLessThan(0.4);
    expect(bootstrapInterval(scores)).toEqual([low, high]);
    // More articles of the same spread, a narrower interval.
    const [low4, high4] = bootstrapInterval([...scores, ...scores, ...scores, ...scores]);
    expect(high4 - low4).toBeLessThan(high - low);
  });
});
