/**
 * The popup's classic (non-module) script, at the end of its body. It runs while the document is still being
 * parsed, before anything else of ours could:
 * - it starts reading the tab's prepared state; the modules pick the promise up from the global named by EARLY_READ;
 * - it paints the article card's head that the worker put in the popup's address (utils/popup-preview.ts), so the
 *   title is in the popup's first frame;
 * - it starts the popup's modules (Preact, the polyfill, the actions), which the build took out of the page
 *   (scripts/defer-page-modules.ts): once the popup has loaded when the title is painted already, so Chromium shows
 *   the popup without waiting for them; at once otherwise, so the popup is never shown blank.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startDeferredModules } from '../utils/deferred-modules';
import { EARLY_READ, startEarlyTabRead } from '../utils/early-tab-read';
import { paintPreview, readPopupPreview } from '../utils/popup-preview';

type I18n = { i18n?: { getMessage(key: string): string } };

export default defineUnlistedScript(() => {
  performance.mark('popup:early-read');
  (globalThis as Record<string, unknown>)[EARLY_READ] = startEarlyTabRead(globalThis, location.search);
  const preview = readPopupPreview(location.search);
  const root = document.getElementById('app');
  if (!preview || !root) {
    startDeferredModules(document);
    return;
  }
  const native = ((globalThis as { browser?: I18n }).browser ?? (globalThis as { chrome?: I18n }).chrome)?.i18n;
  paintPreview(root, preview, native?.getMessage('popupAnalysing') ?? '');
  performance.mark('popup:title');
  addEventListener('load', () => startDeferredModules(document), { once: true });
});
