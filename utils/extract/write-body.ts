/**
 * Write the cleaned body as plain, allowlisted HTML and as paragraphs in one pass. Building the string ourselves keeps
 * page attributes, classes and inline styles out and puts no markup into any document; the result still goes through
 * the one sanitizer before anyone sees it.
 */
import type { ArticleImage } from '../article';
import { absoluteUrl, type Figure, type Figures } from './find-figures';

/** One piece of the body's HTML; `key` names a whole paragraph (its text) or figure (its image) for de-duplication. */
export interface BodyBlock {
  html: string;
  key: string | null;
}

export interface BodyParts {
  blocks: BodyBlock[];
  paragraphs: string[];
  images: ArticleImage[];
}

const BLOCK_TAGS = [
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE',
  'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CENTER', 'SECTION', 'ARTICLE', 'FIGURE', 'HR', 'ADDRESS', 'HEADER',
  'FOOTER', 'MAIN', 'ASIDE', 'NAV',
]; // prettier-ignore
const BLOCK = new Set(BLOCK_TAGS);
const TEXT_BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'DT', 'DD', 'ADDRESS']);
const WRAPPERS: Record<string, string> = {
  UL: 'ul', OL: 'ol', DL: 'dl', BLOCKQUOTE: 'blockquote', TABLE: 'table', THEAD: 'thead', TBODY: 'tbody', TFOOT: 'tfoot',
}; // prettier-ignore
const INLINE_KEEP: Record<string, string> = {
  STRONG: 'strong',
  B: 'strong',
  EM: 'em',
  I: 'em',
  U: 'u',
  SUB: 'sub',
  SUP: 'sup',
};

/** Nesting deeper than any real article body; beyond it the writer stops recursing (see `flat`). */
const MAX_DEPTH = 200;

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** One paragraph being written: its HTML and its text lines (a `<br>` starts a new line). */
class Line {
  html = '';
  lines: string[] = [];
  images = 0;
  /** Lines that opened with the ideographic indent: in `<br>`-separated bodies (2009-2012) those are paragraphs. */
  indented = 0;
  private current = '';
  private atStart = true;

  text(raw: string): void {
    let t = raw.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
    // The two ideographic spaces that indent every paragraph are layout, not text.
    if (this.atStart) {
      const bare = t.replace(/^[\s\u3000]+/, '');
      if (bare && /^\s*\u3000/.test(t)) this.indented++;
      t = bare;
    }
    if (!t) return;
    this.atStart = false;
    this.html += escapeText(t);
    this.current += t;
  }

  raw(html: string): void {
    this.html += html;
  }

  br(): void {
    if (this.current.trim()) this.html += '<br>';
    this.endLine();
  }

  endLine(): void {
    const t = this.current.trim();
    if (t) this.lines.push(t);
    this.current = '';
    this.atStart = true;
  }

  finish(): string {
    this.endLine();
    return this.html.replace(/(?:[\s\u3000]|<br>)+$/, '').replace(/^(?:\s|<br>)+/, '');
  }

  /** Every line its own paragraph when each was indented like one; else one block with its line breaks. */
  paragraphHtml(inner: string): string[] {
    if (this.lines.length < 2 || this.indented < this.lines.length || this.images) return [inner];
    return inner.split('<br>');
  }
}

class BodyWriter {
  readonly html: BodyBlock[] = [];
  readonly paragraphs: string[] = [];
  readonly images: ArticleImage[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly figures: Figures,
    private readonly baseUrl: string,
  ) {}

  /** Elements with a block somewhere below them, found in one pass: asking each element would be quadratic. */
  private readonly holdsBlocks = new Set<Element>();

  markBlocks(root: Element): void {
    // querySelectorAll, not getElementsByTagName: jsdom's HTMLCollection makes every index lookup a named-item search.
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (!BLOCK.has(el.tagName) || el.tagName === 'TD' || el.tagName === 'TH') continue;
      for (let p = el.parentElement; p && p !== root && !this.holdsBlocks.has(p); p = p.parentElement) {
        this.holdsBlocks.add(p);
      }
    }
  }

  private isBlockish(el: Element): boolean {
    const fig = this.figures.hosts.get(el);
    if (fig) return !fig.inline;
    return BLOCK.has(el.tagName) || this.figures.captions.has(el) || this.holdsBlocks.has(el);
  }

  container(el: Element, depth = 0): void {
    let run: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1 && this.isBlockish(c as Element)) {
        this.unit('p', run, depth);
        run = [];
        this.block(c as Element, depth + 1);
      } else run.push(c);
    }
    this.unit('p', run, depth);
  }

  private hasBlocks(el: Element): boolean {
    return this.holdsBlocks.has(el);
  }

  private block(el: Element, depth: number): void {
    if (depth > MAX_DEPTH) return this.flat(el);
    if (this.figures.captions.has(el)) return;
    const fig = this.figures.hosts.get(el);
    if (fig) return this.figure(fig);
    const tag = el.tagName;
    const wrapper = WRAPPERS[tag];
    if (wrapper || tag === 'LI') {
      if (tag === 'LI' && !this.hasBlocks(el)) return this.unit('li', Array.from(el.childNodes), depth);
      const mark = this.html.length;
      this.html.push({ html: `<${wrapper ?? 'li'}>`, key: null });
      this.container(el, depth);
      if (this.html.length === mark + 1) this.html.length = mark;
      else this.html.push({ html: `</${wrapper ?? 'li'}>`, key: null });
    } else if (tag === 'TR') this.row(el, depth);
    else if (tag === 'HR') return;
    else if (this.hasBlocks(el)) this.container(el, depth);
    else {
      const out = tag === 'H1' ? 'h2' : TEXT_BLOCKS.has(tag) ? tag.toLowerCase() : 'p';
      this.unit(out, Array.from(el.childNodes), depth);
    }
  }

  /**
   * Past MAX_DEPTH the tree is read flat, without recursion: a 5000-deep page (jsdom has no parser depth cap; Chromium
   * stops at 512) must not overflow the stack. Lines still break at blocks and `<br>`; inline marks are dropped.
   */
  private flat(el: Element): void {
    const line = new Line();
    const walker = el.ownerDocument.createTreeWalker(el, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
      if (n.nodeType === 3) line.text(n.nodeValue ?? '');
      else if (BLOCK.has((n as Element).tagName) || (n as Element).tagName === 'BR') line.br();
    }
    const inner = line.finish();
    if (!line.lines.length) return;
    this.html.push({ html: `<p>${inner}</p>`, key: line.lines.join('\n') });
    this.paragraphs.push(...line.lines);
  }

  private unit(tag: string, nodes: readonly Node[], depth: number): void {
    if (!nodes.length) return;
    const line = new Line();
    for (const n of nodes) this.inline(n, line, depth);
    const inner = line.finish();
    if (!line.lines.length && !line.images) return;
    const parts = line.paragraphHtml(inner);
    if (parts.length > 1)
      parts.forEach((html, i) => this.html.push({ html: `<${tag}>${html}</${tag}>`, key: line.lines[i] ?? null }));
    else this.html.push({ html: `<${tag}>${inner}</${tag}>`, key: line.lines.join('\n') || null });
    this.paragraphs.push(...line.lines);
  }

  private row(tr: Element, depth: number): void {
    const cells: string[] = [];
    const texts: string[] = [];
    for (const cell of Array.from(tr.children)) {
      if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
      const line = new Line();
      for (const n of Array.from(cell.childNodes)) this.inline(n, line, depth + 1);
      const inner = line.finish();
      const span = ['colspan', 'rowspan']
        .map((a) => (/^\d{1,3}$/.test(cell.getAttribute(a) ?? '') ? ` ${a}="${cell.getAttribute(a)}"` : ''))
        .join('');
      const tag = cell.tagName.toLowerCase();
      cells.push(`<${tag}${span}>${inner}</${tag}>`);
      if (line.lines.length) texts.push(line.lines.join(' '));
    }
    if (!cells.length) return;
    this.html.push({ html: `<tr>${cells.join('')}</tr>`, key: null });
    if (texts.length) this.paragraphs.push(texts.join(' '));
  }

  private record(fig: Figure): void {
    if (this.seen.has(fig.src)) return;
    this.seen.add(fig.src);
    this.images.push({ src: fig.src, caption: fig.caption });
  }

  private img(fig: Figure): string {
    return `<img src="${escapeAttr(fig.src)}" alt="${escapeAttr(fig.alt)}">`;
  }

  private figure(fig: Figure): void {
    this.record(fig);
    const caption = fig.caption ? `<figcaption>${escapeText(fig.caption)}</figcaption>` : '';
    this.html.push({ html: `<figure>${this.img(fig)}${caption}</figure>`, key: fig.src });
  }

  private inline(node: Node, line: Line, depth: number): void {
    if (node.nodeType === 3) return line.text(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (depth > MAX_DEPTH) return line.text(el.textContent ?? '');
    if (this.figures.captions.has(el)) return;
    const fig = this.figures.hosts.get(el);
    if (fig) {
      this.record(fig);
      line.images++;
      return line.raw(this.img(fig));
    }
    const tag = el.tagName;
    if (tag === 'BR') return line.br();
    // Cells and stray blocks inside a paragraph or a cell still separate their lines.
    if (BLOCK.has(tag)) line.br();
    const keep = INLINE_KEEP[tag];
    const href = tag === 'A' ? absoluteUrl(el.getAttribute('href'), this.baseUrl) : null;
    if (keep) line.raw(`<${keep}>`);
    if (href) line.raw(`<a href="${escapeAttr(href)}">`);
    for (let c = el.firstChild; c; c = c.nextSibling) this.inline(c, line, depth + 1);
    if (href) line.raw('</a>');
    if (keep) line.raw(`</${keep}>`);
    if (BLOCK.has(tag)) line.br();
  }
}

export function writeBody(root: Element, figures: Figures, baseUrl: string): BodyParts {
  const writer = new BodyWriter(figures, baseUrl);
  writer.markBlocks(root);
  writer.container(root);
  return { blocks: writer.html, paragraphs: writer.paragraphs, images: writer.images };
}
