import type { PageTemplate } from './page-template';

/**
 * The local channel (`/local/...`, about 2013-2018): a "中国台湾网移动版" link first, `2017-06-14 08:48:00` and
 * `来源:中国新闻网` on separate lines, teaser lines ending "……<详细>" and a contact footer (投稿邮箱, 联系电话).
 */
export const local2013: PageTemplate = {
  id: 'local-2013',
  testUrls: [
    'http://www.taiwan.cn/local/dfkx/201706/t20170614_11793317.htm',
    'http://www.taiwan.cn/local/dfkx/201509/t20150921_10672207.htm',
  ],
  match: { path: /^\/local\//i, years: [2013, 2018], selectors: ['div.TRS_Editor'] },
  title: ['.title h1', 'h1'],
  published: ['.time', '.date'],
  source: ['.source', '.ly'],
  breadcrumb: ['.crumb', '.position', '.weizhi'],
  clean: ['.teaser', '.contact'],
};
