/**
 * Changes the already-sanitized body in place for reading: converts its text between scripts and marks keywords.
 * Only text nodes are touched and new nodes are built with createElement, so nothing here can introduce markup.
 */

// NodeFilter.SHOW_TEXT, written out so the code runs on any DOM (jsdom in tests exposes no global NodeFilter).
const SHOW_TEXT = 0x4;

function textNodes(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

export function convertText(root: Element, convert: (s: string) => string): void {
  for (const node of textNodes(root)) {
    const next = convert(node.data);
    if (next !== node.data) node.data = next;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// An English keyword matches whole words only ("AI" is not the "ai" of "said"), and in any case: the English edition's
// keywords are shown in lower case unless they are names ("oolong" marks the "Oolong" that opens a sentence).
const LATIN_EDGE = /[A-Za-z0-9]/;
function keywordPattern(word: string): string {
  const start = LATIN_EDGE.test(word[0]!) ? '\\b' : '';
  const end = LATIN_EDGE.test(word.at(-1)!) ? '\\b' : '';
  return `${start}${escapeRegExp(word)}${end}`;
}

/** Wrap every occurrence of the keywords in `<mark>`; longer keywords win where two overlap. */
export function highlightKeywords(root: Element, keywords: string[]): number {
  const words = keywords.filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  if (words.length === 0) return 0;
  const pattern = new RegExp(words.map(keywordPattern).join('|'), 'gi');
  let count = 0;
  for (const node of textNodes(root)) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const doc = node.ownerDocument;
    const fragment = doc.createDocumentFragment();
    let last = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m.index > last) fragment.append(text.slice(last, m.index));
      const mark = doc.createElement('mark');
      mark.textContent = m[0];
      fragment.append(mark);
      last = m.index + m[0].length;
      count++;
    }
    if (last < text.length) fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  return count;
}
