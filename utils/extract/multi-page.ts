/**
 * Long articles are split over `t..._<id>.htm`, `t..._<id>_1.htm`, ... The TRS template writes the page links with
 * `createPageHTML(<count>, <current>, "<t..._id>", "htm")` in an inline script that a saved page keeps even where
 * scripts never ran; page links are the fallback. Later pages are fetched through the injected `fetchPage`, decoded
 * by sniffing (never a header alone) and parsed without touching the live document.
 */
import { decodePageBytes } from '../charset/decode-page-bytes';

export interface PagePlan {
  /** Pages the article has, as the page says. */
  total: number;
  /** Pages that will be read: at most `maxPages`. */
  count: number;
  /** 0-based index of the page being read. */
  current: number;
  /** Address of every page, by index; later pages resolve against the page being read (same host, same script). */
  urls: string[];
}

export const MAX_PAGES = 30;
/** Arguments are literal numbers, or variables set earlier in the same script (`var countPage = 3`). */
const CREATE_PAGE_HTML = /createPageHTML\(\s*(\w+)\s*,\s*(\w+)\s*,\s*["']([\w-]+)["']\s*,\s*["'](\w+)["']/;
const LATER_PAGE = /\/(t\d{8}_\d+)_(\d+)\.(s?html?)$/i;
const FIRST_PAGE = /\/(t\d{8}_\d+)\.(s?html?)$/i;

function pageUrls(name: string, ext: string, count: number, base: string): string[] {
  return Array.from(
    { length: count },
    (_, i) => new URL(i === 0 ? `${name}.${ext}` : `${name}_${i}.${ext}`, base).href,
  );
}

function scriptNumber(arg: string | undefined, script: string): number | null {
  if (!arg) return null;
  if (/^\d+$/.test(arg)) return Number(arg);
  const m = new RegExp(`\\b${arg}\\s*=\\s*(\\d+)`).exec(script);
  return m?.[1] ? Number(m[1]) : null;
}

export function findPagePlan(doc: Document, url: string, maxPages = MAX_PAGES): PagePlan | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const later = LATER_PAGE.exec(path);
  const first = later ? null : FIRST_PAGE.exec(path);
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (!text.includes('createPageHTML')) continue;
    const m = CREATE_PAGE_HTML.exec(text);
    if (!m?.[3] || !m[4]) continue;
    const total = scriptNumber(m[1], text);
    if (total === null || total < 2) return null;
    const at = scriptNumber(m[2], text) ?? 0;
    const count = Math.max(1, Math.min(total, maxPages));
    return { total, count, current: Math.min(at, total - 1), urls: pageUrls(m[3], m[4], count, url) };
  }
  // No pager script: count the page links that share this article's id.
  const name = later?.[1] ?? first?.[1];
  const ext = later?.[3] ?? first?.[2];
  if (!name || !ext) return null;
  let last = later ? Number(later[2]) : 0;
  // Only links that name this article's id: a sidebar full of other links costs nothing.
  for (const a of Array.from(doc.querySelectorAll(`a[href*="${name}_"]`))) {
    let href: string;
    try {
      href = new URL(a.getAttribute('href') ?? '', url).pathname;
    } catch {
      continue;
    }
    const m = LATER_PAGE.exec(href);
    if (m?.[1] === name) last = Math.max(last, Number(m[2]));
  }
  if (last === 0) return null;
  const count = Math.max(1, Math.min(last + 1, maxPages));
  return { total: last + 1, count, current: later ? Number(later[2]) : 0, urls: pageUrls(name, ext, count, url) };
}

export type FetchPage = (url: string, signal: AbortSignal) => Promise<ArrayBuffer>;

export interface FetchedPage<T> {
  index: number;
  url: string;
  value?: T;
  error?: string;
}

/** Two requests at a time: polite to the site, and a 30-page article still loads in a few round trips. */
const CONCURRENCY = 2;

async function fetchWithTimeout(fetchPage: FetchPage, url: string, timeoutMs: number): Promise<ArrayBuffer> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The race also covers an injected fetch that ignores the signal.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer in ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([fetchPage(url, controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Fetch, decode and parse every page but the current one, then hand each parsed page to `read`. */
export async function fetchLaterPages<T>(
  plan: PagePlan,
  fetchPage: FetchPage,
  parser: DOMParser,
  timeoutMs: number,
  read: (doc: Document, url: string) => T,
): Promise<FetchedPage<T>[]> {
  const todo = plan.urls.map((url, index) => ({ url, index })).filter((p) => p.index !== plan.current);
  const results: FetchedPage<T>[] = [];
  const worker = async (): Promise<void> => {
    for (let job = todo.shift(); job; job = todo.shift()) {
      try {
        const bytes = await fetchWithTimeout(fetchPage, job.url, timeoutMs);
        const decoded = decodePageBytes(bytes, job.url);
        const doc = parser.parseFromString(decoded.text, 'text/html');
        results.push({ ...job, value: read(doc, job.url) });
      } catch (e) {
        results.push({ ...job, error: e instanceof Error ? e.message : String(e) });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results.sort((a, b) => a.index - b.index);
}
