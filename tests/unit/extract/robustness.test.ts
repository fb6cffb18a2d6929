/**
 * Bad input gets a clear result and never an exception: hostile markup in the body, deep nesting, empty and huge
 * pages, and pages that are not articles at all.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { workingCopy } from '../../../utils/extract/extract-body';

function wrap(doc: Document, inner: Element): Element {
  const div = doc.createElement('div');
  div.appendChild(inner);
  return div;
}

const URL_2017 = 'http://www.taiwan.cn/xwzx/la/201702/t20170223_11709385.htm';

function articleDoc(body: string, url = URL_2017): Document {
  return new JSDOM(
    `<html><head><title>标题_中国台湾网</title></head><body><h1>标题</h1>` +
      `<div class="info">2017年02月23日 16:43:57 来源:东方网</div><div class=TRS_Editor>${body}</div></body></html>`,
    { url },
  ).window.document;
}

describe('hostile markup in the body', () => {
  it('comes out inert: no script, handlers, javascript: links or foreign image schemes', async () => {
    const article = await extractArticle(
      articleDoc(
        '<p onclick="steal()">　　第一段<script>alert(1)</script><a href="javascript:alert(2)">链接</a></p>' +
          '<p><img src="x" onerror="alert(3)"><img src="javascript:alert(4)"></p>' +
          '<p><a href="http://www.taiwan.cn/x.htm" onmouseover="alert(5)">站内链接</a><iframe src="http://evil.example"></iframe></p>' +
          '<svg><script>alert(6)</script></svg><style>p{}</style><form><input value="x"></form>',
      ),
      URL_2017,
    );
    const doc = new JSDOM(`<body>${article.html}</body>`).window.document;
    expect(
      doc.querySelectorAll('script, iframe, svg, style, form, input, [onclick], [onerror], [onmouseover]'),
    ).toHaveLength(0);
    expect(Array.from(doc.querySelectorAll('a[href]')).map((a) => a.getAttribute('href'))).toEqual([
      'http://www.taiwan.cn/x.htm',
    ]);
    expect(Array.from(doc.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual([
      'http://www.taiwan.cn/xwzx/la/201702/x',
    ]);
    expect(article.paragraphs).toEqual(['第一段链接', '站内链接']);
  });

  it('keeps a title with markup as text', async () => {
    const doc = articleDoc('<p>正文。</p>');
    doc.querySelector('h1')?.replaceChildren(doc.createTextNode('<img src=x onerror=alert(1)>标题'));
    const article = await extractArticle(doc, URL_2017);
    expect(article.title).toBe('<img src=x onerror=alert(1)>标题');
  });
});

describe('pages that are not what they seem', () => {
  it('survives nesting thousands of levels deep', async () => {
    // Built node by node, top down: parsing thousands of levels in jsdom takes longer than the test is worth.
    const doc = articleDoc('<p>第一段。</p>');
    let at = doc.querySelector('.TRS_Editor') as Element;
    for (let i = 0; i < 2500; i++) at = at.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    at.appendChild(doc.createElement('p')).textContent = '深处的正文。';
    const article = await extractArticle(doc, URL_2017);
    expect(article.kind).toBe('article');
    expect(article.paragraphs).toEqual(['第一段。', '深处的正文。']);
  }, 60_000);

  it('copies a body too deep for a recursive import', () => {
    const doc = new JSDOM('').window.document;
    let chain: Element = doc.createElement('p');
    chain.textContent = '最深处。';
    for (let i = 0; i < 20_000; i++) chain = wrap(doc, chain);
    const copy = workingCopy(chain);
    expect(copy.ownerDocument).not.toBe(doc);
    expect(copy.textContent).toBe('最深处。');
  });

  it('reads a 5 MB page', async () => {
    const para = '<p>　　' + '两岸同胞往来日益密切，交流合作不断深化。'.repeat(40) + '</p>';
    const body = para.repeat(Math.ceil(5_000_000 / para.length));
    const article = await extractArticle(articleDoc(body), URL_2017);
    expect(article.kind).toBe('article');
    expect(article.paragraphs.length).toBeGreaterThan(1000);
  });

  it('gives an empty TRS body as an article with a warning', async () => {
    const article = await extractArticle(articleDoc(''), URL_2017);
    expect(article.kind).toBe('article');
    expect(article.paragraphs).toEqual([]);
    expect(article.warnings).toContain('The article body is empty.');
  });

  it('calls an empty document "other"', async () => {
    const doc = new JSDOM('', { url: URL_2017 }).window.document;
    const article = await extractArticle(doc, URL_2017);
    expect(article.kind).toBe('other');
  });

  it('does not throw on a document without a body element', async () => {
    const doc = new JSDOM('', { url: URL_2017 }).window.document;
    doc.documentElement.replaceChildren();
    await expect(extractArticle(doc, URL_2017)).resolves.toMatchObject({ kind: 'other' });
  });

  it('falls back to the URL date, with a warning, when the page shows no time', async () => {
    const doc = new JSDOM('<h1>标题</h1><div class=TRS_Editor><p>正文。</p></div>', { url: URL_2017 }).window.document;
    const article = await extractArticle(doc, URL_2017);
    expect(article.publishedAt).toBe('2017-02-23T00:00:00+08:00');
    expect(article.warnings).toContain('No publication time on the page: the creation date in the URL is used.');
  });

  it('keeps U+FFFD-damaged text as it is, and flags it', async () => {
    const article = await extractArticle(articleDoc('<p>两岸\ufffd\ufffd交流</p>'), URL_2017);
    expect(article.paragraphs).toEqual(['两岸\ufffd\ufffd交流']);
    expect(article.warnings).toEqual(['33.3% of the text is unreadable (U+FFFD): the page may be damaged.']);
  });

  it('survives an injected fetch that throws synchronously', async () => {
    const doc = articleDoc('<p>第一页。</p><script>createPageHTML(2, 0, "t20170223_11709385", "htm");</script>');
    const article = await extractArticle(doc, URL_2017, {
      fetchPage: () => {
        throw new Error('blocked');
      },
    });
    expect(article.paragraphs).toEqual(['第一页。']);
    expect(article.warnings[0]).toMatch(/^Could not read page 2 of 2 .*blocked\.$/);
  });
});

describe('body structure', () => {
  it('keeps tables and lists, splits <br> lines, and drops 纠错 and print rows', async () => {
    const article = await extractArticle(
      articleDoc(
        '<p>　　第一段<br>　　第二段</p><p>地址：福州<br>电话：0591</p><ul><li>甲</li><li>乙</li></ul>' +
          '<table><tr><td>地区</td><td>人数</td></tr><tr><td>福建</td><td>120</td></tr></table>' +
          '<p>【打印】 【关闭】</p><p>纠错</p>',
      ),
      URL_2017,
    );
    expect(article.paragraphs).toEqual([
      '第一段',
      '第二段',
      '地址：福州',
      '电话：0591',
      '甲',
      '乙',
      '地区 人数',
      '福建 120',
    ]);
    const doc = new JSDOM(`<body>${article.html}</body>`).window.document;
    // Indented lines are paragraphs (the 2009-2012 bodies); other line breaks stay line breaks.
    expect(Array.from(doc.querySelectorAll('body > p')).map((p) => p.textContent)).toEqual([
      '第一段',
      '第二段',
      '地址：福州电话：0591',
    ]);
    expect(doc.querySelectorAll('br')).toHaveLength(1);
    expect(doc.querySelectorAll('li')).toHaveLength(2);
    expect(doc.querySelectorAll('td')).toHaveLength(4);
  });
});
