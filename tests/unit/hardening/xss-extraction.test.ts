/**
 * XSS regression through extraction: a taiwan.cn article whose `div.TRS_Editor` carries the known vectors (script,
 * event handlers, `javascript:` in every spelling, SVG and MathML namespace tricks, iframe, object, form, meta refresh,
 * base, CSS url() and a position:fixed overlay). Every output is judged by re-parsing it, never by matching strings:
 * Article.html, the saved HTML copy and the Markdown copy (read as a renderer that passes raw HTML through would).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../utils/article';
import { decodePageBytes } from '../../../utils/charset/decode-page-bytes';
import { extractArticle } from '../../../utils/extract/extract-article';
import { articleToHtml } from '../../../utils/export/to-html';
import { articleToMarkdown } from '../../../utils/export/to-markdown';
import { inertProblems } from './html-arbitraries';
import { domOf } from './page-builder';

const DIR = 'tests/hostile/xss-article';
const URL_ = readFileSync(`${DIR}/url.txt`, 'utf8').trim();
const PAGE = decodePageBytes(readFileSync(`${DIR}/page.htm`), URL_).text;
const PROSE = [
  '第十届海峡论坛青年分论坛15日在厦门开幕',
  '吸引了两岸高校、企业和青年组织的代表参加。',
  '到大陆实习',
  '与会青年表示，愿意为两岸交流合作贡献自己的力量。',
  '文中的<script>alert(1)</script>只是文字，不是代码。',
];
const SAVED = new Date('2024-05-01T08:00:00Z');
const window = domOf('').window as unknown as Window;

async function extract(page: string): Promise<Article> {
  return extractArticle(domOf(page, URL_).window.document, URL_);
}

/** Markdown is read the way a renderer that allows raw HTML reads it: escaped punctuation is text, the rest is markup. */
function markdownAsHtml(markdown: string): Document {
  const unescaped = markdown.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => `&#${c.charCodeAt(0)};`);
  return domOf(`<!doctype html><body>${unescaped}`).window.document;
}

/** Link and image destinations in Markdown: `[text](dest)`, `![alt](dest)` and `<autolinks>`. */
function markdownDestinations(markdown: string): string[] {
  const inline = Array.from(markdown.matchAll(/\]\(\s*<?([^)\s>]*)/g), (m) => m[1]!);
  const auto = Array.from(markdown.matchAll(/(?<!\\)<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi), (m) => m[1]!);
  return [...inline, ...auto];
}

describe('the hostile fixture really is hostile (positive control)', () => {
  it('its body holds every vector as live markup', () => {
    const body = domOf(PAGE, URL_).window.document.querySelector('div.TRS_Editor')!;
    for (const tag of [
      'script',
      'iframe',
      'object',
      'embed',
      'form',
      'svg',
      'math',
      'meta',
      'base',
      'style',
      'template',
    ]) {
      expect(body.querySelector(tag), tag).not.toBeNull();
    }
    expect(inertProblems(body).length).toBeGreaterThan(30);
  });
});

describe.each([
  ['the TRS template path', PAGE, 'www-2013'],
  ['the Readability fallback', PAGE.replace('class=TRS_Editor', 'class="article-text"'), 'readability'],
])('extraction through %s', (_path, page, template) => {
  let article: Article;
  beforeAll(async () => {
    article = await extract(page);
  });

  it('still finds the article and its text', () => {
    expect([article.kind, article.template]).toEqual(['article', template]);
    const text = article.paragraphs.join('\n');
    for (const prose of PROSE.slice(0, 4)) expect(text).toContain(prose);
  });

  it('gives a title that is text only', () => {
    expect(article.title).toBe('海峡论坛青年分论坛在厦门开幕');
  });

  it('gives an inert Article.html', () => {
    const doc = domOf(`<!doctype html><body>${article.html}`).window.document;
    expect(inertProblems(doc.body)).toEqual([]);
    expect(doc.querySelectorAll('body *').length).toBeGreaterThan(2); // the body is there, not emptied in panic
  });

  it('keeps markup-looking text as text and never turns payload code into article text', () => {
    const doc = domOf(`<!doctype html><body>${article.html}`).window.document;
    expect(doc.body.textContent).toContain(PROSE[4]);
    expect(article.paragraphs.join('\n')).not.toMatch(/document\.title|__pwned|onerror/);
  });

  it('keeps only http(s) links and images', () => {
    const doc = domOf(`<!doctype html><body>${article.html}`).window.document;
    const hrefs = Array.from(doc.querySelectorAll('a[href]'), (a) => a.getAttribute('href'));
    expect(hrefs.every((h) => /^https?:\/\//.test(h ?? ''))).toBe(true);
    for (const image of article.images) expect(image.src).toMatch(/^https?:\/\//);
  });

  it('gives an inert saved HTML copy, even when an "inlined" image is an SVG', () => {
    const images = new Map(
      article.images.map((i) => [i.src, 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+']),
    );
    const doc = domOf(articleToHtml(article, SAVED, images, window)).window.document;
    expect(inertProblems(doc.body)).toEqual([]);
    expect(Array.from(doc.head.children, (el) => el.tagName)).toEqual([
      'META',
      'META',
      'META',
      'META',
      'TITLE',
      'STYLE',
    ]);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp.split(';').map((d) => d.trim())).toContain("default-src 'none'");
    expect(doc.title).toBe('海峡论坛青年分论坛在厦门开幕');
  });

  it('gives a Markdown copy whose body has no live HTML and only web links', () => {
    // The front matter is YAML, not Markdown: renderers read it as data (checked in the next test).
    const markdown = articleToMarkdown(article, SAVED).split(/^---$/m).slice(2).join('---');
    expect(inertProblems(markdownAsHtml(markdown).body)).toEqual([]);
    const destinations = markdownDestinations(markdown);
    expect(destinations.length).toBeGreaterThan(0);
    for (const dest of destinations) expect(dest).toMatch(/^https?:\/\//);
  });

  it('keeps the front matter to its own keys, with the page metadata as exact text', () => {
    const lines = articleToMarkdown(article, SAVED).split('\n');
    const fields = lines.slice(1, lines.indexOf('---', 1)).map((line) => /^([a-z]+): (.*)$/.exec(line));
    const keys = fields.map((m) => m?.[1]);
    expect(keys).toEqual([
      'title',
      'url',
      'source',
      'author',
      'editor',
      'published',
      'category',
      'keywords',
      'summary',
      'saved',
    ]);
    // The description is the hostile one from the page's meta tag; as a double-quoted scalar it reads back unchanged.
    const summary = fields.find((m) => m?.[1] === 'summary')?.[2] ?? 'null';
    expect(article.description).toMatch(/<script>/);
    expect(JSON.parse(summary)).toBe(article.description);
  });
});
