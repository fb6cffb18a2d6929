/**
 * The configured HTML → GFM converter. Turndown parses strings with the browser's DOMParser in extension pages and
 * with its bundled parser (domino) in Node, so the command line needs no DOM of its own for Markdown.
 */
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';

/** Only web links survive into a copy: `javascript:`, `file:` and friends must not become clickable later. */
export function absoluteHttpUrl(raw: string | null, base: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Spaces and parentheses would end a Markdown link destination early. */
function linkDestination(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function linkText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\[\]])/g, '\\$1');
}

function cellText(content: string): string {
  // A GFM row is one line: block breaks inside a cell become spaces, and a pipe would start a new cell.
  return content
    .replace(/\s*\n+\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

// Never article text, and script text must not turn up as prose in the copy.
const REMOVED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'select',
]);

const BORDER_ROW = /^\|(?: :?-+:? \|)+$/;

function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** Captions by image URL, so an image without alt text still says what it shows. */
export type CaptionLookup = (absoluteSrc: string) => string | null;

export function createMarkdownConverter(baseUrl: string, captionFor: CaptionLookup): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    hr: '---',
  });
  service.use(gfm);
  // Text that looks like a tag must stay text when a Markdown viewer renders raw HTML.
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text: string) => escapeMarkdown(text).replace(/</g, '\\<');
  service.remove((node) => REMOVED.has(node.nodeName.toLowerCase()));
  service.addRule('safe-image', {
    filter: 'img',
    replacement: (_content, node) => {
      if (!isElement(node)) return '';
      const src = absoluteHttpUrl(node.getAttribute('src'), baseUrl);
      if (!src) return '';
      const alt = node.getAttribute('alt')?.trim() || captionFor(src) || '';
      return `![${linkText(alt)}](${linkDestination(src)})`;
    },
  });
  service.addRule('safe-link', {
    filter: 'a',
    replacement: (content, node) => {
      const href = isElement(node) ? absoluteHttpUrl(node.getAttribute('href'), baseUrl) : null;
      if (!href || !content.trim()) return content;
      return `[${content.replace(/\n+/g, ' ')}](${linkDestination(href)})`;
    },
  });
  service.addRule('caption', {
    filter: ['figcaption'],
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });
  service.addRule('table-cell', {
    filter: ['th', 'td'],
    replacement: (content, node) => {
      const first = !isElement(node) || node.previousElementSibling === null;
      return `${first ? '| ' : ' '}${cellText(content)} |`;
    },
  });
  // The CMS writes tables with <td> only, which the plugin would keep as raw HTML: there the first row becomes the header.
  service.addRule('any-table', {
    filter: 'table',
    replacement: (content) => {
      const rows = content.split('\n').filter((line) => line.trim().startsWith('|'));
      if (rows.length === 0) return '';
      if (!BORDER_ROW.test(rows[1] ?? '')) {
        const columns = rows[0]!.split(/(?<!\\)\|/).length - 2;
        rows.splice(1, 0, `|${' --- |'.repeat(Math.max(columns, 1))}`);
      }
      return `\n\n${rows.join('\n')}\n\n`;
    },
  });
  return service;
}
