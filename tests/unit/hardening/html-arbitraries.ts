/**
 * fast-check generators for hostile HTML: trees of ordinary and dangerous elements carrying event handlers, styles and
 * URLs in every spelling browsers accept, serialized as a page would send them (sometimes with unquoted or
 * unterminated markup). Plus the independent inertness check the properties and XSS tests apply to every output.
 */
import fc from 'fast-check';

const SAFE_TAGS = [
  'p', 'div', 'span', 'a', 'img', 'b', 'i', 'strong', 'table', 'tr', 'td', 'ul', 'li', 'h1', 'h2', 'figure',
  'figcaption', 'br', 'center', 'font', 'blockquote',
]; // prettier-ignore
const HOSTILE_TAGS = [
  'script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'svg', 'math', 'template',
  'noscript', 'base', 'meta', 'link', 'frame', 'select', 'video', 'audio', 'source', 'details', 'marquee', 'xmp',
  'noembed', 'title', 'image', 'animate', 'set', 'foreignObject', 'mglyph', 'annotation-xml',
]; // prettier-ignore
const ATTRIBUTES = [
  'onclick', 'onerror', 'onload', 'onmouseover', 'href', 'src', 'style', 'srcset', 'action', 'formaction', 'xlink:href',
  'data-x', 'id', 'class', 'align', 'alt', 'title', 'colspan', 'background', 'poster', 'http-equiv', 'content', 'target',
  'name', 'values', 'attributeName', 'to', 'from', 'lang',
]; // prettier-ignore

/** URL spellings a filter must see through: case, leading space, tabs and newlines inside the scheme, entities. */
export const HOSTILE_URLS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
  'jav&#x61;script:alert(1)', '&#106;avascript:alert(1)', 'javascript&colon;alert(1)', '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', 'vbscript:msgbox(1)',
  'file:///etc/passwd', 'blob:http://www.taiwan.cn/1', 'expression(alert(1))', 'url(javascript:alert(1))',
  'position:fixed;top:0;left:0;width:100%;height:100%', 'background:url(http://evil.example/x.png)',
]; // prettier-ignore
const GOOD_URLS = [
  'http://www.taiwan.cn/a.htm',
  'https://x.example/b.jpg',
  './W020180514.jpg',
  '//evil.example/x',
  'data:image/png;base64,iVBORw0KGgo=',
];

const text = fc.oneof(
  fc.constantFrom(
    '两岸青年',
    '　　交流活动',
    '<',
    '&amp;',
    '&lt;script&gt;',
    '"',
    "'",
    '</p>',
    '-->',
    ']]>',
    'alert(1)',
  ),
  fc.string({ maxLength: 12 }),
);
const attrValue = fc.oneof(fc.constantFrom(...HOSTILE_URLS, ...GOOD_URLS), fc.string({ maxLength: 10 }));
const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTES), attrValue, fc.constantFrom('"', "'", ''));

function attr([name, value, quote]: [string, string, string]): string {
  if (!quote) return ` ${name}=${value.replace(/[\s>"'=<`]/g, '')}`;
  return ` ${name}=${quote}${value.replaceAll(quote, quote === '"' ? '&quot;' : '&#39;')}${quote}`;
}

export interface HtmlNode {
  tag: string;
  attrs: [string, string, string][];
  children: (HtmlNode | string)[];
  /** Leave the end tag out, as broken pages do. */
  unclosed: boolean;
}

export const htmlTree: fc.Arbitrary<HtmlNode> = fc.letrec<{ node: HtmlNode; child: HtmlNode | string }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...SAFE_TAGS, ...SAFE_TAGS, ...HOSTILE_TAGS),
    attrs: fc.array(attribute, { maxLength: 3 }),
    children: fc.array(tie('child'), { maxLength: 4 }),
    unclosed: fc.nat(9).map((n) => n === 0), // one element in ten
  }),
  child: fc.oneof({ maxDepth: 5, depthSize: 'small', withCrossShrink: true }, text, tie('node')),
})).node;

export function serialize(node: HtmlNode | string): string {
  if (typeof node === 'string') return node;
  const inner = node.children.map(serialize).join('');
  return `<${node.tag}${node.attrs.map(attr).join('')}>${inner}${node.unclosed ? '' : `</${node.tag}>`}`;
}

/** Several trees side by side, as a body would hold them. */
export const htmlFragment: fc.Arbitrary<string> = fc
  .array(htmlTree, { minLength: 1, maxLength: 4 })
  .map((trees) => trees.map(serialize).join('\n'));

const ACTIVE = new Set([
  'SCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'FORM', 'INPUT', 'BUTTON', 'TEXTAREA',
  'SELECT', 'STYLE', 'LINK', 'META', 'BASE', 'SVG', 'MATH', 'TEMPLATE', 'NOSCRIPT', 'VIDEO', 'AUDIO', 'SOURCE',
  'IMAGE', 'ANIMATE', 'SET', 'FOREIGNOBJECT', 'MARQUEE',
]); // prettier-ignore
/** Attributes besides href and src that make a browser fetch or navigate. */
const URL_ATTRIBUTES = [
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'background',
  'poster',
  'ping',
  'data',
  'lowsrc',
  'usemap',
  'longdesc',
  'cite',
];
const LINK = /^https?:\/\//i;
const IMAGE = /^(?:https?:\/\/|data:image\/(?:png|jpeg|jpg|gif|webp|avif);base64,)/i;

/**
 * Every reason `root`'s subtree is not inert, as readable strings (empty when it is inert). Judged from the parsed
 * DOM, never from the markup text, so an encoding trick cannot hide anything from it.
 */
export function inertProblems(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toUpperCase();
    if (ACTIVE.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${el.tagName}> element`);
    for (const { name, value } of Array.from(el.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) problems.push(`${lower} handler on <${el.tagName}>`);
      if (lower === 'style') problems.push(`style attribute on <${el.tagName}>`);
      if (URL_ATTRIBUTES.includes(lower)) problems.push(`${lower} on <${el.tagName}>`);
      if (lower === 'href' && !LINK.test(value)) problems.push(`href "${value}"`);
      if (lower === 'src' && !IMAGE.test(value)) problems.push(`src "${value.slice(0, 40)}"`);
    }
  }
  return problems;
}
