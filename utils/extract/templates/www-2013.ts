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
    'http://www.taiwan.cn/xwzx/la/201609/t20160915_11568207.htm',
    'http://www.taiwan.cn/xwzx/bwkx/201507/t20150708_10193144.htm',
    'http://www.taiwan.cn/xwzx/la/201411/t20141116_8051277.htm',
    'http://www.taiwan.cn/xwzx/la/201607/t20160723_11516742.htm',
    'http://econ.taiwan.cn/jjyw/201806/t20180620_11975112.htm',
    'http://www.taiwan.cn/taiwan/jsxw/201811/t20181105_12109843.htm',
    'http://www.taiwan.cn/plzhx/hxshp/201803/t20180312_11930127.htm',
  ],
  // The local channel and the English site had their own layouts in the same years.
  match: { host: /^(?!eng\.)/i, path: /^\/(?!local\/)/i, years: [2013, 2018], selectors: ['div.TRS_Editor'] },
  title: ['.tit h1', 'h1'],
  published: ['.info', '.time'],
  source: ['.info', '.source'],
  breadcrumb: ['.crumb', '.dh'],
  clean: ['.fz', '.share'],
};
