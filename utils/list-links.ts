/** The article links on a list or topic page, newest first, for the popup's list view and batch saving. */
import { classifyPage } from './detect/classify-page';
import type { ListLink } from './tab-state';

const URL_DATE = /\/t(\d{4})(\d{2})(\d{2})_\d+/;
const MAX_LINKS = 200;

export function articleLinks(doc: Document, baseUrl: string): ListLink[] {
  const seen = new Set<string>();
  const links: ListLink[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    let url: string;
    try {
      url = new URL(a.getAttribute('href') ?? '', baseUrl).href;
    } catch {
      continue;
    }
    const title = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!title || seen.has(url) || classifyPage(url, null).kind !== 'article') continue;
    seen.add(url);
    const m = URL_DATE.exec(url);
    links.push({ url, title, date: m ? `${m[1]}-${m[2]}-${m[3]}` : null });
    if (links.length >= MAX_LINKS) break;
  }
  // Stable sort: links without a date keep their page order, after the dated ones.
  return links.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}
