/** The library extension page (`/library.html`): everything saved, searchable, readable offline. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BatchSavePanel } from '../../components/library/batch-save-panel';
import { LibraryPage } from '../../components/library/library-page';
import type { BatchProgress } from '../../utils/library/batch-save';
import type { Library } from '../../utils/library/library-db';
import { t, uiLanguage } from '../../utils/i18n';
import { openLibrary } from '../../utils/library/library-db';
// The one download helper of the extension pages: object URL made here, cancel and refusal reported.
import { downloadBlob } from '../popup/download-file';
import { runBatch } from './run-batch';

/** `library.html?batch=<tabId>` also saves every article linked from that tab's list page, showing its progress. */
function LibraryApp({ library, batchTab }: { library: Library; batchTab: number | null }) {
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [controller] = useState(() => new AbortController());
  useEffect(() => {
    if (batchTab === null) return;
    runBatch(batchTab, library, setProgress, controller.signal).catch((e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
    return () => controller.abort();
  }, []);
  return (
    <>
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      {progress && <BatchSavePanel progress={progress} onCancel={() => controller.abort()} />}
      {/* Re-mounted as the batch saves, so the list shows what was just added. */}
      <LibraryPage key={progress?.saved ?? 0} library={library} download={downloadBlob} />
    </>
  );
}

async function main(): Promise<void> {
  document.documentElement.lang = uiLanguage();
  document.title = t('libraryTitle');
  const app = document.getElementById('app')!;
  try {
    const library = await openLibrary();
    const batch = Number(new URLSearchParams(location.search).get('batch'));
    render(<LibraryApp library={library} batchTab={Number.isInteger(batch) && batch > 0 ? batch : null} />, app);
  } catch (error) {
    const message = document.createElement('p');
    message.className = 'status error';
    message.setAttribute('role', 'alert');
    message.dataset.testid = 'status';
    message.textContent = t('libraryLoadFailed', error instanceof Error ? error.message : String(error));
    app.replaceChildren(message);
  }
}

void main();
