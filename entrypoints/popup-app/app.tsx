/** The popup's app: the article card, list and notices over the tab's state, and the actions behind their buttons. */
import { storedPromise, tabIdPromise } from './early-state';
import { useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { PopupView } from '../../components/popup/popup-view';
import type { PopupActions } from '../../components/popup/popup-actions';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { readPopupPreview } from '../../utils/popup-preview';
import { getTabState, watchTabState } from '../../utils/storage';
import { supersedes, type TabState } from '../../utils/tab-state';
import { downloadText } from '../popup/download-file';
import { loadCopies as copies } from './load-copies';

// The card's head the worker put in this popup's address; popup-early.js has painted it already.
const preview = readPopupPreview(location.search);

// Extraction of a long multi-page article can take a while; the popup shows its skeleton meanwhile.
const ARTICLE_WAIT_MS = 60_000;

async function pageSnapshot(tabId: number): Promise<string> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => new XMLSerializer().serializeToString(document),
  });
  return String(result?.result ?? '');
}

function makeActions(tabId: number, getState: () => TabState | null, refresh: () => void): PopupActions {
  const article = () => {
    const a = getState()?.article;
    if (!a) throw new Error(t('readerNotFound', String(tabId)));
    return a;
  };
  return {
    openReader: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tabId=${tabId}`) });
      window.close();
    },
    openLibrary: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
      window.close();
    },
    saveAll: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/library.html?batch=${tabId}`) });
      window.close();
    },
    openPage: async (url) => {
      await browser.tabs.update(tabId, { url });
      window.close();
    },
    save: async (format) => (await copies()).saveCopy(article(), format),
    copyMarkdown: async () => (await copies()).copyMarkdown(article()),
    copyCitation: async () => (await copies()).copyCitation(article()),
    addToLibrary: async () => (await copies()).addToLibrary(article()),
    saveDiagnostic: async () => {
      // What a maintainer needs to turn a failure into a fixture: the page as the browser has it, its URL, and what we made of it.
      const state = getState();
      const html = await pageSnapshot(tabId);
      const report = { url: state?.url, error: state?.error, article: state?.article ?? null };
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      await downloadText(
        `<!-- ${JSON.stringify(report).replace(/--/g, '- -')} -->\n${html}`,
        `taiwan-cn-diagnostic ${stamp}.html`,
        'text/html',
      );
      return t('statusSaved', `taiwan-cn-diagnostic ${stamp}.html`);
    },
    retry: async () => {
      refresh();
    },
  };
}

// Layout effects, not effects: Preact runs effects after the next animation frame (up to 100 ms later in a popup that
// is still being shown), and the first data must not wait for a frame that the data itself would fill.
export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useLayoutEffect(() => {
    tabIdPromise.then(setTabId, (e: unknown) => setError(String(e)));
  }, []);

  useLayoutEffect(() => {
    if (tabId === null) return;
    let live = true;
    // The three sources below answer in no fixed order; an older snapshot of the page must not undo a newer one.
    const accept = (s: TabState) => live && setState((current) => (supersedes(s, current) ? s : current));
    // Fast path: what the worker already prepared is read straight from session storage, without waking it.
    void (attempt === 0 ? storedPromise : getTabState(tabId)).then((s) => s?.status === 'ready' && accept(s));
    const ask =
      attempt === 0
        ? sendMessage('get-tab-state', { tabId, wait: 'article' }, ARTICLE_WAIT_MS)
        : sendMessage('refresh-tab', { tabId }, ARTICLE_WAIT_MS);
    const fail = (e: unknown) => live && setError(e instanceof Error ? e.message : String(e));
    ask.then((s) => {
      accept(s);
      // An article read but not yet analysed: storage changes bring the analysis, and so does this request, which
      // waits for it in the worker (and starts it again if a worker restart lost it), so no missed change can leave
      // the popup on its skeleton.
      if (s.article?.kind === 'article' && s.analysisStatus !== 'done' && s.analysisStatus !== 'failed')
        // Its failure changes nothing shown: the analysis status that storage brings says what went wrong.
        sendMessage('get-tab-state', { tabId, wait: 'analysis' }, ARTICLE_WAIT_MS).then(accept, () => undefined);
    }, fail);
    const stop = watchTabState(tabId, accept);
    return () => {
      live = false;
      stop();
    };
  }, [tabId, attempt]);

  if (tabId === null && !error)
    return (
      <PopupView
        state={null}
        error={null}
        preview={preview}
        actions={makeActions(
          0,
          () => null,
          () => {},
        )}
      />
    );
  const actions = makeActions(
    tabId ?? 0,
    () => state,
    () => {
      setError(null);
      setState(null);
      setAttempt((n) => n + 1);
    },
  );
  return <PopupView state={state} error={error} actions={actions} preview={preview} />;
}
