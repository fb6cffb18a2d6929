/** The build's two HTML plugins, on pages shaped as Vite hands them over. */
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { deferPageModules } from '../../../scripts/defer-page-modules';
import { inlinePageStyles } from '../../../scripts/inline-page-styles';

type Handler = (html: string, ctx: IndexHtmlTransformContext) => string;
const handler = (plugin: Plugin) => (plugin.transformIndexHtml as { handler: Handler }).handler;

const MODULES =
  '<script type="module" crossorigin src="/chunks/popup-1.js"></script>\n' +
  '    <link rel="modulepreload" crossorigin href="/chunks/a-2.js">\n' +
  '    <link rel="modulepreload" crossorigin href="/chunks/b-3.js">';

describe('defer-page-modules', () => {
  const run = (html: string) => handler(deferPageModules())(html, {} as IndexHtmlTransformContext);

  it('hands the module script to the classic script that starts it, and drops the preloads', () => {
    const page = `<html><head><title>x</title>\n    ${MODULES}\n  </head><body><main id="app"></main>\n<script src="/popup-early.js" data-starts-modules=""></script>\n</body></html>`;
    const out = run(page);
    expect(out).not.toContain('modulepreload');
    expect(out).not.toContain('type="module"');
    expect(out).toContain('<meta name="deferred-module" content="/chunks/popup-1.js">\n</head>');
    expect(out).toContain('<script src="/popup-early.js" data-starts-modules=""></script>');
  });

  it('leaves other pages as Vite made them, also those with a classic script that starts nothing', () => {
    for (const page of [
      `<html><head>${MODULES}</head><body><main id="app"></main></body></html>`,
      `<html><head>${MODULES}</head><body><script src="/other.js"></script></body></html>`,
    ])
      expect(run(page)).toBe(page);
  });
});

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
