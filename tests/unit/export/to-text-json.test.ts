import { describe, expect, it } from 'vitest';
import { articleToJson } from '../../../utils/export/to-json';
import { articleToText } from '../../../utils/export/to-text';
import { hansArticle, hantArticle, SEED_URL } from './sample-articles';

describe('articleToText', () => {
  it('is the title, one meta line, the link, then the paragraphs', () => {
    expect(articleToText(hansArticle())).toBe(
      [
        '干部“新春走基层”关键要“走心”',
        '发布时间：2017-02-23 16:43:57 · 来源：东方网 · 责任编辑：李帅',
        `原文链接：${SEED_URL}`,
        '',
        '春节假期刚过，不少地方组织机关干部到村里走访，听群众说说新一年的打算。',
        '',
        '走访要带着问题去，带着办法回，不能只拍几张照片就算完成任务。',
        '',
      ].join('\n'),
    );
  });

  it('speaks the article script and leaves out image captions', () => {
    const text = articleToText(hantArticle());
    expect(text.split('\n')[1]).toBe(
      '發布時間：2019-03-01 10:05:00 · 來源：中國臺灣網 · 作者：陳佳、王思羽 · 責任編輯：張明',
    );
    expect(text).not.toContain('交流會現場');
  });

  it('leaves out what the page does not say', () => {
    const text = articleToText(hansArticle({ publishedAt: null, source: null, editor: null }));
    expect(text.split('\n').slice(0, 3)).toEqual(['干部“新春走基层”关键要“走心”', `原文链接：${SEED_URL}`, '']);
  });
});

describe('articleToJson', () => {
  it('is the Article object, unchanged by the round trip', () => {
    const article = hantArticle({ summary: ['一句。'], keywords: [{ word: '兩岸', score: 0.5 }] });
    const json = articleToJson(article);
    expect(JSON.parse(json)).toEqual(article);
    expect(json.endsWith('}\n')).toBe(true);
  });
});
