/**
 * Write the cleaned body as plain, allowlisted HTML and as paragraphs in one pass. Building the string ourselves keeps
 * page attributes, classes and inline styles out, and needs no innerHTML: the result still goes through the one
 * sanitizer before anyone sees it.
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

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** One paragraph being written: its HTML and its text lines (a `<br>` starts a new line). */
class Line {
  html = '';
  lines: string[] = [];
  images = 0;
  private current = '';
  private atStart = true;

  text(raw: string): void {
    let t = raw.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
    // The two ideographic spaces that indent every paragraph are layout, not text.
    if (this.atStart) t = t.replace(/^[\s\u3000]+/, '');
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
    for (const el of Array.from(root.getElementsByTagName('*'))) {
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

  container(el: Element): void {
    let run: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1 && this.isBlockish(c as Element)) {
        this.unit('p', run);
        run = [];
        this.block(c as Element);
      } else run.push(c);
    }
    this.unit('p', run);
  }

  private hasBlocks(el: Element): boolean {
    return this.holdsBlocks.has(el);
  }

  private block(el: Element): void {
    if (this.figures.captions.has(el)) return;
    const fig = this.figures.hosts.get(el);
    if (fig) return this.figure(fig);
    const tag = el.tagName;
    const wrapper = WRAPPERS[tag];
    if (wrapper || tag === 'LI') {
      if (tag === 'LI' && !this.hasBlocks(el)) return this.unit('li', Array.from(el.childNodes));
      const mark = this.html.length;
      this.html.push({ html: `<${wrapper ?? 'li'}>`, key: null });
      this.container(el);
      if (this.html.length === mark + 1) this.html.length = mark;
      else this.html.push({ html: `</${wrapper ?? 'li'}>`, key: null });
    } else if (tag === 'TR') this.row(el);
    else if (tag === 'HR') return;
    else if (this.hasBlocks(el)) this.container(el);
    else this.unit(tag === 'H1' ? 'h2' : TEXT_BLOCKS.has(tag) ? tag.toLowerCase() : 'p', Array.from(el.childNodes));
  }

  private unit(tag: string, nodes: readonly Node[]): void {
    if (!nodes.length) return;
    const line = new Line();
    for (const n of nodes) this.inline(n, line);
    const inner = line.finish();
    if (!line.lines.length && !line.images) return;
    this.html.push({ html: `<${tag}>${inner}</${tag}>`, key: line.lines.join('\n') || null });
    this.paragraphs.push(...line.lines);
  }

  private row(tr: Element): void {
    const cells: string[] = [];
    const texts: string[] = [];
    for (const cell of Array.from(tr.children)) {
      if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
      const line = new Line();
      for (const n of Array.from(cell.childNodes)) this.inline(n, line);
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

  private inline(node: Node, line: Line): void {
    if (node.nodeType === 3) return line.text(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const el = node as Element;
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
    for (let c = el.firstChild; c; c = c.nextSibling) this.inline(c, line);
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
