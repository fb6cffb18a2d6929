/**
 * A build plugin for pages whose code is classic scripts only (`<html data-classic-only>`: the popup, whose
 * popup-early.js starts popup-app.js). WXT still adds two module scripts to every page, its runtime-plugin hook and
 * Vite's modulepreload polyfill; on such a page neither has anything to do, yet Chromium fetches both, and it shows a
 * toolbar popup only after its load event, which waits for them. In a same-run comparison (4 browser sessions of 8
 * openings per build) their removal made no difference that stood out of the noise (summary 73 ms in median either
 * way); they go because they do nothing here and a popup should fetch nothing it does not need.
 * Any other module script on such a page is the page's own code: the build fails rather than drop it.
 */
import type { Plugin } from 'vite';

const MARKER = /<html[^>]* data-classic-only[\s>=]/;
const MODULE_SCRIPT = /\s*<script type="module"[^>]*? src="([^"]+)"[^>]*><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;
const WXT_VIRTUAL = /\/_virtual_wxt-[\w-]+\.js$/;

export function classicOnlyPages(): Plugin {
  return {
    name: 'taiwan-cn-reader:classic-only-pages',
    apply: 'build',
    transformIndexHtml: {
      // After Vite and WXT have added their scripts.
      order: 'post',
      handler(html, ctx) {
        if (!MARKER.test(html)) return html;
        for (const [, src] of html.matchAll(MODULE_SCRIPT)) {
          if (!WXT_VIRTUAL.test(src!))
            throw new Error(`${ctx.path}: a data-classic-only page must not load the module ${src}`);
        }
        return html.replace(MODULE_SCRIPT, '').replace(MODULE_PRELOAD, '');
      },
    },
  };
}
