/**
 * The short text lines around the body, nearest first: the facts of a layout nobody wrote selectors for are in the
 * lines just before the body (time, source, author) and just after it (editor). A line is the text of one block, so
 * `来源：<a>新华网</a>` or a date split over two spans still reads as one line.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const BLOCKS = new Set([
  'P', 'DIV', 'TD', 'TH', 'LI', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'FOOTER', 'SECTION',
  'ARTICLE', 'MAIN', 'ASIDE', 'NAV', 'BODY', 'TABLE', 'TR', 'UL', 'OL', 'FORM', 'CENTER', 'BLOCKQUOTE',
]); // prettier-ignore
/** Far enough to pass a breadcrumb, title and info rows; near enough to stay off sidebars and footers. */
const MAX_LINES = 60;

/** Text worth reading as a line: not inside script or style, not blank. No TreeWalker filter callback: calling back
 * into script for every node is what makes a walker slow in Chromium. */
function isLineText(node: Node): boolean {
  const parent = node.parentElement;
  return !(parent && SKIP.has(parent.tagName)) && !!(node.nodeValue ?? '').trim();
}

function blockOf(node: Node): Node | null {
  let el = node.parentElement;
  while (el && !BLOCKS.has(el.tagName)) el = el.parentElement;
  return el;
}

/** Collects text nodes into lines, one per block, in the order they are added. */
class LineBuilder {
  readonly lines: string[] = [];
  private block: Node | null = null;

  constructor(private readonly backwards = false) {}

  add(node: Node): void {
    const block = blockOf(node);
    const text = node.nodeValue ?? '';
    const last = this.lines.length - 1;
    if (block === this.block && last >= 0) {
      this.lines[last] = this.backwards ? text + this.lines[last] : this.lines[last] + text;
    } else this.lines.push(text);
    this.block = block;
  }
}

/**
 * Text lines before `anchor`, nearest first (walking backwards from it, so the cost does not grow with the page);
 * without an anchor, the top of the page in document order.
 */
export function linesBefore(doc: Document, anchor: Element | null): string[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  if (anchor && root.contains(anchor)) {
    const out = new LineBuilder(true);
    walker.currentNode = anchor;
    for (let n = walker.previousNode(); n && out.lines.length <= MAX_LINES; n = walker.previousNode()) {
      if (isLineText(n)) out.add(n);
    }
    return out.lines.slice(0, MAX_LINES);
  }
  const out = new LineBuilder();
  for (let n = walker.nextNode(); n && out.lines.length <= MAX_LINES * 4; n = walker.nextNode()) {
    if (isLineText(n)) out.add(n);
  }
  return out.lines;
}

/** Text lines after the end of `anchor`, in document order. */
export function linesAfter(doc: Document, anchor: Element): string[] {
  let start: Node | null = anchor;
  while (start && !start.nextSibling) start = start.parentNode;
  start = start?.nextSibling ?? null;
  const root = doc.body ?? doc.documentElement;
  if (!start || !root) return [];
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  walker.currentNode = start;
  const out = new LineBuilder();
  // The start node itself may be a text node: the walker's nextNode() would skip it.
  if (start.nodeType === 3 && isLineText(start)) out.add(start);
  for (let n = walker.nextNode(); n && out.lines.length <= MAX_LINES; n = walker.nextNode()) {
    if (isLineText(n)) out.add(n);
  }
  return out.lines;
}
