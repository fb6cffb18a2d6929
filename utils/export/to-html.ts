/**
 * The standalone HTML copy: one UTF-8 file that opens anywhere, years later, without the site. It is inert: a CSP meta
 * forbids scripts and remote loads, and the body is what the one sanitizer let through.
 */
import type { Article } from '../article';
import { copyLabels, displaySaved, keywordList, metaParts, summaryText } from './copy-labels';
import { missingPagesNote } from './missing-pages';
import { copyBodyHtml } from './html-body';
import { absoluteHttpUrl } from './markdown-converter';
import { SAVED_COPY_CSS } from './saved-copy-css';

export const SAVED_COPY_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Titles and metadata are text, never HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function defaultWindow(win?: Window): Window {
  const w = win ?? (globalThis as { window?: Window }).window;
  // In Node (the command line) pass a jsdom window: the sanitizer needs a real DOM and refuses to run without one.
  if (!w) throw new Error('articleToHtml needs a DOM window (in Node, pass a jsdom window).');
  return w;
}

function headerHtml(article: Article, savedAt: Date): string {
  const labels = copyLabels(article);
  const title = (article.title ?? '').replace(/\s+/g, ' ').trim();
  const lines: string[] = [];
  if (title) lines.push(`<h1>${escapeHtml(title)}</h1>`);
  const meta = metaParts(article, labels);
  if (meta.length > 0) lines.push(`<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>`);
  const missing = missingPagesNote(article, labels);
  if (missing) lines.push(`<p class="incomplete">${escapeHtml(missing)}</p>`);
  if (article.category.length > 0) {
    const path = article.category.map(escapeHtml).join(' › ');
    lines.push(`<p class="meta">${escapeHtml(labels.category + labels.colon)}${path}</p>`);
  }
  const href = absoluteHttpUrl(article.url, article.url);
  const link = href ? `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>` : escapeHtml(article.url);
  lines.push(`<p class="meta">${escapeHtml(labels.original + labels.colon)}${link}</p>`);
  lines.push(`<p class="meta">${escapeHtml(labels.saved + labels.colon + displaySaved(savedAt))}</p>`);
  return `<header>\n${lines.join('\n')}\n</header>`;
}

function analysisHtml(article: Article): string {
  const labels = copyLabels(article);
  const parts: string[] = [];
  const summary = summaryText(article);
  if (summary) {
    parts.push(
      `<section class="summary"><h2>${escapeHtml(labels.summary)}</h2><p>${escapeHtml(summary)}</p></section>`,
    );
  }
  const keywords = keywordList(article);
  if (keywords.length > 0) {
    const items = keywords.map((word) => `<li>${escapeHtml(word)}</li>`).join('');
    parts.push(`<p class="keywords-label">${escapeHtml(labels.keywords)}</p>\n<ul class="keywords">${items}</ul>`);
  }
  return parts.join('\n');
}

export function articleToHtml(
  article: Article,
  savedAt: Date,
  images: Map<string, string> = new Map(),
  win?: Window,
): string {
  const labels = copyLabels(article);
  const body = copyBodyHtml(article, images, labels, defaultWindow(win));
  const lang = escapeHtml(article.lang || (article.script === 'Hant' ? 'zh-TW' : 'zh-CN'));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SAVED_COPY_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml((article.title ?? article.url).replace(/\s+/g, ' ').trim())}</title>
<style>${SAVED_COPY_CSS}</style>
</head>
<body>
<article>
${headerHtml(article, savedAt)}
${analysisHtml(article)}
<div class="body">
${body}
</div>
</article>
</body>
</html>
`;
}
