/**
 * Strip what is not article text from a working copy of the body (never the live page): markup that carries no text,
 * the template's own clutter, boilerplate rows (字号, 分享到, 纠错, ad labels), editor lines and related-link tails.
 */
import { EDITOR_LINE, EDITOR_TAIL, normalizeText, parseEditor } from './text-patterns';

const NO_TEXT =
  'script, style, noscript, template, iframe, object, embed, form, input, button, select, textarea, link, meta, svg';
const BLOCKISH = 'p, div, span, td, li, a, font, strong, b, center, section, h2, h3, h4, h5, h6';
/** Boilerplate is short: a long block that happens to contain one of these words is still body text. */
const MAX_BOILERPLATE = 80;
/** Raw text (with the page's indentation and line breaks) longer than this is prose, not a boilerplate row. */
const MAX_RAW = 400;
const BOILERPLATE = [
  /^(?:字号|字號)\s*[:：]?\s*[小中大\s]*$/,
  /^(?:分享到|分享至)/,
  /(?:纠错|糾錯)/,
  /^ad\d+_\d+\*\d+$/i,
  /^(?:中国台湾网|中國臺灣網)移动版$/,
  /^[【[]?(?:打印|列印|关闭|關閉|打印本页|关闭窗口|關閉窗口|收藏)[】\]]?(?:\s*[【[]?(?:打印|列印|关闭|關閉|收藏)[】\]]?)*$/,
  /……\s*[<＜《]\s*(?:详细|詳細)\s*[>＞》]$/,
  /^(?:投稿邮箱|投稿郵箱|联系电话|聯繫電話|聯系電話)\s*[:：]/,
];
const RELATED =
  /^[【[]?\s*(?:相关新闻|相關新聞|相关阅读|相關閱讀|相关链接|相關鏈接|延伸阅读|延伸閱讀|Related(?: News| Stories)?)\s*[】\]]?\s*[:：]?/i;

const RELATED_WORD = /相关|相關|延伸|Related/i;

export interface CleanResult {
  /** The editor named by a line removed from the body. */
  editor: string | null;
}

function isBoilerplate(text: string): boolean {
  return text.length <= MAX_BOILERPLATE && BOILERPLATE.some((re) => re.test(text));
}

/** Text outside links: a block of only links (or nothing) is a link list, not prose. */
function textOutsideLinks(el: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) text += c.nodeValue ?? '';
      else if (c.nodeType === 1 && (c as Element).tagName !== 'A') walk(c);
    }
  };
  walk(el);
  return normalizeText(text);
}

function isLinkListOrBlank(node: Node): boolean {
  if (node.nodeType === 3) return !(node.nodeValue ?? '').trim();
  if (node.nodeType !== 1) return true;
  const el = node as Element;
  if (el.querySelector('img')) return false;
  return textOutsideLinks(el).replace(/[、，,;；|｜·•\s-]/g, '').length === 0;
}

/** Raw text length of every element, children before parents: one pass, where asking each element is quadratic. */
function textLengths(root: Element): Map<Element, number> {
  const lengths = new Map<Element, number>();
  const all = root.querySelectorAll('*');
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i] as Element;
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      n += c.nodeType === 3 ? (c.nodeValue ?? '').length : c.nodeType === 1 ? (lengths.get(c as Element) ?? 0) : 0;
    }
    lengths.set(el, n);
  }
  return lengths;
}

/** A block whose only content is one block-ish child: the child says the same, and is visited itself. */
function isPlainWrapper(el: Element): boolean {
  const only = el.firstElementChild;
  if (!only || only !== el.lastElementChild || !only.matches(BLOCKISH)) return false;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return false;
  return true;
}

/**
 * Visit the short block-ish elements in document order. Long ones are prose and are skipped before their text is
 * read; when `visit` removes an element, its descendants are skipped with it. `skipWrappers` leaves out blocks whose
 * only content is one block-ish child (the child says the same): without it a 5000-deep chain is read 5000 times.
 */
function forShortBlocks(root: Element, visit: (el: Element, raw: string) => boolean, skipWrappers: boolean): void {
  const lengths = textLengths(root);
  const list = root.querySelectorAll(BLOCKISH);
  for (let i = 0; i < list.length; i++) {
    const el = list[i] as Element;
    if ((lengths.get(el) ?? 0) > MAX_RAW || (skipWrappers && isPlainWrapper(el))) continue;
    if (visit(el, el.textContent ?? '')) i += el.querySelectorAll(BLOCKISH).length;
  }
}

/** "相关新闻：" then paragraphs that are only links: the heading and the links after it go. */
function removeRelatedTail(el: Element, raw: string): boolean {
  if (!RELATED_WORD.test(raw) || !RELATED.test(normalizeText(raw))) return false;
  if (textOutsideLinks(el).replace(RELATED, '').length > 12) return false; // A sentence starting with the word is prose.
  let next = el.nextSibling;
  el.remove();
  while (next && isLinkListOrBlank(next)) {
    const after: ChildNode | null = next.nextSibling;
    next.parentNode?.removeChild(next);
    next = after;
  }
  return true;
}

export function cleanBody(root: Element, extraSelectors: readonly string[] = []): CleanResult {
  for (const el of Array.from(root.querySelectorAll(NO_TEXT))) el.remove();
  for (const selector of extraSelectors) {
    try {
      for (const el of Array.from(root.querySelectorAll(selector))) el.remove();
    } catch {
      // An invalid template selector must not cost the reader the article.
    }
  }
  let editor: string | null = null;
  forShortBlocks(
    root,
    (el, raw) => {
      const text = normalizeText(raw);
      if (EDITOR_LINE.test(text)) editor ??= parseEditor(text);
      else if (!isBoilerplate(text)) return false;
      el.remove();
      return true;
    },
    true,
  );
  // An editor credit glued to the end of the last paragraph: cut it out of its text node.
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const value = n.nodeValue ?? '';
    const m = EDITOR_TAIL.exec(value);
    if (m) {
      editor ??= parseEditor(m[0]);
      n.nodeValue = value.slice(0, m.index);
    }
  }
  // Not skipping wrappers here: the heading's own block (`<p><strong>相关新闻：</strong></p>`) has the links after it.
  if (RELATED_WORD.test(root.textContent ?? '')) forShortBlocks(root, removeRelatedTail, false);
  return { editor };
}
