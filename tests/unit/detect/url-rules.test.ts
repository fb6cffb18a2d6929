/** Each URL rule accepts its own test URLs and every other rule rejects them (negative tests for free). */
import { describe, expect, it } from 'vitest';
import { canonicalUrl, isSiteUrl } from '../../../utils/detect/site-hosts';
import { matchUrlRule, URL_RULES } from '../../../utils/detect/url-rules';

describe('URL rules', () => {
  for (const rule of URL_RULES) {
    for (const url of rule.testUrls) {
      it(`${rule.id} accepts ${url}, every other rule rejects it`, () => {
        const u = new URL(canonicalUrl(url));
        expect(rule.test(u)).toBe(true);
        for (const other of URL_RULES) if (other !== rule) expect(other.test(u), other.id).toBe(false);
      });
    }
  }

  it('knows no rule for pages that are none of these', () => {
    for (const url of ['http://www.taiwan.cn/about.htm', 'http://www.taiwan.cn/xwzx/la/201607/W020160723.jpg']) {
      expect(matchUrlRule(new URL(url))).toBeNull();
    }
  });
});

describe('isSiteUrl', () => {
  it.each([
    'http://www.taiwan.cn/xwzx/',
    'https://taiwan.cn/',
    'http://www.chinataiwan.cn/xwzx/la/201607/t20160723_11516742.htm',
    'http://big5.taiwan.cn/xwzx/la/201607/t20160723_11516742.htm',
    'http://big5.taiwan.cn/gate/big5/econ.taiwan.cn/jjyw/201806/t20180620_11975112.htm',
    'http://big5.chinataiwan.cn/xwzx/la/201905/t20190516_12165380.htm',
    'http://y.taiwan.cn/newsqw/2019/0410/9942164.html',
    'http://eng.taiwan.cn/news/201811/t20181112_12112376.htm',
    'http://edu.special.taiwan.cn/',
  ])('accepts %s', (url) => {
    expect(isSiteUrl(url)).toBe(true);
  });

  it.each([
    'http://news.example-mirror.com.cn/xwzx/la/201607/t20160723_11516742.htm',
    'http://taiwan.cn.example.com/xwzx/la/201607/t20160723_11516742.htm',
    'http://www.nottaiwan.cn/xwzx/',
    'http://www.taiwan.com.cn/xwzx/',
    'ftp://www.taiwan.cn/xwzx/',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isSiteUrl(url)).toBe(false);
  });
});

describe('canonicalUrl', () => {
  it.each([
    [
      'http://big5.taiwan.cn/xwzx/la/201607/t20160723_11516742.htm',
      'http://www.taiwan.cn/xwzx/la/201607/t20160723_11516742.htm',
    ],
    [
      'http://big5.taiwan.cn/gate/big5/econ.taiwan.cn/jjyw/201806/t20180620_11975112.htm',
      'http://econ.taiwan.cn/jjyw/201806/t20180620_11975112.htm',
    ],
    [
      'http://big5.chinataiwan.cn/xwzx/la/201905/t20190516_12165380.htm',
      'http://www.chinataiwan.cn/xwzx/la/201905/t20190516_12165380.htm',
    ],
    [
      'https://www.taiwan.cn/xwzx/la/202104/t20210412_12343915.htm?from=timeline#top',
      'https://www.taiwan.cn/xwzx/la/202104/t20210412_12343915.htm',
    ],
  ])('maps %s to %s', (url, canonical) => {
    expect(canonicalUrl(url)).toBe(canonical);
  });

  it('does not map a gateway path naming a foreign host to that host', () => {
    expect(canonicalUrl('http://big5.taiwan.cn/gate/big5/evil.example.com/x.htm')).toBe(
      'http://www.taiwan.cn/gate/big5/evil.example.com/x.htm',
    );
  });
});
