/**
 * URL rules for taiwan.cn pages, each with the addresses it must accept. A test runs every rule's URLs through every
 * other rule, so the rules stay mutually exclusive (github-url-detection style: negative tests for free).
 * Rules see the canonical URL: Big5 gateway addresses are mapped to the page they mirror first.
 */

export type UrlRuleId = 'article' | 'article-later-page' | 'youth-article' | 'list' | 'topic';

export interface UrlRule {
  id: UrlRuleId;
  test: (url: URL) => boolean;
  testUrls: readonly string[];
}

/** TRS WCM file names: `t<yyyymmdd>_<docid>.htm` in a `<yyyymm>` folder; later pages add `_<n>`. */
const TRS_FIRST_PAGE = /\/\d{6}\/t\d{8}_\d+\.s?html?$/i;
const TRS_LATER_PAGE = /\/\d{6}\/t\d{8}_\d+_\d+\.s?html?$/i;
/** The youth site runs another CMS: `section/yyyy/mmdd/id.html`. */
const YOUTH_ARTICLE = /^\/[a-z0-9_]+\/\d{4}\/\d{4}\/\d+\.html?$/i;
const FOLDER_OR_INDEX = /(?:\/|\/index(?:_\d+)?\.s?html?)$/i;
const TOPIC_PATH = /^\/zt\//i;
const TOPIC_HOST_PATH = /^\/topic\//i;

function isTrsFile(path: string): boolean {
  return TRS_FIRST_PAGE.test(path) || TRS_LATER_PAGE.test(path);
}

export const URL_RULES: readonly UrlRule[] = [
  {
    id: 'article',
    test: (u) => TRS_FIRST_PAGE.test(u.pathname),
    testUrls: [
      'http://www.taiwan.cn/xwzx/PoliticsNews/201702/t20170223_11709385.htm',
      'http://www.taiwan.cn/xwzx/la/201607/t20160723_11516742.htm',
      'https://www.taiwan.cn/xwzx/xwfbh/gtbxwfbh/tuwen/202607/t20260715_12776587.htm',
      'http://econ.taiwan.cn/jjyw/201805/t20180511_11954830.htm',
      'http://www.chinataiwan.cn/local/201706/t20170614_11793317.htm',
      'http://www.taiwan.cn/zt/szzt/xsdlhz/zxbd/201808/t20180802_12041101.htm',
    ],
  },
  {
    id: 'article-later-page',
    test: (u) => TRS_LATER_PAGE.test(u.pathname),
    testUrls: [
      'http://www.taiwan.cn/taiwan/jsxw/201811/t20181105_12109843_1.htm',
      'https://www.taiwan.cn/xwzx/la/202104/t20210412_12343915_2.htm',
    ],
  },
  {
    id: 'youth-article',
    test: (u) => /^y\./i.test(u.hostname) && YOUTH_ARTICLE.test(u.pathname),
    testUrls: ['http://y.taiwan.cn/newsqw/2019/0410/9942164.html', 'https://y.taiwan.cn/qnjl/2019/1105/9981230.html'],
  },
  {
    id: 'topic',
    test: (u) =>
      (TOPIC_PATH.test(u.pathname) && !isTrsFile(u.pathname)) ||
      (/^ats\./i.test(u.hostname) && TOPIC_HOST_PATH.test(u.pathname)),
    testUrls: [
      'http://www.taiwan.cn/zt/szzt/xsdlhz/',
      'http://www.taiwan.cn/zt/szzt/2019lianghui/index.htm',
      'http://ats.taiwan.cn/Topic/2016/taiwanjuanjue/index.html',
    ],
  },
  {
    id: 'list',
    test: (u) => FOLDER_OR_INDEX.test(u.pathname) && !TOPIC_PATH.test(u.pathname) && !TOPIC_HOST_PATH.test(u.pathname),
    testUrls: [
      'http://www.taiwan.cn/xwzx/',
      'http://www.taiwan.cn/xwzx/la/index_2.htm',
      'https://www.taiwan.cn/',
      'http://econ.taiwan.cn/jjyw/index.htm',
      'http://y.taiwan.cn/newsqw/',
    ],
  },
];

export function matchUrlRule(url: URL): UrlRule | null {
  for (const rule of URL_RULES) if (rule.test(url)) return rule;
  return null;
}
