/**
 * The sanitizer against known XSS vectors. Output is checked by parsing it again and inspecting the tree, never by
 * matching strings: what matters is what a browser would build from it.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderSanitizedHtml, sanitizeHtml } from '../../../utils/sanitize-html';

const { window } = new JSDOM('<!doctype html><body></body>', { url: 'http://www.taiwan.cn/' });
const clean = (html: string) => sanitizeHtml(html, window as unknown as Window);
const parse = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

function assertInert(root: Element) {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    expect([
      'SCRIPT',
      'IFRAME',
      'OBJECT',
      'EMBED',
      'FORM',
      'META',
      'BASE',
      'LINK',
      'STYLE',
      'SVG',
      'MATH',
    ]).not.toContain(el.tagName.toUpperCase());
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
      expect(['style', 'class', 'id', 'srcdoc', 'formaction', 'xlink:href']).not.toContain(attr.name);
      if (attr.name === 'href') expect(attr.value).toMatch(/^https?:\/\//i);
      if (attr.name === 'src') expect(attr.value).toMatch(/^(https?:\/\/|data:image\/(png|jpe?g|gif|webp|avif);)/i);
    }
  }
}

const VECTORS = [
  '<script>alert(1)</script><p>text</p>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<iframe src="http://evil.example/"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<form action="http://evil.example/"><input name=q><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=http://evil.example/">',
  '<base href="http://evil.example/">',
  '<p style="position:fixed;top:0;left:0;width:100%;height:100%;background:url(http://evil.example/x.png)">overlay</p>',
  '<div class="TRS_Editor" id="x" onclick="steal()">text</div>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<p><a href="http://www.taiwan.cn/" onmouseover="x()">ok</a></p>',
];

describe('sanitizeHtml', () => {
  it.each(VECTORS)('leaves nothing active from %s', (vector) => {
    assertInert(parse(clean(vector)));
  });

  it('keeps the article structure a reader needs', () => {
    const html =
      '<h2>小标题</h2><p>正文<strong>加粗</strong></p><ul><li>一</li></ul><table><tr><td colspan="2">表</td></tr></table>' +
      '<figure><img src="http://www.taiwan.cn/a/W0.jpg" alt="图"><figcaption>说明</figcaption></figure>' +
      '<a href="https://www.taiwan.cn/x.htm">链接</a>';
    const body = parse(clean(html));
    expect(body.querySelector('h2')?.textContent).toBe('小标题');
    expect(body.querySelector('strong')?.textContent).toBe('加粗');
    expect(body.querySelector('td')?.getAttribute('colspan')).toBe('2');
    expect(body.querySelector('img')?.getAttribute('src')).toBe('http://www.taiwan.cn/a/W0.jpg');
    expect(body.querySelector('figcaption')?.textContent).toBe('说明');
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://www.taiwan.cn/x.htm');
  });

  it('drops the text of scripts and styles instead of showing it', () => {
    expect(parse(clean('<style>.TRS_Editor P{}</style><script>var a=1</script><p>正文</p>')).textContent).toBe('正文');
  });

  it('is idempotent: sanitizing twice changes nothing', () => {
    for (const v of VECTORS) expect(clean(clean(v))).toBe(clean(v));
  });

  it('renders into an element only through the sanitizer', () => {
    const target = window.document.createElement('div');
    renderSanitizedHtml(target, '<p onclick="x()">段落</p><script>alert(1)</script>');
    expect(target.children).toHaveLength(1);
    expect(target.querySelector('p')?.hasAttribute('onclick')).toBe(false);
    expect(target.textContent).toBe('段落');
  });
});
