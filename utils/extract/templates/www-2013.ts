import type { PageTemplate } from './page-template';

/**
 * About 2013-2018 on www and the channel hosts: breadcrumb, title, `2017年02月23日 16:43:57  来源:东方网` on one
 * line with the 字号 row, the body, then `[责任编辑:李帅]` in a `<p>` after it. The seed page is this layout.
 */
export const www2013: PageTemplate = {
  id: 'www-2013',
  testUrls: [
    'http://www.taiwan.cn/xwzx/PoliticsNews/201702/t20170223_11709385.htm',
    'http://econ.taiwan.cn/jjyw/201805/t20180511_11954830.htm',
  ],
  match: { years: [2013, 2018], selectors: ['div.TRS_Editor'] },
  title: ['.tit h1', 'h1'],
  published: ['.info', '.time'],
  source: ['.info', '.source'],
  breadcrumb: ['.crumb', '.dh'],
  clean: ['.fz', '.share'],
};
