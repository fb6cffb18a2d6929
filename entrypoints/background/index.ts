import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessages } from '../../utils/messaging';
import { removeTabState } from '../../utils/storage';
import { setBadge } from './badge';
import { registerShortcuts } from './shortcuts';
import { extract, onPageClassified, tabStateFor } from './tab-pipeline';

export default defineBackground({
  // A module worker, so jieba's wasm is emitted once as a file instead of being inlined (issue 4).
  type: 'module',
  main() {
    onMessages({
      'page-classified': async ({ url, kind, template }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await onPageClassified(tabId, url, kind, template);
        return { ok: true };
      },
      'get-tab-state': ({ tabId, wait }) => tabStateFor(tabId, wait),
      'refresh-tab': async ({ tabId }) => {
        await removeTabState(tabId);
        const tab = await browser.tabs.get(tabId);
        return extract(tabId, tab.url ?? '', 'other', null);
      },
    });

    browser.tabs.onRemoved.addListener((tabId) => void removeTabState(tabId));
    browser.tabs.onUpdated.addListener((tabId, change) => {
      // A new page in the tab: what was known belongs to the old one. The new address itself is hidden from the
      // extension when it lies outside taiwan.cn (no host permission there), so a load starting counts too.
      if (change.url || change.status === 'loading') {
        void removeTabState(tabId);
        void setBadge(tabId, null);
      }
    });
    registerShortcuts();
  },
});
