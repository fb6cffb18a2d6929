/**
 * The seed article (2017, 时政新闻, GBK bytes, the 2013-2018 www layout): every field of its expected.json, one
 * field per test, read from the shared fixture exactly as the command line reads a saved page.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../utils/article';
import { decodePageBytes } from '../../../utils/charset/decode-page-bytes';
import { extractArticle } from '../../../utils/extract/extract-article';

const SEED = new URL('../../../../shared/fixtures/seed-2017/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', SEED), 'utf8')) as Record<string, unknown>;

describe('seed article 2017 (www-2013 layout, GBK)', () => {
  let article: Article;

  beforeAll(async () => {
    const bytes = readFileSync(new URL('t20170223_11709385.htm', SEED));
    const { text } = decodePageBytes(bytes, String(expected.url));
    const dom = new JSDOM(text, { url: String(expected.url) });
    article = await extractArticle(dom.window.document, String(expected.url));
  });

  for (const [field, value] of Object.entries(expected)) {
    it(`gets ${field} right`, () => {
      expect(article[field as keyof Article]).toEqual(value);
    });
  }

  it('leaves the editor line, the 字号 row and the share bar out of the body', () => {
    expect(article.html).not.toMatch(/责任编辑|字号|分享到/);
    expect(article.paragraphs.join('')).not.toMatch(/责任编辑|字号|分享到/);
  });
});
