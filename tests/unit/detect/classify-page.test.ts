/**
 * Page classification by URL and DOM together; each template claims exactly the fixture pages it lists and every
 * other template rejects them; and the content script's import graph stays tiny.
 */
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../utils/detect/classify-page';
import { canonicalUrl } from '../../../utils/detect/site-hosts';
import { templateMatches, TEMPLATES } from '../../../utils/extract/templates/index';
import { listFixtures, parsePage } from '../extract/fixture-io';

const fixtures = listFixtures();
const page = (html: string, url: string): Document => new JSDOM(html, { url }).window.document;

describe('classifyPage by URL alone (list pages, the popup)', () => {
  it.each([
    ['http://www.taiwan.cn/xwzx/la/201607/t20160723_11516742.htm', 'article'],
    ['http://www.taiwan.cn/taiwan/jsxw/201811/t20181105_12109843_1.htm', 'article'],
    ['http://y.taiwan.cn/newsqw/2019/0410/9942164.html', 'article'],
    ['http://www.taiwan.cn/xwzx/', 'list'],
    ['http://www.taiwan.cn/zt/szzt/xsdlhz/', 'topic'],
    ['http://www.taiwan.cn/about.htm', 'other'],
    ['http://news.example-mirror.com.cn/xwzx/la/201607/t20160723_11516742.htm', 'other'],
  ])('%s is %s', (url, kind) => {
    expect(classifyPage(url, null)).toEqual({ kind, template: null });
  });
});

describe('classifyPage with the DOM', () => {
  const trs = '<h1>标题</h1><div class="TRS_Editor"><p>正文。</p></div>';

  it('calls a mirror site "other" even with the same path and a TRS body', () => {
    const url = 'http://news.example-mirror.com.cn/xwzx/la/201607/t20160723_11516742.htm';
    expect(classifyPage(url, page(trs, url)).kind).toBe('other');
  });

  it('calls an article address without an article on it "other" (a deleted page)', () => {
    const url = 'https://www.taiwan.cn/xwzx/la/202301/t20230105_12499999.htm';
    expect(classifyPage(url, page('<h2>页面不存在</h2>', url))).toEqual({ kind: 'other', template: null });
  });

  it('trusts the TRS body on an address no rule knows', () => {
    const url = 'http://www.taiwan.cn/special/page.shtml';
    expect(classifyPage(url, page(trs, url))).toEqual({ kind: 'article', template: 'trs-editor' });
  });

  it('names the generic fallback for an article page without a TRS body', () => {
    const url = 'https://www.taiwan.cn/taiwan/jsxw/202506/t20250618_12688104.htm';
    const text = '<p>' + '两岸同胞往来密切。'.repeat(30) + '</p>';
    expect(classifyPage(url, page(`<h1>标题</h1>${text}`, url))).toEqual({ kind: 'article', template: 'readability' });
  });
});

describe('templates', () => {
  for (const template of TEMPLATES) {
    it(`${template.id} lists fixture pages`, () => {
      const urls = fixtures.map((f) => canonicalUrl(f.url));
      expect(template.testUrls.length).toBeGreaterThan(0);
      for (const url of template.testUrls) expect(urls, url).toContain(url);
    });

    for (const url of template.testUrls) {
      it(`${template.id} claims ${url}, every other template rejects it`, () => {
        const fixture = fixtures.find((f) => canonicalUrl(f.url) === url);
        if (!fixture) throw new Error(`no fixture for ${url}`);
        const doc = parsePage(fixture.page, fixture.url).window.document;
        expect(classifyPage(fixture.url, doc)).toEqual({ kind: 'article', template: template.id });
        for (const other of TEMPLATES) {
          if (other !== template) expect(templateMatches(other, doc, new URL(url)), other.id).toBe(false);
        }
      });
    }
  }
});

describe('content script import graph', () => {
  it('bundles classify-page under 30 kB minified, without the sanitizer, Readability or jieba', async () => {
    const result = await build({
      entryPoints: [new URL('../../../utils/detect/classify-page.ts', import.meta.url).pathname],
      bundle: true,
      minify: true,
      write: false,
      metafile: true,
      format: 'iife',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).join('\n');
    expect(inputs).not.toMatch(/dompurify|readability|jieba|sanitize-html/i);
    expect(result.outputFiles[0]?.contents.byteLength).toBeLessThanOrEqual(30_000);
  });
});
