/**
 * Properties that must hold for any page, checked on generated hostile HTML (fast-check): extraction never fails,
 * whatever it outputs is inert, the sanitizer is idempotent, and every download name is legal on every platform.
 * The seed is fixed so CI is deterministic; set FC_SEED to explore other corners locally.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../utils/article';
import { articleFileName } from '../../../utils/export/file-name';
import { sanitizeHtml } from '../../../utils/sanitize-html';
import { hansArticle } from '../export/sample-articles';
import { htmlFragment, inertProblems } from './html-arbitraries';
import { isLegalFileName } from './legal-file-name';
import { ARTICLE_URL, articlePage, domOf, extractHtml, LEAD, paragraphs, SECOND } from './page-builder';

const seed = Number(process.env.FC_SEED ?? 20260715);
const settings = (numRuns: number) => ({ seed, numRuns });
console.log(`[properties] fast-check seed ${seed}`);

// Enough plain text beside the random part that a page without TRS body still counts as an article (Readability path).
const FILLER = paragraphs(LEAD, SECOND, LEAD.replace('福州', '厦门'), SECOND.replace('青年', '学生'));

function readabilityPage(fragment: string): string {
  return `<html><head><title>两岸青年在福州交流_中国台湾网</title></head><body><h1>两岸青年在福州交流</h1>
<div class="main">${FILLER}${fragment}</div></body></html>`;
}

const window = domOf('').window as unknown as Window;

function htmlProblems(article: Article): string[] {
  const doc = domOf(`<!doctype html><body>${article.html}`).window.document;
  return inertProblems(doc.body);
}

describe('extraction of random hostile HTML', () => {
  it('inside div.TRS_Editor: never fails, and Article.html is inert', async () => {
    await fc.assert(
      fc.asyncProperty(htmlFragment, async (fragment) => {
        const article = await extractHtml(articlePage({ body: `${paragraphs(LEAD)}${fragment}` }));
        expect(article.kind).toBe('article');
        expect(article.warnings.filter((w) => w.startsWith('Extraction failed'))).toEqual([]);
        expect(htmlProblems(article)).toEqual([]);
        // The reading view and the saved copies sanitize again: what they show must be what was extracted.
        expect(sanitizeHtml(article.html, window)).toBe(article.html);
        for (const image of article.images) expect(image.src).toMatch(/^(https?:|data:image\/)/);
      }),
      settings(80),
    );
  }, 120_000);

  it('on a page without a TRS body (the Readability fallback): never fails, and Article.html is inert', async () => {
    await fc.assert(
      fc.asyncProperty(htmlFragment, async (fragment) => {
        const article = await extractHtml(readabilityPage(fragment), ARTICLE_URL);
        expect(article.warnings.filter((w) => w.startsWith('Extraction failed'))).toEqual([]);
        expect(htmlProblems(article)).toEqual([]);
      }),
      settings(50),
    );
  }, 120_000);
});

describe('the sanitizer', () => {
  it('is idempotent: sanitizing its own output changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(htmlFragment, fc.string()), (html) => {
        const once = sanitizeHtml(html, window);
        expect(sanitizeHtml(once, window)).toBe(once);
      }),
      settings(400),
    );
  });

  it('output is inert for any input', () => {
    fc.assert(
      fc.property(htmlFragment, (html) => {
        const doc = domOf(`<!doctype html><body>${sanitizeHtml(html, window)}`).window.document;
        expect(inertProblems(doc.body)).toEqual([]);
      }),
      settings(300),
    );
  });
});

describe('download names', () => {
  const anyTitle = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: fc.constantFrom(...'<>:"/\\|?*. \t\n\u202e\u200b\u0000CONPRUXL1'), maxLength: 40 }),
    fc
      .array(fc.constantFrom('两岸', '青年', '😀', 'é', '\u0301', '…', '.', ' '), { maxLength: 120 })
      .map((p) => p.join('')),
  );
  const anyDate = fc.option(
    fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().replace('Z', '+08:00')),
  );

  it('every name from articleFileName is legal on Windows, macOS and Linux, for every copy type', () => {
    fc.assert(
      fc.property(
        anyTitle,
        anyDate,
        fc.constantFrom('html', 'md', 'txt', 'json') as fc.Arbitrary<'html'>,
        (title, date, ext) => {
          const name = articleFileName(hansArticle({ title, publishedAt: date }), ext);
          expect(isLegalFileName(name), JSON.stringify(name)).toBe(true);
          expect(name.endsWith(`.${ext}`)).toBe(true);
        },
      ),
      settings(2000),
    );
  });
});
