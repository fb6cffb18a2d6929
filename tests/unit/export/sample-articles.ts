/**
 * Articles for the copy and library tests. The first carries the seed page's facts (title, time, source, editor,
 * category from seed-2017's expected.json); the second is invented in the Big5 gateway's shape. All body text is short
 * prose written for these tests.
 */
import type { Article } from '../../../utils/article';

export const SEED_URL = 'http://www.taiwan.cn/xwzx/PoliticsNews/201702/t20170223_11709385.htm';

export function hansArticle(overrides: Partial<Article> = {}): Article {
  return {
    kind: 'article',
    template: 'www-2013',
    url: SEED_URL,
    title: '干部“新春走基层”关键要“走心”',
    publishedAt: '2017-02-23T16:43:57+08:00',
    source: '东方网',
    author: null,
    reporters: [],
    editor: '李帅',
    category: ['新闻中心', '时政新闻'],
    pageKeywords: [],
    description: null,
    script: 'Hans',
    lang: 'zh-CN',
    paragraphs: [
      '春节假期刚过，不少地方组织机关干部到村里走访，听群众说说新一年的打算。',
      '走访要带着问题去，带着办法回，不能只拍几张照片就算完成任务。',
    ],
    html:
      '<p align="justify">\u3000\u3000春节假期刚过，不少地方组织机关干部到村里走访，听群众说说新一年的打算。</p>' +
      '<p align="justify">\u3000\u3000走访要带着问题去，带着办法回，不能只拍几张照片就算完成任务。</p>',
    images: [],
    pages: 1,
    warnings: [],
    summary: ['走访要带着问题去，带着办法回。'],
    keywords: [
      { word: '走基层', score: 0.9 },
      { word: '干部', score: 0.8 },
    ],
    charCount: 64,
    readingMinutes: 1,
    ...overrides,
  };
}

/** A traditional-script article as the Big5 gateway serves one: the site names itself 中國臺灣網. */
export function hantArticle(overrides: Partial<Article> = {}): Article {
  return {
    kind: 'article',
    template: 'www-2019',
    url: 'http://www.taiwan.cn/taiwan/jsxw/201903/t20190301_12143920.htm',
    title: '兩岸青年在廈門交流創業經驗',
    publishedAt: '2019-03-01T10:05:00+08:00',
    source: '中國臺灣網',
    author: null,
    reporters: ['陳佳', '王思羽'],
    editor: '張明',
    category: ['台灣', '即時新聞'],
    pageKeywords: ['兩岸', '青年'],
    description: '兩岸青年在廈門分享創業心得。',
    script: 'Hant',
    lang: 'zh-TW',
    paragraphs: [
      '中國臺灣網3月1日廈門訊（記者 陳佳 王思羽）兩岸青年昨天在廈門交流創業經驗。',
      '與會者表示，市場與人才是最關心的話題。',
    ],
    html:
      '<p>\u3000\u3000中國臺灣網3月1日廈門訊（記者 陳佳 王思羽）兩岸青年昨天在廈門交流創業經驗。</p>' +
      '<p align="center"><img src="./W020190301512345.jpg"></p><p align="center">交流會現場</p>' +
      '<p>\u3000\u3000與會者表示，市場與人才是最關心的話題。</p>',
    images: [{ src: 'http://www.taiwan.cn/taiwan/jsxw/201903/W020190301512345.jpg', caption: '交流會現場' }],
    pages: 1,
    warnings: [],
    ...overrides,
  };
}
