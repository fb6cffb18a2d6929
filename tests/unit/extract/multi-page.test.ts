/**
 * Multi-page articles: the pager call or page links give the count; later pages come through the injected fetch,
 * decoded by sniffing; failures, timeouts and the page limit leave the pages that were read plus a warning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { findPagePlan } from '../../../utils/extract/multi-page';
import { FIXTURES_DIR, readFixture, siblingPages } from './fixture-io';

const fixture = readFixture(join(FIXTURES_DIR, 'multi-page-3-pages-2018'));
const FIRST = fixture.url;
const SECOND = FIRST.replace('.htm', '_1.htm');
const THIRD = FIRST.replace('.htm', '_2.htm');
const all = fixture.expected?.paragraphs ?? [];

function docFor(file: string, url: string): Document {
  return new JSDOM(new TextDecoder('gb18030').decode(readFileSync(join(fixture.dir, file))), { url }).window.document;
}

function asBuffer(text: string): ArrayBuffer {
  return new TextEncoder().encode(text).buffer as ArrayBuffer;
}

const articlePage = (pager: string, body: string): string =>
  `<html><head><meta charset="utf-8"><title>长文_中国台湾网</title></head><body><h1>长文</h1>` +
  `<div class="info">2018年11月05日 15:40:12 来源:中国台湾网</div><div class=TRS_Editor>${body}</div>` +
  `<script>${pager}</script></body></html>`;

describe('findPagePlan', () => {
  it('reads createPageHTML(count, current, name, ext) and resolves every page next to this one', () => {
    expect(findPagePlan(docFor('page.htm', FIRST), FIRST)).toEqual({
      total: 3,
      count: 3,
      current: 0,
      urls: [FIRST, SECOND, THIRD],
    });
  });

  it('reads the pager through variables (var countPage = 2; createPageHTML(countPage, currentPage, ...))', () => {
    const url = 'http://www.taiwan.cn/plzhx/hxshp/201803/t20180312_11930127.htm';
    const doc = new JSDOM(
      articlePage(
        'var currentPage = 0;var countPage = 2;createPageHTML(countPage, currentPage, "t20180312_11930127", "htm");',
        '',
      ),
      { url },
    ).window.document;
    expect(findPagePlan(doc, url)?.total).toBe(2);
  });

  it('counts page links when the pager script is gone', () => {
    const url = 'http://www.taiwan.cn/a/201811/t20181105_12109843.htm';
    const html =
      '<a href="t20181105_12109843_1.htm">2</a><a href="t20181105_12109843_3.htm">4</a><a href="t20181101_99_9.htm">x</a>';
    const plan = findPagePlan(new JSDOM(html, { url }).window.document, url);
    expect(plan?.total).toBe(4);
    expect(plan?.urls[3]).toBe('http://www.taiwan.cn/a/201811/t20181105_12109843_3.htm');
  });

  it('says nothing for a one-page article', () => {
    expect(findPagePlan(docFor('page.htm', FIRST), FIRST, 30)).not.toBeNull();
    const url = 'http://www.taiwan.cn/a/201811/t20181105_1.htm';
    expect(findPagePlan(new JSDOM('<p>x</p>', { url }).window.document, url)).toBeNull();
  });
});

describe('extractArticle on a multi-page article', () => {
  it('merges all three pages in order, decoding the GBK bytes of the later ones', async () => {
    const article = await extractArticle(docFor('page.htm', FIRST), FIRST, {
      fetchPage: siblingPages(fixture.dir, FIRST),
    });
    expect(article.paragraphs).toEqual(all);
    expect(article.pages).toBe(3);
    expect(article.warnings).toEqual([]);
  });

  it('starts from the page the reader is on and still gives the whole article under the first page URL', async () => {
    const article = await extractArticle(docFor('t20181105_12109843_1.htm', SECOND), SECOND, {
      fetchPage: siblingPages(fixture.dir, FIRST),
    });
    expect(article.paragraphs).toEqual(all);
    expect(article.url).toBe(FIRST);
  });

  it('keeps what was read and names the page that failed', async () => {
    const fetchPage = async (url: string, signal: AbortSignal): Promise<ArrayBuffer> => {
      if (url === THIRD) throw new Error('HTTP 404');
      return siblingPages(fixture.dir, FIRST)(url, signal);
    };
    const article = await extractArticle(docFor('page.htm', FIRST), FIRST, { fetchPage });
    expect(article.paragraphs).toEqual(all.slice(0, 6));
    expect(article.warnings).toEqual([`Could not read page 3 of 3 (${THIRD}): HTTP 404.`]);
  });

  it('gives up on a page that does not answer in time, and aborts its request', async () => {
    let aborted = false;
    const fetchPage = (url: string, signal: AbortSignal): Promise<ArrayBuffer> => {
      if (url !== SECOND) return siblingPages(fixture.dir, FIRST)(url, signal);
      signal.addEventListener('abort', () => (aborted = true));
      return new Promise(() => undefined);
    };
    const article = await extractArticle(docFor('page.htm', FIRST), FIRST, { fetchPage, pageTimeoutMs: 50 });
    expect(article.paragraphs).toEqual([...all.slice(0, 3), ...all.slice(6)]);
    expect(article.warnings).toEqual([`Could not read page 2 of 3 (${SECOND}): no answer in 50 ms.`]);
    expect(aborted).toBe(true);
  });

  it('reads at most maxPages pages and says so', async () => {
    const url = 'http://www.taiwan.cn/a/201811/t20181105_7.htm';
    const pager = (i: number): string => `createPageHTML(40, ${i}, "t20181105_7", "htm");`;
    const requested: string[] = [];
    const fetchPage = async (u: string): Promise<ArrayBuffer> => {
      requested.push(u);
      const i = Number(/_(\d+)\.htm$/.exec(u)?.[1] ?? 0);
      return asBuffer(articlePage(pager(i), `<p>第${i + 1}页的正文。</p>`));
    };
    const doc = new JSDOM(articlePage(pager(0), '<p>第1页的正文。</p>'), { url }).window.document;
    const article = await extractArticle(doc, url, { fetchPage, maxPages: 30 });
    expect(requested).toHaveLength(29);
    expect(article.paragraphs).toHaveLength(30);
    expect(article.paragraphs[29]).toBe('第30页的正文。');
    expect(article.pages).toBe(40);
    expect(article.warnings).toEqual(['Only the first 30 of 40 pages were read.']);
  });

  it('drops paragraphs and images a later page repeats', async () => {
    const url = 'http://www.taiwan.cn/a/201811/t20181105_8.htm';
    const lead =
      '<p align="center"><img src="./W0lead.jpg"></p><p align="center">题图说明</p><p>导语段落重复出现。</p>';
    const page2 = articlePage('createPageHTML(2, 1, "t20181105_8", "htm");', `${lead}<p>第二页的新内容。</p>`);
    const doc = new JSDOM(articlePage('createPageHTML(2, 0, "t20181105_8", "htm");', `${lead}<p>第一页的内容。</p>`), {
      url,
    }).window.document;
    const article = await extractArticle(doc, url, { fetchPage: async () => asBuffer(page2) });
    expect(article.paragraphs).toEqual(['导语段落重复出现。', '第一页的内容。', '第二页的新内容。']);
    expect(article.images).toEqual([{ src: 'http://www.taiwan.cn/a/201811/W0lead.jpg', caption: '题图说明' }]);
    expect(article.html.match(/<img/g)).toHaveLength(1);
  });

  it('reads one page with a warning when no fetch is given', async () => {
    const article = await extractArticle(docFor('page.htm', FIRST), FIRST);
    expect(article.paragraphs).toEqual(all.slice(0, 3));
    expect(article.pages).toBe(3);
    expect(article.warnings).toEqual(['This article has 3 pages; only page 1 of 3 was read.']);
  });

  it('fetches the later pages of a Big5 gateway page from the gateway, in traditional characters', async () => {
    const url = 'http://big5.taiwan.cn/xwzx/la/201811/t20181105_9.htm';
    const requested: string[] = [];
    // Any Big5 page will do as page 2: a fixture's real Big5 bytes, as the gateway serves them.
    const bytes = new Uint8Array(readFileSync(join(FIXTURES_DIR, 'big5-gateway-www-2016', 'page.htm')));
    const fetchPage = async (u: string): Promise<ArrayBuffer> => {
      requested.push(u);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    };
    const doc = new JSDOM(articlePage('createPageHTML(2, 0, "t20181105_9", "htm");', '<p>第一頁的內容。</p>'), {
      url,
    }).window.document;
    const article = await extractArticle(doc, url, { fetchPage });
    expect(requested).toEqual(['http://big5.taiwan.cn/xwzx/la/201811/t20181105_9_1.htm']);
    expect(article.paragraphs[1]).toMatch(/^中國臺灣網7月23日福州訊/);
    expect(article.url).toBe('http://www.taiwan.cn/xwzx/la/201811/t20181105_9.htm');
  });
});
