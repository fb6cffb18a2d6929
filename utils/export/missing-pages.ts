/**
 * Which pages of a multi-page article a copy lacks, read from the article's warnings (utils/warnings.ts): a page that
 * failed, the pages past the reading cap, or all but the page at hand where later pages could not be fetched at all.
 * A copy is cited as the article; when it is not all of it, it must say so in its own words.
 */
import type { Article } from '../article';
import { readWarning } from '../warnings';
import type { CopyLabels } from './copy-labels';

export interface MissingPages {
  total: number;
  /** 1-based, ascending. */
  pages: number[];
}

export function missingPages(article: Pick<Article, 'warnings' | 'pages'>): MissingPages | null {
  const missing = new Set<number>();
  let total = article.pages;
  const range = (from: number, to: number) => {
    for (let p = from; p <= to; p += 1) missing.add(p);
  };
  for (const text of article.warnings) {
    const read = readWarning(text);
    if (!read) continue;
    const n = read.args.map(Number);
    if (read.code === 'pageFailed') {
      total = Math.max(total, n[1]!);
      missing.add(n[0]!);
    } else if (read.code === 'pagesCapped') {
      total = Math.max(total, n[1]!);
      range(n[0]! + 1, n[1]!);
    } else if (read.code === 'onePageOnly') {
      total = Math.max(total, n[0]!);
      range(1, n[0]!);
      missing.delete(n[1]!);
    }
  }
  const pages = [...missing].filter((p) => Number.isInteger(p) && p >= 1 && p <= total).sort((a, b) => a - b);
  return pages.length > 0 ? { total, pages } : null;
}

/** 2、5-7 (Chinese) or 2, 5-7: runs of pages shortened, so a copy of page 1 of 40 says 2-40, not 39 numbers. */
function pageList(pages: number[], separator: string): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length;) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j += 1;
    runs.push(j > i ? `${pages[i]}-${pages[j]}` : String(pages[i]));
    i = j + 1;
  }
  return runs.join(separator);
}

/** The copy's line about it, in the copy's language, or null for a whole article. */
export function missingPagesNote(article: Pick<Article, 'warnings' | 'pages'>, labels: CopyLabels): string | null {
  const missing = missingPages(article);
  return missing ? labels.missingPages(missing.total, pageList(missing.pages, labels.listSeparator)) : null;
}
