/**
 * Part of the storage layer (see storage.ts) that must not load webextension-polyfill: the popup's first read of a
 * tab's prepared state, started by a classic script while the popup document is still being parsed, before its
 * app (Preact, the polyfill) has loaded. It uses the browser's own promise-returning namespace, which both
 * Chrome MV3 and Firefox provide for storage.
 */
import type { TabState } from './tab-state';

export const tabKey = (tabId: number) => `tab:${tabId}`;

/** Where the early read leaves its promise for the popup's app. */
export const EARLY_READ = '__taiwanCnReaderEarlyTabState';

interface NativeStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
}

type NativeApi = { storage?: { session?: NativeStorageArea; local?: NativeStorageArea } } | undefined;

/** The state of the tab named by `?tabId=N`, or null when there is none to read (no tab id, no API). */
export function startEarlyTabRead(scope: typeof globalThis, search: string): Promise<TabState | null> | null {
  const tabId = Number(new URLSearchParams(search).get('tabId'));
  if (!Number.isInteger(tabId) || tabId <= 0) return null;
  const native = scope as { browser?: NativeApi; chrome?: NativeApi };
  const storage = (native.browser ?? native.chrome)?.storage;
  const area = storage?.session ?? storage?.local;
  if (!area) return null;
  const key = tabKey(tabId);
  return area.get(key).then(
    (got) => (got[key] as TabState | undefined) ?? null,
    () => null,
  );
}
