/**
 * The popup's tab and its prepared state, imported first by the app (index.tsx), before Preact and the components.
 * The read of the state usually began earlier still, in popup-early.js; where it did not (no tab in the address), it
 * starts here, so the storage round trip overlaps the evaluation of the rest and the title can show on the first state
 * update.
 */
import browser from 'webextension-polyfill';
import { EARLY_READ } from '../../utils/early-tab-read';
import { getTabState } from '../../utils/storage';
import type { TabState } from '../../utils/tab-state';

performance.mark('popup:script');

/**
 * The worker gives every tab it has seen load a page its own popup URL (popup.html?tabId=N); tests and the reading
 * view's links do the same. A tab that has loaded nothing since the extension started (one open before it was
 * installed) gets the default popup, which asks for the active tab.
 */
async function findTabId(): Promise<number> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

export const tabIdPromise = findTabId();
// popup-early.js (a classic script in the popup body) usually started this read already.
const early = (globalThis as Record<string, unknown>)[EARLY_READ] as Promise<TabState | null> | null | undefined;
export const storedPromise = early ?? tabIdPromise.then(getTabState).catch(() => null);
