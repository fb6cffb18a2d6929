/**
 * The head of an article card (title, meta line, category) carried in the popup's own address.
 *
 * The worker knows the article long before the reader clicks, so it writes the card's head into the tab's popup URL
 * (popup.html?tabId=N&title=…). A classic script at the end of the popup's body then puts the head into the document
 * while it is still being parsed: the title is there before Preact, the polyfill or a storage read have loaded, and
 * before Chromium shows the popup (it waits for the document's load event). Preact renders the same markup
 * (components/popup/card-head.tsx) and takes the nodes over; a unit test keeps the two identical.
 *
 * No polyfill here and no HTML: the text is the page's, so it only ever goes in through textContent.
 */
import type { Article } from './article';

export interface PopupPreview {
  title: string;
  /** time · source · editor, already in the UI language. */
  meta: string;
  /** Breadcrumb joined with › ('' when the page has none). */
  category: string;
  /** The article's language, for the card's lang attribute. */
  lang: string;
}

// A URL is no place for a whole article; these bound what a hostile page can put there.
const MAX_TITLE = 200;
const MAX_META = 200;
const MAX_CATEGORY = 100;

export const CATEGORY_SEPARATOR = ' › ';

// A language tag, nothing else: the address is the page's to fill.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** The preview of an article, or null for a page without a title to show. */
export function previewOf(article: Article, metaLine: string): PopupPreview | null {
  if (article.kind !== 'article' || !article.title) return null;
  return {
    title: article.title.slice(0, MAX_TITLE),
    meta: metaLine.slice(0, MAX_META),
    category: article.category.join(CATEGORY_SEPARATOR).slice(0, MAX_CATEGORY),
    lang: article.lang,
  };
}

/** The tab's popup path: always its tab id, and the card's head once the worker has the article. */
export function popupPath(tabId: number, preview: PopupPreview | null): string {
  const query = new URLSearchParams({ tabId: String(tabId) });
  if (preview) {
    query.set('title', preview.title);
    query.set('meta', preview.meta);
    if (preview.category) query.set('category', preview.category);
    query.set('lang', preview.lang);
  }
  return `popup.html?${query.toString()}`;
}

/** The preview in a popup's address (location.search), or null when it carries none. */
export function readPopupPreview(search: string): PopupPreview | null {
  const query = new URLSearchParams(search);
  const title = query.get('title');
  if (!title) return null;
  const lang = query.get('lang');
  return {
    title: title.slice(0, MAX_TITLE),
    meta: (query.get('meta') ?? '').slice(0, MAX_META),
    category: (query.get('category') ?? '').slice(0, MAX_CATEGORY),
    lang: lang && LANGUAGE_TAG.test(lang) ? lang : 'zh-CN',
  };
}

function element(doc: Document, tag: string, attributes: Record<string, string>, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Put the card's head into `root`, followed by the skeleton of the analysis still to come, as the popup's Preact
 * view renders them for the same preview. `analysingLabel` names the skeleton for screen readers.
 */
export function paintPreview(root: Element, preview: PopupPreview, analysingLabel: string): void {
  const doc = root.ownerDocument;
  const card = element(doc, 'article', { class: 'card', lang: preview.lang });
  card.append(element(doc, 'h1', { 'data-testid': 'title' }, preview.title));
  card.append(element(doc, 'p', { class: 'meta', 'data-testid': 'meta' }, preview.meta));
  if (preview.category) card.append(element(doc, 'p', { class: 'category' }, preview.category));
  const analysis = element(doc, 'section', { class: 'analysis', 'aria-live': 'polite' });
  const skeleton = element(doc, 'div', { class: 'skeleton', 'aria-label': analysingLabel });
  skeleton.append(element(doc, 'span', {}), element(doc, 'span', {}), element(doc, 'span', { class: 'short' }));
  analysis.append(skeleton);
  card.append(analysis);
  root.replaceChildren(card);
}
