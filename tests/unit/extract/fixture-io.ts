/**
 * Reading the fixture suite: one folder per case under tests/fixtures/<slug>/ with the page's bytes in their real
 * encoding (`page.htm`), its address (`url.txt`), the expected Article (`expected.json`) and, for a multi-page article,
 * the later pages under the file names their URLs imply (`t..._1.htm`), as the command line finds them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Article } from '../../../utils/article';
import { decodePageBytes } from '../../../utils/charset/decode-page-bytes';
import { extractArticle } from '../../../utils/extract/extract-article';

export const FIXTURES_DIR = new URL('../../fixtures/', import.meta.url).pathname;

/** The Article fields a fixture pins down; `html` is checked by rules (sanitized, no boilerplate), not byte for byte. */
export const EXPECTED_FIELDS = [
  'kind', 'template', 'url', 'title', 'publishedAt', 'source', 'author', 'reporters', 'editor', 'category',
  'pageKeywords', 'description', 'script', 'lang', 'paragraphs', 'images', 'pages', 'warnings',
] as const; // prettier-ignore

export interface Fixture {
  slug: string;
  dir: string;
  url: string;
  page: Buffer;
  expected: Partial<Article> | null;
}

export function readFixture(dir: string, slug = dir.split('/').filter(Boolean).pop() ?? dir): Fixture {
  const expectedPath = join(dir, 'expected.json');
  return {
    slug,
    dir,
    url: readFileSync(join(dir, 'url.txt'), 'utf8').trim(),
    page: readFileSync(join(dir, 'page.htm')),
    expected: existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as Partial<Article>) : null,
  };
}

export function listFixtures(root = FIXTURES_DIR): Fixture[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => readFixture(join(root, slug), slug));
}

const fileName = (url: string): string => new URL(url).pathname.split('/').pop() ?? '';

/**
 * Later pages come from the fixture folder, by the file name of their URL: hermetic, like the command line. The
 * fixture's own page is `page.htm`, whatever its URL's file name.
 */
export function siblingPages(
  dir: string,
  pageUrl?: string,
): (url: string, signal: AbortSignal) => Promise<ArrayBuffer> {
  return async (url) => {
    let name = fileName(url);
    if (pageUrl && name === fileName(pageUrl)) name = 'page.htm';
    // A plain message: the warning it ends up in is part of the expected Article, so no machine paths in it.
    if (!name || !existsSync(join(dir, name))) throw new Error(`no file ${name} next to the page`);
    const bytes = readFileSync(join(dir, name));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  };
}

export function parsePage(bytes: Uint8Array, url: string): JSDOM {
  return new JSDOM(decodePageBytes(bytes, url).text, { url });
}

export async function extractFixture(fixture: Fixture): Promise<Article> {
  const dom = parsePage(fixture.page, fixture.url);
  try {
    return await extractArticle(dom.window.document, fixture.url, {
      fetchPage: siblingPages(fixture.dir, fixture.url),
    });
  } finally {
    dom.window.close();
  }
}

/** The pinned fields of an Article, in a stable order, as expected.json stores them. */
export function expectedOf(article: Article): Partial<Article> {
  const out: Record<string, unknown> = {};
  for (const field of EXPECTED_FIELDS) out[field] = article[field];
  return out as Partial<Article>;
}
