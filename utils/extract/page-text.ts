/**
 * The short text lines around the body, nearest first: the facts of a layout nobody wrote selectors for are in the
 * lines just before the body (time, source, author) and just after it (editor).
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** Far enough to pass a breadcrumb, title and info rows; near enough to stay off sidebars and footers. */
const MAX_LINES = 60;

function acceptText(node: Node): number {
  const parent = node.parentElement;
  if (parent && SKIP.has(parent.tagName)) return 2; // NodeFilter.FILTER_REJECT
  return (node.nodeValue ?? '').trim() ? 1 : 3; // FILTER_ACCEPT : FILTER_SKIP
}

/** Text lines before `anchor`, nearest first; without an anchor, the top of the page in document order. */
export function linesBefore(doc: Document, anchor: Element | null): string[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */, { acceptNode: acceptText });
  const lines: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (anchor && (anchor.contains(n) || anchor.compareDocumentPosition(n) & 4) /* FOLLOWING */) break;
    lines.push(n.nodeValue ?? '');
    if (!anchor && lines.length >= MAX_LINES * 4) break;
  }
  return anchor ? lines.slice(-MAX_LINES).reverse() : lines;
}

/** Text lines after the end of `anchor`, in document order. */
export function linesAfter(doc: Document, anchor: Element): string[] {
  let start: Node | null = anchor;
  while (start && !start.nextSibling) start = start.parentNode;
  start = start?.nextSibling ?? null;
  const root = doc.body ?? doc.documentElement;
  if (!start || !root) return [];
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */, { acceptNode: acceptText });
  walker.currentNode = start;
  const lines: string[] = [];
  // The start node itself may be a text node: the walker's nextNode() would skip it.
  if (start.nodeType === 3 && acceptText(start) === 1) lines.push(start.nodeValue ?? '');
  for (let n = walker.nextNode(); n && lines.length < MAX_LINES; n = walker.nextNode()) lines.push(n.nodeValue ?? '');
  return lines;
}
