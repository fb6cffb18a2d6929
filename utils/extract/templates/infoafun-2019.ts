import type { PageTemplate } from './page-template';

/**
 * About 2019-2020: `div#main` (or `#artBox`) > `h1` (or `#title`); `#infoAFun > div > span` holds the time (first span)
 * and `来源：X` (second span); `#contentArea > div.TRS_Editor`; `[责任编辑：X]` in an element with class `editor`.
 */
export const infoafun2019: PageTemplate = {
  id: 'infoafun-2019',
  testUrls: [
    'http://www.taiwan.cn/taiwan/jsxw/201902/t20190228_12142418.htm',
    'http://www.taiwan.cn/xwzx/la/202008/t20200814_12304761.htm',
    'http://www.chinataiwan.cn/xwzx/la/201905/t20190516_12165380.htm',
  ],
  match: { selectors: ['#infoAFun', 'div.TRS_Editor'] },
  title: ['#main h1', '#artBox h1', '#title', 'h1'],
  published: ['#infoAFun > div > span:nth-of-type(1)', '#infoAFun'],
  source: ['#infoAFun > div > span:nth-of-type(2)', '#infoAFun'],
  editor: ['.editor'],
  breadcrumb: ['.crumb', '#crumb', '.position'],
  body: ['#contentArea > div.TRS_Editor'],
};
