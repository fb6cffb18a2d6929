/** Which pages a copy lacks, read from the warnings the extraction wrote, and how each copy says it. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { copyLabels } from '../../../utils/export/copy-labels';
import { missingPages, missingPagesNote } from '../../../utils/export/missing-pages';
import { articleToHtml } from '../../../utils/export/to-html';
import { articleToMarkdown } from '../../../utils/export/to-markdown';
import { articleToText } from '../../../utils/export/to-text';
import { warning } from '../../../utils/warnings';
import { hansArticle, hantArticle } from './sample-articles';

const url = (n: number) => `http://www.taiwan.cn/a/t20180101_1_${n}.htm`;
const failed = (page: number, total: number) => warning.pageFailed(page, total, url(page - 1), 'HTTP 404');

describe('missingPages', () => {
  it('names the pages that failed, those past the cap, and all but the one read when none could be fetched', () => {
    expect(missingPages({ pages: 3, warnings: [failed(3, 3)] })).toEqual({ total: 3, pages: [3] });
    expect(missingPages({ pages: 4, warnings: [failed(2, 4), failed(4, 4)] })).toEqual({ total: 4, pages: [2, 4] });
    expect(missingPages({ pages: 40, warnings: [warning.pagesCapped(30, 40)] })).toEqual({
      total: 40,
      pages: Array.from({ length: 10 }, (_, i) => 31 + i),
    });
    expect(missingPages({ pages: 3, warnings: [warning.onePageOnly(3, 2)] })).toEqual({ total: 3, pages: [1, 3] });
  });

  it('is null for a whole article, whatever else its warnings say', () => {
    expect(missingPages({ pages: 1, warnings: [] })).toBeNull();
    expect(missingPages({ pages: 1, warnings: [warning.dateOnly(), 'not a warning of ours'] })).toBeNull();
  });

  it('shortens runs of pages and speaks the copy language', () => {
    const article = { pages: 40, warnings: [failed(2, 40), warning.pagesCapped(30, 40)] };
    expect(missingPagesNote(article, copyLabels(hansArticle()))).toBe('本文共 40 页，此副本缺少第 2、31-40 页。');
    expect(missingPagesNote(article, copyLabels(hantArticle()))).toBe('本文共 40 頁，此副本缺少第 2、31-40 頁。');
    const english = copyLabels({ lang: 'en', script: 'Hans' });
    expect(missingPagesNote({ pages: 3, warnings: [failed(3, 3)] }, english)).toBe(
      'This article has 3 pages; this copy lacks page 3.',
    );
    expect(missingPagesNote(article, english)).toBe('This article has 40 pages; this copy lacks pages 2, 31-40.');
  });
});

describe('copies of an incomplete article', () => {
  const article = hansArticle({ pages: 3, warnings: [failed(3, 3)] });
  const note = '本文共 3 页，此副本缺少第 3 页。';
  const saved = new Date('2024-05-06T09:30:00Z');

  it('say so under the meta line: text, Markdown and HTML', () => {
    expect(articleToText(article).split('\n')[2]).toBe(note);
    expect(articleToMarkdown(article, saved)).toContain(`\n\n**${note}**\n\n`);
    const html = articleToHtml(article, saved, new Map(), new JSDOM('').window as unknown as Window);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('header .incomplete')?.textContent).toBe(note);
  });

  it('of a whole article say nothing of pages', () => {
    const whole = hansArticle();
    expect(articleToText(whole)).not.toContain('此副本');
    expect(articleToMarkdown(whole, saved)).not.toContain('此副本');
    const html = articleToHtml(whole, saved, new Map(), new JSDOM('').window as unknown as Window);
    expect(new JSDOM(html).window.document.querySelector('.incomplete')).toBeNull();
  });
});
