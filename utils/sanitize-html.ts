/**
 * The one sanitizer. Every piece of page-derived HTML passes through here before it is rendered or saved, and this is
 * the only module allowed to put HTML into a document (a check in `npm test` enforces that).
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'code',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'figure',
  'figcaption',
  'img',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'span',
  'div',
  'mark',
  'small',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'lang'];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Whole subtrees whose text is never article text.
  FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'select'],
  KEEP_CONTENT: true,
};

const LINK_URL = /^https?:\/\//i;
// SVG is left out on purpose: an image format that can carry script is not worth the risk in saved copies.
const IMAGE_URL = /^(?:https?:\/\/|data:image\/(?:png|jpe?g|gif|webp|avif);base64,)/i;

const instances = new WeakMap<object, DOMPurify>();

function keepOnlySafeAddresses(node: Node): void {
  const el = node as Element;
  // Addresses only where they mean something: a link's href, an image's src.
  if (el.tagName !== 'A') el.removeAttribute('href');
  if (el.tagName !== 'IMG') el.removeAttribute('src');
  if (el.tagName === 'A') {
    const href = (el.getAttribute('href') ?? '').trim();
    if (!LINK_URL.test(href)) el.removeAttribute('href');
    else el.setAttribute('href', href);
  }
  if (el.tagName === 'IMG') {
    const src = (el.getAttribute('src') ?? '').trim();
    if (!IMAGE_URL.test(src)) el.removeAttribute('src');
    else el.setAttribute('src', src);
  }
}

/** One configured instance per window (the page's, jsdom's in Node). */
function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported)
    throw new Error('This DOM cannot run the sanitizer; refusing to pass HTML through unsanitized.');
  // The configuration is parsed once here, not on every call: extraction sanitizes every page, and parsing the
  // allowlists again each time cost about as much as the sanitizing itself.
  purify.setConfig({ ...CONFIG, RETURN_TRUSTED_TYPE: false });
  purify.addHook('afterSanitizeAttributes', keepOnlySafeAddresses);
  instances.set(win, purify);
  return purify;
}

function defaultWindow(win?: Window): Window {
  const w = win ?? (globalThis as { window?: Window }).window;
  if (!w) throw new Error('No DOM window to sanitize with.');
  return w;
}

// Removing an element but keeping its content can leave a tree the HTML parser would never build (a <p> inside a
// <p>), whose serialization parses differently. When a pass removed an element, the output is sanitized again until
// it stops changing (almost always on the second pass); the bound keeps a pathological input from looping. A pass that
// removed only attributes leaves a tree the parser built, so its output is already stable.
const MAX_PASSES = 4;

/** Sanitize to a string, for Article.html and saved copies. Sanitizing the result again changes nothing. */
export function sanitizeHtml(html: string, win?: Window): string {
  const purify = purifierFor(defaultWindow(win));
  let out = html;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = purify.sanitize(out) as unknown as string;
    const removedElements = purify.removed.some((r) => 'element' in r);
    if (next === out || !removedElements) return next;
    out = next;
  }
  return out;
}

/** Replace the children of `target` with the sanitized `html`: the only sanctioned way to render page HTML. */
export function renderSanitizedHtml(target: Element, html: string): void {
  const doc = target.ownerDocument;
  // `safe` is a fixed point of the sanitizer, so parsing it builds exactly the tree the sanitizer accepted; an inert
  // <template> parses it without running or loading anything.
  const safe = sanitizeHtml(html, doc.defaultView ?? undefined);
  const template = doc.createElement('template');
  template.innerHTML = safe;
  target.replaceChildren(template.content);
}
