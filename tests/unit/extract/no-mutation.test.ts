/** The live page is read, never changed: not a node, attribute or character, on any layout or the fallback. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { listFixtures, parsePage, siblingPages } from './fixture-io';

const SLUGS = [
  'seed-2017',
  'www-2013-images-centred-captions',
  'multi-page-3-pages-2018',
  'big5-gateway-local-2015',
  'title-2022-related-table-list',
  'readability-fallback-no-trs',
  'www-2013-editor-inside-union-style',
];

describe('extractArticle leaves the document alone', () => {
  for (const fixture of listFixtures().filter((f) => SLUGS.includes(f.slug))) {
    it(fixture.slug, async () => {
      const dom = parsePage(fixture.page, fixture.url);
      const before = dom.serialize();
      const observer = new dom.window.MutationObserver(() => undefined);
      observer.observe(dom.window.document, { subtree: true, childList: true, attributes: true, characterData: true });
      const article = await extractArticle(dom.window.document, fixture.url, { fetchPage: siblingPages(fixture.dir) });
      expect(article.paragraphs.length).toBeGreaterThan(0);
      expect(observer.takeRecords()).toEqual([]);
      expect(dom.serialize()).toBe(before);
    });
  }
});
