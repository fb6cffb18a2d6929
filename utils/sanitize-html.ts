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

function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported)
    throw new Error('This DOM cannot run the sanitizer; refusing to pass HTML through unsanitized.');
  purify.addHook('afterSanitizeAttributes', (node) => {
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
  });
  instances.set(win, purify);
  return purify;
}

function defaultWindow(win?: Window): Window {
  const w = win ?? (globalThis as { window?: Window }).window;
  if (!w) throw new Error('No DOM window to sanitize with.');
  return w;
}

// Removing an element but keeping its content can leave a tree the HTML parser would never build (a <p> inside a
// <p>), whose serialization parses differently. Sanitizing the output again reaches a fixed point, almost always on
// the second pass; the bound keeps a pathological input from looping.
const MAX_PASSES = 4;

/** Sanitize to a string, for Article.html and saved copies. Sanitizing the result again changes nothing. */
export function sanitizeHtml(html: string, win?: Window): string {
  const purify = purifierFor(defaultWindow(win));
  let out = html;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = purify.sanitize(out, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Replace the children of `target` with the sanitized `html`: the only sanctioned way to render page HTML. */
export function renderSanitizedHtml(target: Element, html: string): void {
  const win = target.ownerDocument.defaultView ?? undefined;
  const fragment = purifierFor(defaultWindow(win)).sanitize(sanitizeHtml(html, win), {
    ...CONFIG,
    RETURN_DOM_FRAGMENT: true,
  });
  target.replaceChildren(fragment);
}
