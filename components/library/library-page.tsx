/** The library page: list, search and filters, delete with undo, export and import. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import {
  LibraryError,
  type Facets,
  type ImportReport,
  type LibraryEntry,
  type LibraryFilter,
  type LibraryItem,
} from '../../utils/library/library-db';
import { ImportReportView } from './import-report-view';
import { LibraryFilters } from './library-filters';
import { LibraryList } from './library-list';
import type { LibraryPageDeps } from './library-port';
import { LibraryTransfer } from './library-transfer';

type Status = { kind: 'info' | 'error'; text: string } | null;

/** Quota errors get their own words: the user must know nothing was lost, and why the write failed. */
function failure(error: unknown): string {
  if (error instanceof LibraryError && error.code === 'quota') return t('libraryQuota');
  return t('libraryWriteFailed', error instanceof Error ? error.message : String(error));
}

function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function LibraryPage({ library, download, now = () => new Date() }: LibraryPageDeps) {
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [items, setItems] = useState<LibraryItem[] | null>(null);
  const [facets, setFacets] = useState<Facets>({ categories: [], months: [] });
  const [status, setStatus] = useState<Status>(null);
  const [removed, setRemoved] = useState<LibraryEntry | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    // Typing a query should not start a search per keystroke; menus apply at once.
    const timer = setTimeout(
      () => {
        // A User Timing entry per query, so the browser suite can report list and search times on real IndexedDB.
        const started = performance.now();
        const listed = library.list(filter).then((list) => {
          performance.measure(filter.query ? 'library:search' : 'library:list', { start: started });
          return list;
        });
        Promise.all([listed, library.facets()]).then(
          ([list, counts]) => {
            if (!live) return;
            setItems(list);
            setFacets(counts);
            // With the list on screen, get the first search ready in the background.
            if (!filter.query) setTimeout(() => void library.warmSearch().catch(() => undefined), 0);
          },
          (error: unknown) => live && setStatus({ kind: 'error', text: t('libraryLoadFailed', String(error)) }),
        );
      },
      filter.query ? 120 : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [library, filter, version]);

  // Articles added from the popup while this page is open show up when the user comes back to it.
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  const run = async (task: () => Promise<Status>) => {
    setBusy(true);
    try {
      setStatus(await task());
    } catch (error) {
      setStatus({ kind: 'error', text: failure(error) });
    } finally {
      setBusy(false);
      reload();
    }
  };

  const onDelete = (item: LibraryItem) =>
    run(async () => {
      const entry = await library.remove(item.url);
      setRemoved(entry ?? null);
      return { kind: 'info', text: t('libraryDeleted', item.title ?? item.url) };
    });

  const onUndo = () =>
    run(async () => {
      if (removed) await library.restore(removed);
      setRemoved(null);
      return { kind: 'info', text: t('libraryRestored') };
    });

  const save = async (blob: Blob, filename: string): Promise<Status> => {
    try {
      await download(blob, filename);
      return { kind: 'info', text: t('libraryExported', filename) };
    } catch (error) {
      return { kind: 'error', text: t('libraryExportFailed', error instanceof Error ? error.message : String(error)) };
    }
  };

  const onExportJsonl = () =>
    run(async () => {
      setRemoved(null);
      const text = await library.exportJsonl();
      return save(new Blob([text], { type: 'application/x-ndjson' }), `taiwan-cn-library ${stamp(now())}.jsonl`);
    });

  const onExportZip = () =>
    run(async () => {
      setRemoved(null);
      const zip = await library.exportMarkdownZip();
      return save(new Blob([zip], { type: 'application/zip' }), `taiwan-cn-library ${stamp(now())}.zip`);
    });

  const onImport = (file: File) =>
    run(async () => {
      setRemoved(null);
      setReport(null);
      try {
        setReport(await library.importJsonl(await file.text(), now()));
        return null;
      } catch (error) {
        return { kind: 'error', text: t('libraryImportFailed', failure(error)) };
      }
    });

  const filtered = Boolean(filter.query?.trim() || filter.category || filter.month);
  return (
    <div class="library">
      <header>
        <h1>{t('libraryTitle')}</h1>
        <LibraryTransfer busy={busy} onExportJsonl={onExportJsonl} onExportZip={onExportZip} onImport={onImport} />
      </header>
      <LibraryFilters filter={filter} facets={facets} onChange={setFilter} />
      <p class={`status ${status?.kind ?? ''}`} data-testid="status" role="status">
        {busy ? t('libraryWorking') : (status?.text ?? '')}
        {removed && !busy && (
          <button type="button" data-testid="library-undo" onClick={onUndo}>
            {t('libraryUndo')}
          </button>
        )}
      </p>
      {report && <ImportReportView report={report} onClose={() => setReport(null)} />}
      {items && <p class="count">{t('libraryCount', String(items.length))}</p>}
      {items && <LibraryList items={items} filtered={filtered} onDelete={onDelete} />}
    </div>
  );
}
