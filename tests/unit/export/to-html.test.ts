import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleToHtml, SAVED_COPY_CSP } from '../../../utils/export/to-html';
import { hansArticle, hantArticle, SEED_URL } from './sample-articles';

const win = new JSDOM('').window as unknown as Window;
const saved = new Date('2024-05-06T09:30:00Z');
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** Read a copy back as a browser would, to check what it does rather than how its text looks. */
function open(html: string): Document {
  return new JSDOM(html).window.document;
}

function text(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.textContent?.trim() ?? '';
}

describe('articleToHtml', () => {
  it('is one standalone UTF-8 page with the inert CSP ahead of any content', () => {
    const doc = open(articleToHtml(hansArticle(), saved, new Map(), win));
    const metas = Array.from(doc.head.querySelectorAll('meta'));
    expect(metas[0]?.getAttribute('charset')).toBe('utf-8');
    expect(metas[1]?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(metas[1]?.getAttribute('content')).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    expect(SAVED_COPY_CSP).toBe(metas[1]?.getAttribute('content'));
    expect(doc.querySelectorAll('link, script, iframe, object, embed, base')).toHaveLength(0);
    expect(doc.documentElement.lang).toBe('zh-CN');
  });

  it('carries the metadata header: title, time, source, editor, category, original link, saved date', () => {
    const doc = open(articleToHtml(hansArticle({ author: '张明' }), saved, new Map(), win));
    expect(doc.title).toBe('干部“新春走基层”关键要“走心”');
    expect(text(doc, 'h1')).toBe('干部“新春走基层”关键要“走心”');
    const meta = Array.from(doc.querySelectorAll('header .meta'), (p) => p.textContent);
    expect(meta).toEqual([
      '发布时间：2017-02-23 16:43:57 · 来源：东方网 · 作者：张明 · 责任编辑：李帅',
      '栏目：新闻中心 › 时政新闻',
      `原文链接：${SEED_URL}`,
      '保存于：2024-05-06 09:30',
    ]);
    expect(doc.querySelector('header a')?.getAttribute('href')).toBe(SEED_URL);
  });

  it('shows the summary, the keywords and the body paragraphs', () => {
    const doc = open(articleToHtml(hansArticle(), saved, new Map(), win));
    expect(text(doc, '.summary p')).toBe('走访要带着问题去，带着办法回。');
    expect(Array.from(doc.querySelectorAll('.keywords li'), (li) => li.textContent)).toEqual(['走基层', '干部']);
    expect(Array.from(doc.querySelectorAll('.body p'), (p) => p.textContent?.trim())).toEqual(hansArticle().paragraphs);
  });

  it('uses traditional labels and a CJK font stack for a traditional article', () => {
    const html = articleToHtml(hantArticle(), saved, new Map(), win);
    const doc = open(html);
    expect(doc.documentElement.lang).toBe('zh-TW');
    expect(text(doc, 'header .meta')).toBe(
      '發布時間：2019-03-01 10:05:00 · 來源：中國臺灣網 · 作者：陳佳、王思羽 · 責任編輯：張明',
    );
    const css = doc.querySelector('style')?.textContent ?? '';
    expect(css).toContain('"PingFang SC"');
    expect(css).toContain('"Microsoft JhengHei"');
  });

  it('inlines fetched images as data URIs, resolving the relative src the CMS writes', () => {
    const images = new Map([['http://www.taiwan.cn/taiwan/jsxw/201903/W020190301512345.jpg', PNG]]);
    const doc = open(articleToHtml(hantArticle(), saved, images, win));
    const imgs = Array.from(doc.querySelectorAll('img'));
    expect(imgs).toHaveLength(1);
    expect(imgs[0]?.getAttribute('src')).toBe(PNG);
    expect(doc.body.textContent).toContain('交流會現場');
  });

  it('keeps the link of an image it could not inline and says so', () => {
    const doc = open(articleToHtml(hantArticle(), saved, new Map(), win));
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    const note = doc.querySelector('.body small');
    expect(note?.textContent).toContain('此圖片未能儲存到本檔案，原圖網址：');
    expect(note?.querySelector('a')?.getAttribute('href')).toBe(
      'http://www.taiwan.cn/taiwan/jsxw/201903/W020190301512345.jpg',
    );
    // The caption paragraph stays; the empty centred paragraph that held the image does not.
    expect(Array.from(doc.querySelectorAll('.body p'), (p) => p.textContent?.trim()).filter((t) => !t)).toEqual([]);
  });

  it('never carries script, handlers or script links from the page (XSS regressions, read back as a DOM)', () => {
    const hostile = hansArticle({
      title: '</title><script>alert(1)</script>',
      source: '<img src=x onerror=alert(2)>',
      summary: ['<b onmouseover=alert(3)>摘要</b>'],
      keywords: [{ word: '"><svg onload=alert(4)>', score: 1 }],
      html:
        '<p onclick="alert(5)">正文</p><script>alert(6)</script><iframe src="https://evil.example/"></iframe>' +
        '<a href="javascript:alert(7)">链接</a><img src="x" onerror="alert(8)"><svg><script>alert(9)</script></svg>' +
        '<form action="https://evil.example/"><input name="q"></form><math><mi xlink:href="javascript:alert(10)">m</mi></math>' +
        '<p><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="></p><noscript><p title="</noscript><img src=x onerror=alert(11)>"></p></noscript>',
    });
    const html = articleToHtml(hostile, saved, new Map([['data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', PNG]]), win);
    const doc = open(html);
    expect(doc.title).toBe('</title><script>alert(1)</script>');
    expect(doc.querySelectorAll('script, iframe, svg, math, form, input, noscript')).toHaveLength(0);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        expect(attr.value).not.toMatch(/^\s*javascript:/i);
      }
    }
    for (const img of Array.from(doc.querySelectorAll('img')))
      expect(img.getAttribute('src')).toMatch(/^data:image\/png;/);
    expect(text(doc, 'h1')).toBe('</title><script>alert(1)</script>');
  });

  it('needs a DOM: without one (plain Node) it says so instead of skipping the sanitizer', () => {
    expect(() => articleToHtml(hansArticle(), saved)).toThrow(/DOM window/);
  });
});
