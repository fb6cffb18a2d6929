/** References to an article: GB/T 7714-2015 for an online news item, and a plain one-line form. */
import type { Article } from '../article';

/** The standard lists three authors, then "等" (Chinese) or "et al" (Western). */
const MAX_AUTHORS = 3;

function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function isEnglish(article: Article): boolean {
  return article.lang.toLowerCase().startsWith('en');
}

/** When the page names no source, the item was published by the site itself, named as the article's script writes it. */
function siteName(article: Article): string {
  if (isEnglish(article)) return 'Taiwan.cn';
  return article.script === 'Hant' ? '中國臺灣網' : '中国台湾网';
}

function untitled(article: Article): string {
  if (isEnglish(article)) return 'Untitled';
  return article.script === 'Hant' ? '無題名' : '无题名';
}

/** Names from `author` (one string, often "张明、李华") or, failing that, the reporters. */
export function citationAuthors(article: Article): string[] {
  const fromAuthor = oneLine(article.author)
    .split(/\s*[、，,;；]\s*/)
    .filter(Boolean);
  return fromAuthor.length > 0 ? fromAuthor : article.reporters.map(oneLine).filter(Boolean);
}

function authorPart(article: Article): string {
  const names = citationAuthors(article);
  if (names.length <= MAX_AUTHORS) return names.join(', ');
  return `${names.slice(0, MAX_AUTHORS).join(', ')}, ${isEnglish(article) ? 'et al' : '等'}`;
}

/** Beijing date as published: the date part of the ISO string, which already carries +08:00. */
function publishedDate(article: Article): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(article.publishedAt ?? '')?.[0] ?? '';
}

/** The reader's own calendar date: "when I looked at it" is the reader's day, not Beijing's. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function title(article: Article): string {
  return oneLine(article.title) || untitled(article);
}

function source(article: Article): string {
  return oneLine(article.source) || siteName(article);
}

/** `作者. 题名[N/OL]. 来源, 日期[引用日期]. URL.` — the author part is left out when the page names nobody. */
export function gbtCitation(article: Article, accessedAt: Date): string {
  const authors = authorPart(article);
  const date = publishedDate(article);
  const head = authors ? `${authors}. ` : '';
  const published = date ? `${source(article)}, ${date}` : source(article);
  return `${head}${title(article)}[N/OL]. ${published}[${localDate(accessedAt)}]. ${article.url}.`;
}

/** `title — source, date, URL`, leaving out what is unknown. */
export function plainCitation(article: Article): string {
  const rest = [source(article), publishedDate(article), article.url].filter(Boolean).join(', ');
  return `${title(article)} — ${rest}`;
}
