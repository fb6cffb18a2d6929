/**
 * Put a multi-page article back together: every page's body in page order, without the paragraphs and images a later
 * page repeats. What could not be read is named in a warning; the reader still gets every page that was read.
 */
import { extractBody, findBodyElement, type PageBody } from './extract-body';
import { fetchLaterPages, findPagePlan, MAX_PAGES } from './multi-page';
import type { PageTemplate } from './templates/page-template';
import { canonicalUrl } from '../detect/site-hosts';
import { warning } from '../warnings';

export interface MergedPages {
  body: PageBody;
  pages: number;
  firstPageUrl: string;
  warnings: string[];
}

const DEFAULT_TIMEOUT_MS = 8000;

function domParser(doc: Document): DOMParser | null {
  const Parser = doc.defaultView?.DOMParser ?? (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  return Parser ? new Parser() : null;
}

/** Duplicates are only looked for across pages: a paragraph repeated within one page is the author's choice. */
function merge(bodies: PageBody[]): PageBody {
  const earlier = new Set<string>();
  const imageSrcs = new Set<string>();
  const out: PageBody = { blocks: [], paragraphs: [], images: [], editor: null };
  for (const body of bodies) {
    out.blocks.push(...body.blocks.filter((b) => !b.key || !earlier.has(b.key)));
    out.paragraphs.push(...body.paragraphs.filter((p) => !earlier.has(p)));
    out.images.push(...body.images.filter((i) => !imageSrcs.has(i.src)));
    for (const b of body.blocks) if (b.key) earlier.add(b.key);
    for (const p of body.paragraphs) earlier.add(p);
    for (const i of body.images) imageSrcs.add(i.src);
    out.editor ??= body.editor;
  }
  return out;
}

export async function mergePages(
  doc: Document,
  url: string,
  current: PageBody,
  template: PageTemplate | null,
  options: {
    fetchPage?: (url: string, signal: AbortSignal) => Promise<ArrayBuffer>;
    pageTimeoutMs?: number;
    maxPages?: number;
  },
): Promise<MergedPages | null> {
  const plan = findPagePlan(doc, url, options.maxPages ?? MAX_PAGES);
  if (!plan) return null;
  const warnings: string[] = [];
  if (plan.total > plan.count) warnings.push(warning.pagesCapped(plan.count, plan.total));
  const parser = domParser(doc);
  if (!options.fetchPage || !parser) {
    warnings.push(warning.onePageOnly(plan.total, plan.current + 1));
    return { body: current, pages: plan.total, firstPageUrl: plan.urls[0] ?? url, warnings };
  }
  const fetched = await fetchLaterPages(
    plan,
    options.fetchPage,
    parser,
    options.pageTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    (d, u) => {
      const el = findBodyElement(d, template);
      return el ? extractBody(el, template, canonicalUrl(u)) : null;
    },
  );
  const bodies: PageBody[] = [];
  let currentPlaced = false;
  for (const page of fetched) {
    if (!currentPlaced && page.index > plan.current) {
      bodies.push(current);
      currentPlaced = true;
    }
    if (page.value) bodies.push(page.value);
    else warnings.push(warning.pageFailed(page.index + 1, plan.total, page.url, page.error ?? 'no article body on it'));
  }
  if (!currentPlaced) bodies.push(current);
  return { body: merge(bodies), pages: plan.total, firstPageUrl: plan.urls[0] ?? url, warnings };
}
