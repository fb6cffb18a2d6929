/**
 * Bad pages, through the real code paths: extraction of parsed pages (what the content script does), byte decoding
 * (what later pages and saved files go through) and the command line. Each case names the state it must end in: a
 * `kind`, a warning, a typed error; none may throw past its API. Saving bad input is in bad-input-saving.test.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePageBytes } from '../../../utils/charset/decode-page-bytes';
import { articleFileName } from '../../../utils/export/file-name';
import { readPageFile, UsageError } from '../../../scripts/page-file';
import {
  ARTICLE_URL, LEAD, LIST_URL, SECOND, TOPIC_URL, articlePage, bytesOf, domOf, extractHtml, paragraphs,
} from './page-builder'; // prettier-ignore

const SEED_PAGE = readFileSync('tests/fixtures/seed-2017/page.htm');
const SEED_URL = 'http://www.taiwan.cn/xwzx/PoliticsNews/201702/t20170223_11709385.htm';
const LEAD_TEXT = LEAD.trim();
const made: string[] = [];
const tmp = () => made[made.push(mkdtempSync(path.join(tmpdir(), 'tcn-bad-input-'))) - 1]!;
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Run the real command line in its own process, killed at `deadlineMs`: a runaway extraction cannot hang the suite. */
function runCli(
  file: string,
  url: string,
  deadlineMs: number,
): Promise<{ code: number | null; out: string; err: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/extract-cli.ts', '--url', url, file], {
      env: { ...process.env, TZ: 'UTC' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err, ms: Date.now() - started });
    });
  });
}

function nested(depth: number): string {
  return `${'<div>'.repeat(depth)}${paragraphs(LEAD, SECOND)}${'</div>'.repeat(depth)}`;
}

describe('bad pages through extraction', () => {
  it('an empty document is "other" with nothing invented', async () => {
    const article = await extractHtml('');
    expect(article).toMatchObject({ kind: 'other', title: null, paragraphs: [], html: '' });
  });

  it('a page with a head and no body is "other"', async () => {
    const article = await extractHtml('<html><head><title>两岸_中国台湾网</title></head></html>');
    expect(article.kind).toBe('other');
    expect(article.paragraphs).toEqual([]);
  });

  it('a frameset page (no body element at all) is "other"', async () => {
    const article = await extractHtml('<html><frameset><frame src="t20180514_11955001_1.htm"></frameset></html>');
    expect(article.kind).toBe('other');
  });

  it('a channel list page is "list": no body, no paragraphs', async () => {
    const page = articlePage({ body: '' }).replace('content="1"', 'content="2"');
    const article = await extractHtml(page, LIST_URL);
    expect(article).toMatchObject({ kind: 'list', paragraphs: [], html: '' });
  });

  it('a topic page is "topic", even when it carries a TRS body', async () => {
    expect((await extractHtml(articlePage(), TOPIC_URL)).kind).toBe('topic');
  });

  it('a list served at an article address is "list", not an empty article', async () => {
    const page = `<html><head><meta name="pagetype" content="2"><title>两岸_中国台湾网</title></head>
      <body><ul><li><a href="t20180513_11954990.htm">一条新闻</a></li></ul></body></html>`;
    expect((await extractHtml(page)).kind).toBe('list');
  });

  it('a 5 MB page keeps every paragraph, without warnings', async () => {
    const texts: string[] = [];
    for (let i = 0, size = 0; size < 5_000_000; i++) {
      texts.push(`第${i}段。${LEAD_TEXT}`);
      size += Buffer.byteLength(`<p align="justify">${texts[i]}</p>\n`);
    }
    const started = Date.now();
    const article = await extractHtml(articlePage({ body: paragraphs(...texts) }));
    console.log(`[bad-input] 5 MB page (${texts.length} paragraphs): parse + extract ${Date.now() - started} ms`);
    expect(article.kind).toBe('article');
    expect(article.paragraphs).toHaveLength(texts.length);
    expect(article.paragraphs.at(-1)).toBe(texts.at(-1));
    expect(article.warnings).toEqual([]);
  }, 120_000);

  it.each([
    [512, 30_000], // Chromium's HTML parser stops nesting at 512 levels: the deepest tree a live page gets
    [5000, 90_000], // the command line's jsdom has no such cap
  ])(
    'a %i-deep page gives the article through the command line within its deadline',
    async (depth, deadline) => {
      const file = path.join(tmp(), 'deep.htm');
      writeFileSync(file, articlePage({ body: nested(depth) }));
      const run = await runCli(file, ARTICLE_URL, deadline);
      console.log(`[bad-input] ${depth}-deep page: exit ${run.code} after ${run.ms} ms (deadline ${deadline} ms)`);
      expect(run.code, run.code === null ? `no answer within ${deadline} ms` : run.err).toBe(0);
      const article = JSON.parse(run.out) as { kind: string; paragraphs: string[] };
      expect(article.kind).toBe('article');
      expect(article.paragraphs).toEqual([LEAD_TEXT, SECOND.trim()]);
    },
    120_000,
  );

  it('unclosed tags lose no text and give well-formed HTML', async () => {
    const body = '<p align="justify">　　第一段没有结束<p>　　第二段<b>加粗<i>斜体<table><tr><td>表格单元';
    const article = await extractHtml(articlePage({ body }));
    expect(article.paragraphs.join('')).toContain('第一段没有结束');
    expect(article.paragraphs.join('')).toContain('表格单元');
    const reparsed = domOf(`<body>${article.html}`).window.document.body;
    expect(reparsed.textContent).toContain('斜体');
    expect(reparsed.querySelectorAll('b, i')).toHaveLength(0); // kept inline marks are rewritten as strong/em
  });

  it('text full of U+FFFD (a page the browser decoded wrongly) is kept and flagged', async () => {
    const article = await extractHtml(articlePage({ body: paragraphs('\uFFFD'.repeat(400), '　　正常文字。') }));
    expect(article.kind).toBe('article');
    expect(article.warnings.join(' ')).toMatch(/U\+FFFD|unreadable/i);
  });

  it('a page with neither <title> nor <h1> has a null title and still a legal file name', async () => {
    const article = await extractHtml(articlePage({ docTitle: null, heading: null }));
    expect(article.title).toBeNull();
    expect(article.paragraphs[0]).toBe(LEAD_TEXT);
    expect(articleFileName(article, 'md')).toBe('2018-05-14 t20180514_11955001.md');
  });

  it('a missing date falls back to the URL date, with a warning saying so', async () => {
    const article = await extractHtml(articlePage({ info: '来源:中国台湾网' }));
    expect(article.publishedAt).toBe('2018-05-14T00:00:00+08:00');
    expect(article.warnings.join(' ')).toMatch(/URL/);
  });

  it('a date that does not parse is never turned into an impossible one', async () => {
    const article = await extractHtml(articlePage({ info: '2018年13月45日 25:61:00&nbsp;&nbsp;来源:中国台湾网' }));
    expect(article.publishedAt).toBe('2018-05-14T00:00:00+08:00');
    expect(article.warnings.length).toBeGreaterThan(0);
  });
});

describe('a multi-page article whose later pages fail', () => {
  const pager = '<script>createPageHTML(3, 0, "t20180514_11955001", "htm");</script>';
  const page3 = new TextEncoder().encode(articlePage({ body: paragraphs('　　第三页的文字在这里。') }));

  it('page 2 answering 404: pages 1 and 3 are read, the warning names page 2', async () => {
    const article = await extractHtml(articlePage({ tail: pager }), ARTICLE_URL, {
      fetchPage: async (url) => {
        if (url.endsWith('_1.htm')) throw new Error('HTTP 404');
        return bytesOf(page3);
      },
    });
    expect(article.pages).toBe(3);
    expect(article.paragraphs).toEqual([LEAD_TEXT, SECOND.trim(), '第三页的文字在这里。']);
    expect(article.warnings).toEqual([expect.stringMatching(/page 2 of 3 .*HTTP 404/)]);
  });

  it('page 2 never answering: it times out, the rest is read', async () => {
    const article = await extractHtml(articlePage({ tail: pager }), ARTICLE_URL, {
      pageTimeoutMs: 50,
      fetchPage: (url) =>
        url.endsWith('_1.htm') ? new Promise<ArrayBuffer>(() => undefined) : Promise.resolve(bytesOf(page3)),
    });
    expect(article.paragraphs).toContain('第三页的文字在这里。');
    expect(article.warnings).toEqual([expect.stringMatching(/page 2 of 3 .*50 ms/)]);
  });

  it('page 2 being an error page without a body: named in a warning, not merged', async () => {
    const error = new TextEncoder().encode('<html><body><h1>404 Not Found</h1></body></html>');
    const article = await extractHtml(articlePage({ tail: pager }), ARTICLE_URL, {
      fetchPage: async (url) => bytesOf(url.endsWith('_1.htm') ? error : page3),
    });
    expect(article.paragraphs.join('')).not.toContain('Not Found');
    expect(article.warnings.join(' ')).toMatch(/page 2 of 3/);
  });
});

describe('bytes with wrong or missing charsets', () => {
  it('GBK bytes under a utf-8 label decode as GB18030, with a warning', () => {
    const lying = Buffer.from(SEED_PAGE.toString('latin1').replace('charset=gb2312', 'charset=utf-8'), 'latin1');
    const decoded = decodePageBytes(lying, SEED_URL);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toContain('干部“新春走基层”关键要“走心”');
    expect(decoded.warnings.join(' ')).toMatch(/not/);
  });

  it('an unknown label on UTF-8 bytes decodes as UTF-8, with a warning naming the label', () => {
    const decoded = decodePageBytes(new TextEncoder().encode(articlePage({ charset: 'x-klingon' })));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain(LEAD_TEXT);
    expect(decoded.warnings.join(' ')).toContain('x-klingon');
  });

  it('bytes that decode to mostly U+FFFD are flagged with their share', () => {
    const head = new TextEncoder().encode('<meta charset="utf-8"><p>');
    const decoded = decodePageBytes(Buffer.concat([head, Buffer.alloc(2000, 0xff)]));
    expect(decoded.warnings.join(' ')).toMatch(/\d+(\.\d)?% of the text is unreadable/);
  });
});

describe('the command line on bad files', () => {
  it('a missing file is a UsageError naming it', async () => {
    await expect(readPageFile('tests/hostile/no-such-page.htm', {})).rejects.toThrow(UsageError);
  });

  it('a directory is a UsageError, not a crash', async () => {
    await expect(readPageFile(tmp(), {})).rejects.toThrow(UsageError);
  });

  it('an empty file is a readable page of kind "other"', async () => {
    const file = path.join(tmp(), 'empty.htm');
    writeFileSync(file, '');
    expect((await readPageFile(file, { url: ARTICLE_URL })).kind).toBe('other');
  });

  it('a PNG saved under .htm is "other" and says its text is unreadable', async () => {
    const file = path.join(tmp(), 'image.htm');
    const png = Buffer.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...Array.from({ length: 600 }, (_, i) => (i * 37) % 256),
    ]);
    writeFileSync(file, png);
    const article = await readPageFile(file, { url: ARTICLE_URL });
    expect(article.kind).toBe('other');
    expect(article.warnings.join(' ')).toMatch(/unreadable/);
  });

  it('GBK bytes under a utf-8 label still give the seed article', async () => {
    const file = path.join(tmp(), 'page.htm');
    writeFileSync(file, Buffer.from(SEED_PAGE.toString('latin1').replace('charset=gb2312', 'charset=utf-8'), 'latin1'));
    const article = await readPageFile(file, { url: SEED_URL });
    expect(article.title).toBe('干部“新春走基层”关键要“走心”');
    expect(article.warnings[0]).toMatch(/says utf-8/);
  });
});
