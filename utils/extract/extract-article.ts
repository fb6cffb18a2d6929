/**
 * Extract the article from a taiwan.cn page: classify it, take the body from the template or the `div.TRS_Editor`
 * anchor (Readability where there is none), read the facts around it, and merge the later pages of a long article.
 * Never throws and never changes `doc`: problems come back as `warnings` or a non-article `kind`.
 */
import { type Article, emptyArticle } from '../article';
import { classifyPage, FALLBACK_TEMPLATE, ANCHOR_TEMPLATE } from '../detect/classify-page';
import { canonicalUrl, isBig5GatewayHost, parseUrl } from '../detect/site-hosts';
import { sanitizeHtml } from '../sanitize-html';
import { detectScript } from './detect-script';
import { extractBody, findBodyElement, type PageBody } from './extract-body';
import { extractFacts } from './extract-facts';
import { mergePages } from './merge-pages';
import { readabilityBody } from './readability-body';
import { selectTemplate } from './templates/index';
import { parseReporters, stripSiteSuffix } from './text-patterns';
import { warning } from '../warnings';

export interface ExtractOptions {
  /** Fetch the raw bytes of a later page of a multi-page article; injected (content script: window.fetch; CLI: sibling files). */
  fetchPage?: (url: string, signal: AbortSignal) => Promise<ArrayBuffer>;
  pageTimeoutMs?: number; // default 8000
  maxPages?: number; // default 30
}

/** The decoder's own limit (decode-page-bytes.ts): above it, text is flagged. */
const MAX_REPLACEMENT_SHARE = 0.01;

function replacementShare(paragraphs: readonly string[]): number {
  let all = 0;
  let bad = 0;
  for (const p of paragraphs) {
    all += p.length;
    for (let i = p.indexOf('\ufffd'); i >= 0; i = p.indexOf('\ufffd', i + 1)) bad++;
  }
  return all ? bad / all : 0;
}

function nonArticle(doc: Document, url: string, kind: Article['kind']): Article {
  const article = emptyArticle(url, kind);
  if (kind !== 'other' && doc.title) article.title = stripSiteSuffix(doc.title) || null;
  return article;
}

/** Credit lines sit at the start of the lead, at the end of the text, or under a photo. */
function reportersOf(body: PageBody): string[] {
  const p = body.paragraphs;
  const places = [(p[0] ?? '').slice(0, 120), ...p.slice(-2).map((s) => s.slice(-80))];
  for (const image of body.images) if (image.caption) places.push(image.caption);
  return [...new Set(places.flatMap(parseReporters))];
}

function sanitizedHtml(body: PageBody, doc: Document, warnings: string[]): string {
  try {
    return sanitizeHtml(body.blocks.map((b) => b.html).join('\n'), doc.defaultView ?? undefined);
  } catch (e) {
    warnings.push(warning.notSanitized(e instanceof Error ? e.message : String(e)));
    return '';
  }
}

async function extract(doc: Document, url: string, options: ExtractOptions): Promise<Article> {
  const { kind } = classifyPage(url, doc);
  let canonical = canonicalUrl(url);
  if (kind !== 'article') return nonArticle(doc, canonical, kind);
  const page = parseUrl(canonical);
  const template = page ? selectTemplate(doc, page) : null;
  const bodyElement = findBodyElement(doc, template);
  const warnings: string[] = [];
  let templateId = bodyElement ? (template?.id ?? ANCHOR_TEMPLATE) : FALLBACK_TEMPLATE;
  let body: PageBody | null = bodyElement ? extractBody(bodyElement, template, canonical) : null;
  let fallback: ReturnType<typeof readabilityBody> = null;
  if (!body) {
    fallback = readabilityBody(doc, canonical);
    body = fallback;
    templateId = FALLBACK_TEMPLATE;
  }
  if (!body) {
    const article = nonArticle(doc, canonical, 'other');
    article.warnings.push(warning.noText());
    return article;
  }

  const facts = extractFacts(doc, bodyElement ? template : null, bodyElement, canonical, body.editor);
  warnings.push(...facts.warnings);
  const merged = await mergePages(doc, url, body, bodyElement ? template : null, options);
  if (merged) {
    body = merged.body;
    canonical = canonicalUrl(merged.firstPageUrl);
    warnings.push(...merged.warnings);
  }
  if (!body.paragraphs.length) warnings.push(warning.emptyBody());
  const unreadable = replacementShare(body.paragraphs);
  // The live DOM was decoded by the browser: a wrong charset shows up only as U+FFFD in the text.
  if (unreadable > MAX_REPLACEMENT_SHARE) {
    warnings.push(warning.unreadable((unreadable * 100).toFixed(1)));
  }
  const title = facts.title ?? fallback?.title ?? null;
  const script = detectScript(
    `${title ?? ''}${body.paragraphs.join('')}`,
    isBig5GatewayHost(parseUrl(url)?.hostname ?? ''),
  );
  return {
    kind: 'article',
    template: templateId,
    url: canonical,
    title,
    publishedAt: facts.publishedAt,
    source: facts.source,
    author: facts.author ?? fallback?.byline ?? null,
    reporters: reportersOf(body),
    editor: facts.editor ?? body.editor,
    category: facts.category,
    pageKeywords: facts.pageKeywords,
    description: facts.description,
    script,
    lang: template?.lang ?? (script === 'Hant' ? 'zh-TW' : 'zh-CN'),
    paragraphs: body.paragraphs,
    html: sanitizedHtml(body, doc, warnings),
    images: body.images,
    pages: merged?.pages ?? 1,
    warnings,
  };
}

export async function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Promise<Article> {
  try {
    return await extract(doc, url, options);
  } catch (e) {
    // A page this code cannot handle is still a page: say what failed instead of failing the reader.
    const article = emptyArticle(canonicalUrl(url), 'other');
    article.warnings.push(warning.extractionFailed(e instanceof Error ? e.message : String(e)));
    return article;
  }
}
