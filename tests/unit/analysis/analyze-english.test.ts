import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, type AnalysisEngine, type AnalysisInput } from '../../../utils/analysis/analyze-article';
import { ENGLISH_SUMMARY_MAX_CHARS, ENGLISH_WORDS_PER_MINUTE } from '../../../utils/analysis/analyze-english';
import { ENGLISH_STOPWORDS, englishSentences, isLatinText } from '../../../utils/analysis/english-words';
import { loadNodeEngine } from '../../../utils/analysis/load-engine-node';

let engine: AnalysisEngine;
beforeAll(async () => {
  engine = await loadNodeEngine();
});

// The English edition's article as the extractor returns it (tests/fixtures/eng-2018-english).
const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/eng-2018-english/expected.json', import.meta.url), 'utf8'),
) as { title: string; paragraphs: string[] };
const english: AnalysisInput = {
  title: fixture.title,
  paragraphs: fixture.paragraphs,
  script: 'Hans',
  pageKeywords: [],
};

describe('analysis of an English article (eng.taiwan.cn)', () => {
  it('names places, names and the event, never a function word or words glued together', () => {
    const words = analyzeArticle(english, engine).keywords.map((k) => k.word);
    expect(words.length).toBeGreaterThanOrEqual(5);
    expect(words.slice(0, 3)).toContain('Xiamen');
    expect(words.slice(0, 3)).toContain('cross-straits youth forum');
    expect(words).toContain('Taiwan Straits');
    const text = [fixture.title, ...fixture.paragraphs].join(' ').toLowerCase();
    for (const word of words) {
      expect(ENGLISH_STOPWORDS.has(word.toLowerCase())).toBe(false);
      // As the article wrote it: jieba's path once offered "inXiamen" (the title's "in Xiamen" with its space lost).
      expect(text).toContain(word.toLowerCase());
    }
  });

  it('summarises with whole sentences of the article, in its order, within the English length', () => {
    const { summary } = analyzeArticle(english, engine);
    expect(summary.length).toBeGreaterThanOrEqual(2);
    expect(summary.join(' ').length).toBeLessThanOrEqual(ENGLISH_SUMMARY_MAX_CHARS);
    const body = fixture.paragraphs.join(' ');
    let from = 0;
    for (const sentence of summary) {
      expect(sentence).toMatch(/[.!?]["”’)]?$/);
      const at = body.indexOf(sentence, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + sentence.length;
    }
  });

  it('reads at English speed: words, not characters', () => {
    const paragraph = 'Cross-strait exchanges grew this year in Fujian. '.repeat(66); // 462 words
    const result = analyzeArticle({ ...english, paragraphs: [paragraph] }, engine);
    expect(result.readingMinutes).toBe(Math.round(462 / ENGLISH_WORDS_PER_MINUTE));
    expect(result.charCount).toBe(paragraph.replace(/\s/g, '').length);
  });

  it('lowers a word capitalised only because it opens a sentence, and keeps a name as written', () => {
    const result = analyzeArticle(
      {
        title: 'Farmers from Taiwan sell tea in Wuyishan',
        script: 'Hans',
        pageKeywords: [],
        paragraphs: [
          'Tea growers from Nantou brought oolong to a fair in Wuyishan on Friday. Growers said sales were brisk.',
          'Oolong from Nantou sold out within two days, organisers said.',
        ],
      },
      engine,
    );
    const words = result.keywords.map((k) => k.word);
    expect(words).toContain('Wuyishan');
    expect(words).toContain('Nantou');
    expect(words).toContain('oolong');
    expect(words).not.toContain('Oolong');
  });

  it("ranks the page's own meta keywords with the best", () => {
    const words = analyzeArticle({ ...english, pageKeywords: ['entrepreneurship', 'Haixi'] }, engine).keywords.map(
      (k) => k.word,
    );
    expect(words.slice(0, 3)).toContain('entrepreneurship');
    expect(words).toContain('Haixi');
  });

  it('reads a wire report: no dateline in the summary, no pieces of the headline, full names and acronyms', () => {
    const wire: AnalysisInput = {
      title: 'Mainland spokesperson slams DPP authorities over restrictions on exchanges',
      script: 'Hans',
      pageKeywords: [],
      paragraphs: [
        'BEIJING, March 12 (Xinhua) -- A spokesperson for the Taiwan Affairs Office of the State Council on Wednesday ' +
          'criticized the Democratic Progressive Party (DPP) authorities for imposing new restrictions on exchanges.',
        'Chen Binhua told a press conference in Beijing that the DPP authorities had required Taiwan residents who ' +
          'visit the mainland to report their trips in advance.',
        '"Such practices run against the wishes of Taiwan compatriots, who want more exchanges," Chen said.',
        'Chen said the Straits Forum would take place in Xiamen in June, and that Taiwan youth were welcome.',
      ],
    };
    const { keywords, summary } = analyzeArticle(wire, engine);
    const words = keywords.map((k) => k.word);
    expect(summary[0]).toMatch(/^A spokesperson for the Taiwan Affairs Office/);
    expect(words).toContain('DPP authorities');
    expect(words).toContain('Taiwan Affairs Office');
    // The spokesman's full name stands for the "Chen" the story goes on with.
    expect(words).toContain('Chen Binhua');
    expect(words).not.toContain('Chen');
    for (const word of words) expect(word).not.toMatch(/slams/i);
  });

  it('is its own summary when it is one sentence', () => {
    const one = 'Typhoon Gaemi made landfall in Yilan on Wednesday night.';
    expect(analyzeArticle({ ...english, title: null, paragraphs: [one] }, engine).summary).toEqual([one]);
  });
});

describe('English text', () => {
  it('is told from Chinese that names things in English', () => {
    expect(isLatinText(fixture.paragraphs.join(' '))).toBe(true);
    expect(isLatinText('The forum was held by the 国台办 in Beijing, where officials met reporters on Monday.')).toBe(
      true,
    );
    expect(isLatinText('台积电表示，AI芯片需求强劲，PM2.5监测显示空气质量改善，TSMC股价上涨。')).toBe(false);
    expect(isLatinText('')).toBe(false);
  });

  it('splits into sentences, but not after a title or an initial', () => {
    expect(
      englishSentences('Mr. Lin met U.S. officials in Taipei. "It went well," he said. Talks resume on Monday.'),
    ).toEqual(['Mr. Lin met U.S. officials in Taipei.', '"It went well," he said.', 'Talks resume on Monday.']);
  });
});
