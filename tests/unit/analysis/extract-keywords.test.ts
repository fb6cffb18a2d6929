import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, type AnalysisEngine, type AnalysisInput } from '../../../utils/analysis/analyze-article';
import { loadNodeEngine } from '../../../utils/analysis/load-engine-node';

let engine: AnalysisEngine;
beforeAll(async () => {
  engine = await loadNodeEngine();
});

const article: AnalysisInput = {
  title: '昆山台资企业上半年进出口额同比增长8%',
  script: 'Hans',
  pageKeywords: [],
  paragraphs: [
    '中新社昆山7月10日电（记者 王晨）今年上半年，昆山台资企业实现进出口总额约1500亿元，同比增长8%，占全市外贸总额的六成以上。',
    '昆山是大陆台资企业最集中的地区之一，累计批准台资项目超过5000个。昆山持续深化两岸产业合作，推动台资企业转型。',
    '昆山市台办负责人表示，将继续落实惠台政策，为台资企业提供支持。',
  ],
};
const words = (input: AnalysisInput) => analyzeArticle(input, engine).keywords.map((k) => k.word);

describe('keywords', () => {
  it('name the subject first: the firms and the place', () => {
    expect(words(article).slice(0, 2).sort()).toEqual(['台资企业', '昆山']);
  });

  it('never show numbers, single characters, credits or site boilerplate', () => {
    for (const word of words(article)) {
      expect([...word].length).toBeGreaterThan(1);
      expect(word).not.toMatch(/^[\d.%亿万元年月日]+$/);
      expect(['中新社', '记者', '王晨', '中国台湾网']).not.toContain(word);
    }
  });

  it('keep one chip per subject: no keyword contains or sits inside another', () => {
    const list = words(article);
    for (const a of list) for (const b of list) if (a !== b) expect(b.includes(a)).toBe(false);
  });

  it('keep a term the article puts in quotes whole', () => {
    const list = words({
      title: '国台办：赖清德鼓吹“新两国论”是挑衅',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: ['国务院台办发言人陈斌华表示，赖清德的言论是赤裸裸的“新两国论”，暴露其“台独”立场。'],
    });
    expect(list).toContain('新两国论');
    expect(list).toContain('陈斌华');
    // 国务院台办 in the text and 国台办 in the title are one organisation, shown by its short name.
    expect(list).toContain('国台办');
    expect(list).not.toContain('国务院台办');
  });

  it("merge the page's meta keywords, in the page's order, even one the text lacks", () => {
    const list = words({ ...article, pageKeywords: ['台商', '昆山'] });
    expect(list).toContain('台商');
    expect(list.indexOf('昆山')).toBeLessThan(list.indexOf('台商'));
  });

  it('come with scores relative to the best, highest first', () => {
    const { keywords } = analyzeArticle(article, engine);
    expect(keywords.length).toBeGreaterThanOrEqual(5);
    expect(keywords.length).toBeLessThanOrEqual(8);
    expect(keywords[0]!.score).toBe(1);
    for (let i = 1; i < keywords.length; i += 1) expect(keywords[i]!.score).toBeLessThanOrEqual(keywords[i - 1]!.score);
  });
});
