/**
 * Downloads a copy made in an extension page. The object URL is created here, never in the worker (MV3 workers
 * cannot create them in Chrome), and the download is followed to its end so a cancel or refusal is reported.
 */
import browser from 'webextension-polyfill';

export class DownloadCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'DownloadCancelledError';
  }
}

const WATCH_MS = 30_000;

function waitForDownload(id: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      browser.downloads.onChanged.removeListener(onChanged);
      fn();
    };
    const onChanged = (delta: browser.Downloads.OnChangedDownloadDeltaType) => {
      if (delta.id !== id) return;
      if (delta.state?.current === 'complete') finish(resolve);
      if (delta.state?.current === 'interrupted') {
        const reason = delta.error?.current ?? 'interrupted';
        finish(() => reject(/CANCEL/i.test(reason) ? new DownloadCancelledError() : new Error(reason)));
      }
    };
    // A very slow disk is not a failure: after this long the download is left to the browser's own UI.
    const timer = setTimeout(() => finish(resolve), WATCH_MS);
    browser.downloads.onChanged.addListener(onChanged);
    void browser.downloads.search({ id }).then(([item]) => {
      if (item?.state === 'complete') finish(resolve);
      if (item?.state === 'interrupted') finish(() => reject(new Error(item.error ?? 'interrupted')));
    });
  });
}

export async function downloadBlob(blob: Blob, filename: string): Promise<void> {
  const url = URL.createObjectURL(blob);
  try {
    let id: number;
    try {
      id = await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
    } catch (error) {
      // Firefox rejects with "Download canceled by the user" when a save dialog is dismissed.
      if (/cancel/i.test(String(error))) throw new DownloadCancelledError();
      throw error;
    }
    await waitForDownload(id);
  } finally {
    // Revoke later: Firefox reads the blob after download() resolves.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

export function downloadText(text: string, filename: string, mime: string): Promise<void> {
  return downloadBlob(new Blob([text], { type: `${mime};charset=utf-8` }), filename);
}
