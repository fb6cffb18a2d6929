import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, type AnalysisEngine, type AnalysisInput } from '../../../utils/analysis/analyze-article';
import { loadNodeEngine } from '../../../utils/analysis/load-engine-node';
import { createToSimplified } from '../../../utils/analysis/to-simplified';

let engine: AnalysisEngine;
beforeAll(async () => {
  engine = await loadNodeEngine();
});

const hant: AnalysisInput = {
  title: '兩岸歌仔戲藝術節在漳州開幕',
  script: 'Hant',
  pageKeywords: [],
  paragraphs: [
    '中國臺灣網10月18日漳州訊 海峽兩岸歌仔戲藝術節18日晚在福建漳州開幕，兩岸多個歌仔戲劇團將在一週內上演二十多場劇目。',
    '歌仔戲發源於閩南，在臺灣發展成熟，被譽為兩岸共有的文化瑰寶。藝術節期間還將舉辦歌仔戲創作研討會。',
    '臺灣一家劇團團長說，臺灣劇團每年都會到閩南演出歌仔戲，觀眾很熱情。',
  ],
};

describe('a traditional-script article', () => {
  it('gets keywords written as the article writes them', () => {
    const { keywords } = analyzeArticle(hant, engine);
    const text = hant.title + hant.paragraphs.join('');
    expect(keywords.slice(0, 2).map((k) => k.word)).toContain('歌仔戲');
    for (const { word } of keywords) expect(text).toContain(word);
  });

  it('gets a summary of its own traditional sentences', () => {
    const { summary } = analyzeArticle(hant, engine);
    expect(summary.length).toBeGreaterThan(0);
    for (const sentence of summary) expect(hant.paragraphs.join('')).toContain(sentence);
    expect(summary.join('')).toContain('歌仔戲藝術節');
  });

  it('ranks the same subjects as its simplified twin', () => {
    const toSimplified = createToSimplified();
    const hans = {
      ...hant,
      script: 'Hans' as const,
      title: toSimplified(hant.title!),
      paragraphs: hant.paragraphs.map(toSimplified),
    };
    const simplifiedWords = analyzeArticle(hans, engine).keywords.map((k) => k.word);
    const fromTraditional = analyzeArticle(hant, engine).keywords.map((k) => toSimplified(k.word));
    expect(fromTraditional).toEqual(simplifiedWords);
  });
});

describe('createToSimplified', () => {
  const toSimplified = createToSimplified();

  it('maps Taiwan forms and traditional characters, phrases included', () => {
    expect(toSimplified('臺灣同胞裡應外合，乾隆年間很乾淨')).toBe('台湾同胞里应外合，乾隆年间很干净');
  });

  it('keeps every offset: the output is as long as the input', () => {
    const text = '國務院臺辦發言人彭慶恩表示：「兩岸同胞是一家人。」𠵾㗲';
    expect(toSimplified(text)).toHaveLength(text.length);
  });
});
