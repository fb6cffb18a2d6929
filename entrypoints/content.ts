/**
 * Runs on every taiwan.cn page, so it stays tiny: classify the page by URL and DOM and tell the worker. The heavy
 * extractor is injected by the worker only into pages that hold an article or a list.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { classifyPage } from '../utils/detect/classify-page';
import { sendMessage } from '../utils/messaging';
import { SITE_MATCHES } from '../utils/site-matches';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    const { kind, template } = classifyPage(location.href, document);
    sendMessage('page-classified', { url: location.href, kind, template }).catch(() => {
      // "Extension context invalidated": this script belongs to an extension version that has been updated or
      // removed; the new version injects its own scripts when asked, so there is nothing useful to say here.
    });
  },
});
