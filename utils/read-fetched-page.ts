/**
 * Read a page the extension fetched itself (batch saving from a list page) exactly as a visited page is read: sniff
 * and decode the bytes, parse them without running anything, and extract with the same code.
 */
import type { Article } from './article';
import { decodePageBytes } from './charset/decode-page-bytes';
import { extractArticle, type ExtractOptions } from './extract/extract-article';

export async function readFetchedPage(
  bytes: ArrayBuffer,
  url: string,
  win: Window,
  fetchPage: ExtractOptions['fetchPage'],
): Promise<Article> {
  const decoded = decodePageBytes(bytes, url);
  // DOMParser documents are inert: no scripts run, no subresources load.
  const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(decoded.text, 'text/html');
  const article = await extractArticle(doc, url, { fetchPage });
  return { ...article, warnings: [...decoded.warnings, ...article.warnings] };
}
