/**
 * The one module that reads and writes extension storage. Per-tab results live in `storage.session` so they survive
 * the MV3 worker being stopped (it is, after 30 s idle) but not the browser session; settings live in `storage.local`.
 */
import browser from 'webextension-polyfill';
import { normalizeSettings, type ReaderSettings } from './reader-settings';
import { tabKey } from './early-tab-read';
import type { TabState } from './tab-state';

const SETTINGS_KEY = 'reader-settings';

// Firefox before 115 has no storage.session; local keeps the extension working there, at the cost of persistence.
function sessionArea(): browser.Storage.StorageArea {
  return (browser.storage as { session?: browser.Storage.StorageArea }).session ?? browser.storage.local;
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  const key = tabKey(tabId);
  const got = await sessionArea().get(key);
  return (got[key] as TabState | undefined) ?? null;
}

export async function putTabState(state: TabState): Promise<void> {
  await sessionArea().set({ [tabKey(state.tabId)]: { ...state, updatedAt: Date.now() } });
}

export async function removeTabState(tabId: number): Promise<void> {
  await sessionArea().remove(tabKey(tabId));
}

export async function getSettings(): Promise<ReaderSettings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(got[SETTINGS_KEY]);
}

export async function putSettings(settings: ReaderSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Call `listener` whenever the settings change in another page, so two open reading views agree. */
export function watchSettings(listener: (settings: ReaderSettings) => void): () => void {
  const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) listener(normalizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Call `listener` when the worker updates a tab's state (for example, when analysis finishes). */
export function watchTabState(tabId: number, listener: (state: TabState) => void): () => void {
  const key = tabKey(tabId);
  const onChanged = (changes: Record<string, browser.Storage.StorageChange>) => {
    const change = changes[key];
    if (change?.newValue) listener(change.newValue as TabState);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
