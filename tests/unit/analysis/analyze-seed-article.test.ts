import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, type AnalysisEngine } from '../../../utils/analysis/analyze-article';
import { loadNodeEngine } from '../../../utils/analysis/load-engine-node';
import type { Analysis } from '../../../utils/article';

const seed = JSON.parse(readFileSync(new URL('../../fixtures/seed-2017/expected.json', import.meta.url), 'utf8')) as {
  title: string;
  paragraphs: string[];
  pageKeywords: string[];
};

let engine: AnalysisEngine;
let analysis: Analysis;
beforeAll(async () => {
  engine = await loadNodeEngine();
  analysis = analyzeArticle(
    { title: seed.title, paragraphs: seed.paragraphs, script: 'Hans', pageKeywords: [] },
    engine,
  );
});

describe('the seed article (干部“新春走基层”关键要“走心”)', () => {
  it('names its subject in the first keywords', () => {
    const top = analysis.keywords.slice(0, 4).map((k) => k.word);
    expect(top.some((w) => w.includes('基层'))).toBe(true);
    expect(top.some((w) => w.includes('干部'))).toBe(true);
  });

  it('returns 8 keywords, best first, scored relative to the best', () => {
    expect(analysis.keywords).toHaveLength(8);
    expect(analysis.keywords[0]!.score).toBe(1);
    const scores = analysis.keywords.map((k) => k.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('shows no keyword that is a number, a single character or part of another keyword', () => {
    const words = analysis.keywords.map((k) => k.word);
    for (const word of words) {
      expect([...word].length).toBeGreaterThan(1);
      expect(word).not.toMatch(/\d/);
      expect(words.filter((other) => other !== word && other.includes(word))).toEqual([]);
    }
  });

  it('summarises in about three whole sentences of the article, in its order, within 200 characters', () => {
    const body = seed.paragraphs.join('');
    expect(analysis.summary.length).toBeGreaterThanOrEqual(2);
    expect(analysis.summary.length).toBeLessThanOrEqual(3);
    expect([...analysis.summary.join('')].length).toBeLessThanOrEqual(200);
    const positions = analysis.summary.map((s) => body.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const sentence of analysis.summary) expect(sentence).toMatch(/[。！？”]$/);
  });

  it('summary speaks of cadres going to the grassroots', () => {
    expect(analysis.summary.join('')).toMatch(/走基层|下基层/);
  });

  it('counts the body characters and reads at 300 a minute', () => {
    const chars = seed.paragraphs.join('').replace(/\s/g, '').length;
    expect(analysis.charCount).toBe(chars);
    expect(analysis.readingMinutes).toBe(Math.round(chars / 300));
    expect(analysis.warnings).toEqual([]);
  });
});
