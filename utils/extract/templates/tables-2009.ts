import type { PageTemplate } from './page-template';

/**
 * About 2009-2012: a table layout, the title not always in an `<h1>`, and one line
 * `时间:2010-10-25 15:24   来源:中国台湾网` (no seconds) under it.
 */
export const tables2009: PageTemplate = {
  id: 'tables-2009',
  testUrls: [
    'http://www.taiwan.cn/xwzx/la/201010/t20101025_1582431.htm',
    'http://www.chinataiwan.cn/xwzx/bwkx/201101/t20110128_1729564.htm',
  ],
  match: { years: [2009, 2012], selectors: ['td div.TRS_Editor'] },
  title: ['h1', 'td.biaoti', 'td.title'],
  published: ['td.time', 'td.shijian'],
  source: ['td.time', 'td.shijian'],
  breadcrumb: ['td.dh', 'td.weizhi'],
};
