/**
 * The popup's first classic script, at the end of its body. It runs while the document is still being parsed, before
 * anything else of ours could:
 * - it starts reading the tab's prepared state; the app picks the promise up from the global named by EARLY_READ;
 * - it paints the article card's head that the worker put in the popup's address (utils/popup-preview.ts), so the
 *   title is in the popup's first frame;
 * - it starts the app (popup-app.js: Preact, the polyfill, the actions): once the popup has loaded when the title is
 *   painted already, so Chromium shows the popup without waiting for the app; at once otherwise, so the popup is
 *   never shown blank for longer than it must.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addScript } from '../utils/add-script';
import { EARLY_READ, startEarlyTabRead } from '../utils/early-tab-read';
import { paintPreview, readPopupPreview } from '../utils/popup-preview';

type I18n = { i18n?: { getMessage(key: string, substitutions?: string[]): string } };

const APP_SCRIPT = '/popup-app.js';

export default defineUnlistedScript(() => {
  performance.mark('popup:early-read');
  (globalThis as Record<string, unknown>)[EARLY_READ] = startEarlyTabRead(globalThis, location.search);
  const preview = readPopupPreview(location.search);
  const root = document.getElementById('app');
  const native = ((globalThis as { browser?: I18n }).browser ?? (globalThis as { chrome?: I18n }).chrome)?.i18n;
  const startApp = () =>
    addScript(document, APP_SCRIPT).catch((error: Error) => {
      // Without the app the popup can do nothing; say so rather than leave a card whose buttons never come.
      const line = document.createElement('p');
      line.setAttribute('role', 'alert');
      line.textContent = native?.getMessage('popupStartFailed', [error.message]) || error.message;
      (root ?? document.body).append(line);
    });
  if (!preview || !root) {
    void startApp();
    return;
  }
  paintPreview(root, preview, native?.getMessage('popupAnalysing') ?? '');
  performance.mark('popup:title');
  addEventListener('load', () => void startApp(), { once: true });
});
