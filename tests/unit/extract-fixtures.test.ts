/**
 * The fixture suite: every page under tests/fixtures/ extracted as the extension and the command line do it (bytes
 * decoded by sniffing, later pages from sibling files), every expected field checked on its own, the body held to
 * bigram F1 >= 0.98 and free of the site's boilerplate. A folder without expected.json fails.
 */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../utils/article';
import { bigramF1 } from './extract/bigram-f1';
import { extractFixture, listFixtures } from './extract/fixture-io';

const fixtures = listFixtures();
/** What a reader must never find in a clean copy, in both scripts (the Big5 gateway serves traditional). */
const BOILERPLATE = [
  '字号',
  '字號',
  '责任编辑',
  '責任編輯',
  '分享到',
  '相关新闻',
  '相關新聞',
  '相关阅读',
  'ad9_',
  '纠错',
];

it('has at least 30 fixtures', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(30);
});

for (const fixture of fixtures) {
  describe(fixture.slug, () => {
    let article: Article;
    beforeAll(async () => {
      article = await extractFixture(fixture);
    });

    it('has an expected.json (npx tsx scripts/add-fixture.ts --refresh <slug>, then review it)', () => {
      expect(fixture.expected).not.toBeNull();
    });

    for (const [field, value] of Object.entries(fixture.expected ?? {})) {
      it(`gets ${field} right`, () => {
        expect(article[field as keyof Article]).toEqual(value);
      });
    }

    if (fixture.expected?.kind !== 'article') return;

    it('has the body text (character-bigram F1 >= 0.98)', () => {
      const want = (fixture.expected?.paragraphs ?? []).join('\n');
      expect(bigramF1(article.paragraphs.join('\n'), want)).toBeGreaterThanOrEqual(0.98);
    });

    it('keeps boilerplate out of the paragraphs and the HTML', () => {
      const text = `${article.paragraphs.join('\n')}\n${article.html}`;
      for (const word of BOILERPLATE) expect(text, word).not.toContain(word);
    });

    it('gives HTML that re-parses to the paragraphs, with no script, style or event handlers', () => {
      const doc = new JSDOM(`<body>${article.html}</body>`).window.document;
      expect(doc.querySelectorAll('script, style, iframe, [style], [onclick], [onerror], [class]')).toHaveLength(0);
      const text = (doc.body.textContent ?? '').replace(/\s+/g, '');
      for (const p of article.paragraphs) expect(text).toContain(p.replace(/\s+/g, ''));
      const srcs = Array.from(doc.querySelectorAll('img')).map((img) => img.getAttribute('src'));
      expect(srcs).toEqual(article.images.map((i) => i.src));
    });
  });
}
