/**
 * The known layouts, most specific first: host-bound sites, then layouts with a unique element, then the eras told
 * apart by the URL's creation year. Data only: the content script imports this to name the template, so nothing here
 * may pull in the sanitizer, Readability or the analysis code.
 */
import { eng } from './eng';
import { infoafun2019 } from './infoafun-2019';
import { local2013 } from './local-2013';
import type { PageTemplate } from './page-template';
import { tables2009 } from './tables-2009';
import { title2021 } from './title-2021';
import { www2013 } from './www-2013';
import { www2026 } from './www-2026';
import { youth } from './youth';

export const TEMPLATES: readonly PageTemplate[] = [
  youth,
  eng,
  infoafun2019,
  title2021,
  local2013,
  www2013,
  tables2009,
  www2026,
];

/** The year the page was created, from `t<yyyymmdd>_` (TRS) or `/<yyyy>/<mmdd>/` (youth site). */
export function urlYear(url: URL): number | null {
  const m = /\/t(\d{4})\d{4}_\d+/.exec(url.pathname) ?? /\/(\d{4})\/\d{4}\/\d+\.html?$/.exec(url.pathname);
  return m?.[1] ? Number(m[1]) : null;
}

export function templateMatches(template: PageTemplate, doc: Document, url: URL): boolean {
  const { host, path, years, selectors, text } = template.match;
  if (host && !host.test(url.hostname)) return false;
  if (path && !path.test(url.pathname)) return false;
  if (years) {
    const year = urlYear(url);
    if (year === null || year < years[0] || year > years[1]) return false;
  }
  if (selectors) for (const s of selectors) if (!doc.querySelector(s)) return false;
  if (text) {
    const [selector, pattern] = text;
    if (!Array.from(doc.querySelectorAll(selector)).some((el) => pattern.test(el.textContent ?? ''))) return false;
  }
  return true;
}

export function selectTemplate(doc: Document, url: URL): PageTemplate | null {
  for (const t of TEMPLATES) if (templateMatches(t, doc, url)) return t;
  return null;
}
