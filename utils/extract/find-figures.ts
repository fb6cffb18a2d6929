/**
 * Images of the body and their captions, in the two shapes the site uses: a centred paragraph holding only the image
 * with the caption in the next centred paragraph (or after a `<br>` in the same one), and the newer editor's
 * `div.img_wrapper > img + span.img_descr`.
 */
import { normalizeText } from './text-patterns';

export interface Figure {
  src: string;
  alt: string;
  caption: string | null;
  /** An image inside a text paragraph: written as a bare `<img>` in the running text. */
  inline: boolean;
}

export interface Figures {
  /** Element to write as one `<figure>` in place of its subtree. */
  hosts: Map<Element, Figure>;
  /** Caption elements: written inside their figure, never as body paragraphs. */
  captions: Set<Element>;
}

const MAX_CAPTION = 150;
const HOST_BLOCKS = new Set(['P', 'DIV', 'CENTER', 'FIGURE', 'SPAN', 'A', 'STRONG', 'B', 'FONT']);

export function absoluteUrl(href: string | null, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function isCentred(el: Element): boolean {
  if (el.tagName === 'CENTER' || el.parentElement?.tagName === 'CENTER') return true;
  if ((el.getAttribute('align') ?? '').toLowerCase() === 'center') return true;
  return /text-align\s*:\s*center/i.test(el.getAttribute('style') ?? '');
}

const textOf = (el: Element): string => normalizeText(el.textContent ?? '');

/** The outermost ancestor below `root` whose only content is this image (wrapping spans and links included). */
function imageOnlyHost(img: Element, root: Element): Element {
  let host: Element = img;
  for (let p = img.parentElement; p && p !== root && HOST_BLOCKS.has(p.tagName); p = p.parentElement) {
    if (textOf(p) || p.querySelectorAll('img').length > 1) break;
    host = p;
  }
  return host;
}

function nextElement(el: Element): Element | null {
  let next = el.nextElementSibling;
  // Editors leave empty paragraphs between an image and its caption.
  while (next && !textOf(next) && !next.querySelector('img')) next = next.nextElementSibling;
  return next;
}

export function findFigures(root: Element, baseUrl: string): Figures {
  const hosts = new Map<Element, Figure>();
  const captions = new Set<Element>();
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = absoluteUrl(img.getAttribute('src'), baseUrl);
    if (!src) {
      img.remove();
      continue;
    }
    const alt = normalizeText(img.getAttribute('alt') ?? '');
    const wrapper = img.closest('.img_wrapper');
    if (wrapper && root.contains(wrapper)) {
      const descr = wrapper.querySelector('.img_descr');
      hosts.set(wrapper, { src, alt, caption: descr ? textOf(descr) || null : null, inline: false });
      continue;
    }
    const host = imageOnlyHost(img, root);
    const block = host.tagName === 'P' || host.tagName === 'DIV' || host.tagName === 'CENTER' ? host : null;
    if (block || host.parentElement === root) {
      const next = nextElement(host);
      const isCaption =
        next && isCentred(next) && !next.querySelector('img') && textOf(next).length <= MAX_CAPTION && textOf(next);
      if (next && isCaption) captions.add(next);
      hosts.set(host, { src, alt, caption: next && isCaption ? textOf(next) : null, inline: false });
      continue;
    }
    // `<p align=center><img><br>caption</p>`: the caption shares the image's paragraph.
    const para = img.closest('p, div, center');
    if (para && para !== root && root.contains(para) && isCentred(para) && para.querySelectorAll('img').length === 1) {
      const caption = textOf(para);
      if (caption.length <= MAX_CAPTION) {
        hosts.set(para, { src, alt, caption: caption || null, inline: false });
        continue;
      }
    }
    hosts.set(img, { src, alt, caption: null, inline: true });
  }
  return { hosts, captions };
}
