/**
 * Runs a batch save for the list page in tab `tabId`: the links come from the worker's state for that tab, each page
 * is fetched here (an extension page: host permission, DOMParser and IndexedDB are all at hand) and read like a visit.
 */
import { t } from '../../utils/i18n';
import { batchSave, type BatchProgress } from '../../utils/library/batch-save';
import type { Library } from '../../utils/library/library-db';
import { sendMessage } from '../../utils/messaging';
import { readFetchedPage } from '../../utils/read-fetched-page';

const PAGE_TIMEOUT_MS = 15_000;

async function fetchBytes(url: string, signal: AbortSignal): Promise<ArrayBuffer> {
  const timeout = AbortSignal.timeout(PAGE_TIMEOUT_MS);
  const response = await fetch(url, { signal: AbortSignal.any([signal, timeout]), credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.arrayBuffer();
}

export async function runBatch(
  tabId: number,
  library: Library,
  onProgress: (p: BatchProgress) => void,
  signal: AbortSignal,
): Promise<BatchProgress> {
  const state = await sendMessage('get-tab-state', { tabId, wait: 'article' }, 60_000);
  if (state.links.length === 0) throw new Error(t('batchNoLinks'));
  return batchSave(
    state.links,
    {
      library,
      readArticle: async (url, s) =>
        readFetchedPage(await fetchBytes(url, s), url, window, (u, ps) => fetchBytes(u, ps)),
    },
    onProgress,
    signal,
  );
}
