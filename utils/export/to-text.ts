/** The plain-text copy: title, one meta line, the link, then the paragraphs separated by blank lines. */
import type { Article } from '../article';
import { copyLabels, metaParts } from './copy-labels';
import { missingPagesNote } from './missing-pages';

export function articleToText(article: Article): string {
  const labels = copyLabels(article);
  const head = [
    (article.title ?? '').replace(/\s+/g, ' ').trim(),
    metaParts(article, labels).join(' · '),
    missingPagesNote(article, labels),
    `${labels.original}${labels.colon}${article.url}`,
  ].filter(Boolean);
  const body = article.paragraphs.map((p) => p.trim()).filter(Boolean);
  // CRLF-free on purpose: every editor since Windows 10 Notepad reads LF.
  return `${[head.join('\n'), ...body].join('\n\n')}\n`;
}
