/**
 * The article body of one page: the template's container or the `div.TRS_Editor` anchor, copied into an inert
 * document (the live page is never touched, and images in the copy never load), cleaned, and written out.
 */
import { cleanBody } from './clean-body';
import { findFigures } from './find-figures';
import type { PageTemplate } from './templates/page-template';
import { type BodyParts, writeBody } from './write-body';

export interface PageBody extends BodyParts {
  /** The editor named by a line that was removed from the body. */
  editor: string | null;
}

const TRS_BODY = 'div.TRS_Editor';

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/** The body container: the template's own selector, else the largest outermost `div.TRS_Editor`. */
export function findBodyElement(doc: Document, template: PageTemplate | null): Element | null {
  for (const selector of template?.body ?? []) {
    try {
      const el = doc.querySelector(selector);
      if (el && (textLength(el) || el.querySelector('img'))) return el;
    } catch {
      // An invalid template selector: try the anchor.
    }
  }
  let best: Element | null = null;
  let bestLength = -1;
  for (const el of Array.from(doc.querySelectorAll(TRS_BODY))) {
    if (el.parentElement?.closest(TRS_BODY)) continue; // Nested editor divs belong to the outer one.
    const length = textLength(el);
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  return best;
}

/**
 * Node by node with an explicit stack, children before parents: a deep import recurses once per level and overflows
 * on a 5000-deep page, and appending to a node that is already deep makes jsdom check every ancestor (quadratic).
 */
function copyWithoutRecursion(source: Element, inert: Document): Element {
  const copies = new Map<Node, Node>();
  const stack: [Node, boolean][] = [[source, false]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, childrenDone] = item;
    if (!childrenDone) {
      stack.push([node, true]);
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, false]);
      continue;
    }
    const copy = inert.importNode(node, false);
    for (let c = node.firstChild; c; c = c.nextSibling) {
      const child = copies.get(c);
      if (child) copy.appendChild(child);
      copies.delete(c);
    }
    copies.set(node, copy);
  }
  return copies.get(source) as Element;
}

/** One inert document per page, reused: creating a document is one of the dearest DOM calls in Chromium. */
const inertDocs = new WeakMap<Document, Document>();

function inertDocFor(doc: Document): Document {
  let inert = inertDocs.get(doc);
  if (!inert) {
    inert = doc.implementation.createHTMLDocument('');
    inertDocs.set(doc, inert);
  }
  return inert;
}

/** Copy `source` into an inert document: its nodes can be cut freely and its images never fetch. */
export function workingCopy(source: Element): Element {
  const inert = inertDocFor(source.ownerDocument);
  let copy: Element;
  try {
    copy = inert.importNode(source, true);
  } catch {
    copy = copyWithoutRecursion(source, inert);
  }
  // Left detached: attaching a subtree to a document walks it recursively in jsdom, and nothing here needs it attached.
  return copy;
}

export function extractBody(source: Element, template: PageTemplate | null, baseUrl: string): PageBody {
  const root = workingCopy(source);
  const { editor } = cleanBody(root, template?.clean);
  const figures = findFigures(root, baseUrl);
  return { ...writeBody(root, figures, baseUrl), editor };
}
