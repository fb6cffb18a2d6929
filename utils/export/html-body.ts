/**
 * The body of a saved HTML copy: the article HTML sanitized, its images swapped for inlined data URIs, and every
 * image that could not be inlined replaced by a note with its original link (the copy's CSP blocks remote images).
 */
import type { Article } from '../article';
import { sanitizeHtml } from '../sanitize-html';
import type { CopyLabels } from './copy-labels';
import { absoluteHttpUrl } from './markdown-converter';

function imageNote(doc: Document, src: string, alt: string, labels: CopyLabels): HTMLElement {
  const note = doc.createElement('p');
  const small = doc.createElement('small');
  const link = doc.createElement('a');
  link.setAttribute('href', src);
  link.textContent = src;
  small.append(alt ? `[${alt}] ${labels.imageNotSaved}` : labels.imageNotSaved, link);
  note.append(small);
  return note;
}

const INLINE_RASTER = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,/i;

/** A browser window or a jsdom one: both carry their own DOMParser and XMLSerializer. */
type DomWindow = Window & { DOMParser: typeof DOMParser; XMLSerializer: typeof XMLSerializer };

/** Replace an image by `note` (or nothing); a paragraph cannot hold a paragraph, so the note follows its block. */
function dropImage(img: Element, note: HTMLElement | null): void {
  const block = img.closest('p, figure');
  if (!block) {
    if (note) img.replaceWith(note);
    else img.remove();
    return;
  }
  if (note) block.after(note);
  img.remove();
  // The centred paragraph that only held the image would be left as a blank gap.
  if (!block.textContent?.trim() && !block.querySelector('img')) block.remove();
}

/** Inline what was fetched; every other image becomes a visible note. Returns the body as sanitized HTML. */
export function copyBodyHtml(article: Article, images: Map<string, string>, labels: CopyLabels, win: Window): string {
  const dom = win as DomWindow;
  // A DOMParser document is inert (no script runs, no image loads), so the raw HTML may be rearranged there first;
  // the sanitizer runs last, on the finished body, so nothing added here escapes it.
  const doc = new dom.DOMParser().parseFromString(`<!doctype html><body>${article.html}`, 'text/html');
  for (const link of Array.from(doc.body.querySelectorAll('a[href]'))) {
    const href = absoluteHttpUrl(link.getAttribute('href'), article.url);
    if (href) link.setAttribute('href', href);
    else link.removeAttribute('href');
  }
  for (const img of Array.from(doc.body.querySelectorAll('img'))) {
    const raw = img.getAttribute('src')?.trim() ?? '';
    // Already inline: kept when it is a raster image the sanitizer accepts; an SVG could carry script.
    if (INLINE_RASTER.test(raw)) continue;
    const src = absoluteHttpUrl(raw, article.url);
    const inlined = src ? (images.get(src) ?? images.get(raw)) : undefined;
    if (src && inlined) {
      img.setAttribute('src', inlined);
      img.setAttribute('title', src);
    } else {
      const alt = img.getAttribute('alt')?.trim() ?? '';
      dropImage(img, src ? imageNote(doc, src, alt, labels) : null);
    }
  }
  const serializer = new dom.XMLSerializer();
  const serialized = Array.from(doc.body.childNodes, (node) => serializer.serializeToString(node)).join('');
  // What is written to disk is exactly what the one sanitizer let through.
  return sanitizeHtml(serialized, win);
}
