/** The build's two HTML plugins, on pages shaped as Vite and WXT hand them over. */
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { classicOnlyPages } from '../../../scripts/classic-only-pages';
import { inlinePageStyles } from '../../../scripts/inline-page-styles';

type Handler = (html: string, ctx: IndexHtmlTransformContext) => string;
const handler = (plugin: Plugin) => (plugin.transformIndexHtml as { handler: Handler }).handler;

describe('inline-page-styles', () => {
  const css = { type: 'asset', source: 'main{padding:0}' };
  const page = '<head><link rel="stylesheet" crossorigin href="/assets/popup-1.css"></head>';

  it('inlines a page stylesheet and drops the file no script names', () => {
    const bundle: Record<string, unknown> = { 'assets/popup-1.css': css };
    const out = handler(inlinePageStyles())(page, { bundle } as unknown as IndexHtmlTransformContext);
    expect(out).toBe('<head><style>main{padding:0}</style></head>');
    expect(bundle).toEqual({});
  });

  it('keeps the file when a chunk still loads it', () => {
    const chunk = { type: 'chunk', code: 'load("assets/popup-1.css")' };
    const bundle: Record<string, unknown> = { 'assets/popup-1.css': css, 'chunks/x.js': chunk };
    handler(inlinePageStyles())(page, { bundle } as unknown as IndexHtmlTransformContext);
    expect(Object.keys(bundle)).toEqual(['assets/popup-1.css', 'chunks/x.js']);
  });
});

describe('classic-only-pages', () => {
  const run = (html: string) => handler(classicOnlyPages())(html, { path: '/popup.html' } as IndexHtmlTransformContext);
  const WXT =
    '\n    <script type="module" crossorigin src="/chunks/_virtual_wxt-plugins-DB4ZMZxa.js"></script>' +
    '\n    <script type="module" crossorigin src="/chunks/_virtual_wxt-html-plugins-BaAyCpKt.js"></script>' +
    '\n    <link rel="modulepreload" crossorigin href="/chunks/_virtual_wxt-plugins-DB4ZMZxa.js">';
  const body = '<body><main id="app"></main><script src="/popup-early.js"></script></body>';

  it("drops WXT's module scripts from a page marked data-classic-only, and keeps its classic script", () => {
    const out = run(`<html lang="zh-CN" data-classic-only><head><title>x</title>${WXT}\n  </head>${body}</html>`);
    expect(out).toBe(`<html lang="zh-CN" data-classic-only><head><title>x</title>\n  </head>${body}</html>`);
  });

  it('leaves other pages as the build made them', () => {
    const page = `<html lang="zh-CN"><head>${WXT}</head>${body}</html>`;
    expect(run(page)).toBe(page);
  });

  it("fails the build rather than drop a marked page's own module", () => {
    const own = '<script type="module" crossorigin src="/chunks/popup-1.js"></script>';
    expect(() => run(`<html data-classic-only><head>${WXT}${own}</head>${body}</html>`)).toThrow(
      '/popup.html: a data-classic-only page must not load the module /chunks/popup-1.js',
    );
  });
});
