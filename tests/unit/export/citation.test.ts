import { describe, expect, it } from 'vitest';
import { gbtCitation, plainCitation } from '../../../utils/export/citation';
import { hansArticle, hantArticle, SEED_URL } from './sample-articles';

const accessed = new Date('2024-05-06T09:00:00Z');

describe('gbtCitation (GB/T 7714-2015, online news [N/OL])', () => {
  it('starts with the title when the page names no author (simplified)', () => {
    expect(gbtCitation(hansArticle(), accessed)).toBe(
      `干部“新春走基层”关键要“走心”[N/OL]. 东方网, 2017-02-23[2024-05-06]. ${SEED_URL}.`,
    );
  });

  it('puts the author first (simplified)', () => {
    expect(gbtCitation(hansArticle({ author: '张明' }), accessed)).toBe(
      `张明. 干部“新春走基层”关键要“走心”[N/OL]. 东方网, 2017-02-23[2024-05-06]. ${SEED_URL}.`,
    );
  });

  it('names the reporters in traditional script, with the site as 中國臺灣網', () => {
    expect(gbtCitation(hantArticle(), accessed)).toBe(
      '陳佳, 王思羽. 兩岸青年在廈門交流創業經驗[N/OL]. 中國臺灣網, 2019-03-01[2024-05-06]. ' +
        'http://www.taiwan.cn/taiwan/jsxw/201903/t20190301_12143920.htm.',
    );
  });

  it('works without author in traditional script, and falls back to the site name in its own script', () => {
    const article = hantArticle({ reporters: [], source: null });
    expect(gbtCitation(article, accessed)).toMatch(
      /^兩岸青年在廈門交流創業經驗\[N\/OL\]\. 中國臺灣網, 2019-03-01\[2024-05-06\]\. /,
    );
    expect(gbtCitation(hansArticle({ source: null }), accessed)).toContain('[N/OL]. 中国台湾网, 2017-02-23[');
  });

  it('lists three authors and then 等', () => {
    const article = hansArticle({ author: '甲、乙、丙、丁' });
    expect(gbtCitation(article, accessed)).toMatch(/^甲, 乙, 丙, 等\. 干部/);
  });

  it('leaves the date out rather than guessing it', () => {
    expect(gbtCitation(hansArticle({ publishedAt: null }), accessed)).toContain('[N/OL]. 东方网[2024-05-06]. ');
  });

  it('keeps the citation on one line even if the title had a line break', () => {
    expect(gbtCitation(hansArticle({ title: '上半句\n下半句' }), accessed)).not.toContain('\n');
  });
});

describe('plainCitation', () => {
  it('reads "title — source, date, URL"', () => {
    expect(plainCitation(hansArticle())).toBe(`干部“新春走基层”关键要“走心” — 东方网, 2017-02-23, ${SEED_URL}`);
  });

  it('is the same shape in traditional script, with or without author', () => {
    const expected = `兩岸青年在廈門交流創業經驗 — 中國臺灣網, 2019-03-01, ${hantArticle().url}`;
    expect(plainCitation(hantArticle())).toBe(expected);
    expect(plainCitation(hantArticle({ reporters: [] }))).toBe(expected);
  });
});
