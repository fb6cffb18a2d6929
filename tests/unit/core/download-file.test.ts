/** Downloads are followed to their end: a finished one resolves, a cancelled or refused one says so. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DownloadCancelledError, downloadText } from '../../../entrypoints/popup/download-file';

type Delta = { id: number; state?: { current: string }; error?: { current: string } };
let listeners: ((delta: Delta) => void)[] = [];
const emit = (delta: Delta) => listeners.forEach((l) => l(delta));

function fakeDownloads(download: () => Promise<number>, searchState = 'in_progress') {
  listeners = [];
  Object.assign(fakeBrowser.downloads, {
    download: vi.fn(download),
    search: vi.fn(async () => [{ id: 7, state: searchState }]),
    onChanged: {
      addListener: (l: (d: Delta) => void) => listeners.push(l),
      removeListener: (l: (d: Delta) => void) => (listeners = listeners.filter((x) => x !== l)),
    },
  });
}

describe('downloadText', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks for the file name and resolves when the download completes', async () => {
    fakeDownloads(async () => 7);
    const done = downloadText('正文', '2017-02-23 标题.md', 'text/markdown');
    await vi.waitFor(() => expect(listeners).toHaveLength(1));
    emit({ id: 7, state: { current: 'complete' } });
    await expect(done).resolves.toBeUndefined();
    expect(fakeBrowser.downloads.download).toHaveBeenCalledWith(
      expect.objectContaining({ filename: '2017-02-23 标题.md', saveAs: false }),
    );
    expect(listeners).toHaveLength(0);
  });

  it('reports a download the user cancelled', async () => {
    fakeDownloads(async () => 7);
    const done = downloadText('x', 'a.md', 'text/markdown');
    await vi.waitFor(() => expect(listeners).toHaveLength(1));
    emit({ id: 8, state: { current: 'complete' } }); // someone else's download
    emit({ id: 7, state: { current: 'interrupted' }, error: { current: 'USER_CANCELED' } });
    await expect(done).rejects.toBeInstanceOf(DownloadCancelledError);
  });

  it('reports a download the browser refused, with its reason', async () => {
    fakeDownloads(async () => 7);
    const done = downloadText('x', 'a.md', 'text/markdown');
    await vi.waitFor(() => expect(listeners).toHaveLength(1));
    emit({ id: 7, state: { current: 'interrupted' }, error: { current: 'FILE_NO_SPACE' } });
    await expect(done).rejects.toThrow('FILE_NO_SPACE');
  });

  it('treats a dismissed save dialog (Firefox rejects the call) as a cancel', async () => {
    fakeDownloads(async () => Promise.reject(new Error('Download canceled by the user')));
    await expect(downloadText('x', 'a.md', 'text/markdown')).rejects.toBeInstanceOf(DownloadCancelledError);
  });

  it('passes on any other refusal, such as an invalid file name', async () => {
    fakeDownloads(async () => Promise.reject(new Error('Invalid filename')));
    await expect(downloadText('x', 'a.md', 'text/markdown')).rejects.toThrow('Invalid filename');
  });

  it('resolves at once when the download already finished before it was watched', async () => {
    fakeDownloads(async () => 7, 'complete');
    await expect(downloadText('x', 'a.md', 'text/markdown')).resolves.toBeUndefined();
  });
});
