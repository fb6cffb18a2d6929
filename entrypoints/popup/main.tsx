import { render } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { PopupView } from '../../components/popup/popup-view';
import type { PopupActions } from '../../components/popup/popup-actions';
import { t, uiLanguage } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { getTabState, watchTabState } from '../../utils/storage';
import type { TabState } from '../../utils/tab-state';
import { downloadText } from './download-file';

performance.mark('popup:script');

// The copy builders (turndown, the library) are loaded on the first click, so the popup's first paint does not wait on them.
const copies = () => import('./article-copies');

// Extraction of a long multi-page article can take a while; the popup shows its skeleton meanwhile.
const ARTICLE_WAIT_MS = 60_000;

/** A real popup uses the active tab; tests (and the reading view's links) may name one with ?tabId=N. */
async function findTabId(): Promise<number> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

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

// Started before the first render, so the session-storage read overlaps Preact's start-up: the title can show on the
// first state update instead of after a render → effect → read round trip.
const tabIdPromise = findTabId();
const storedPromise = tabIdPromise.then(getTabState).catch(() => null);

// Layout effects, not effects: Preact runs effects after the next animation frame (up to 100 ms later in a popup that
// is still being shown), and the first data must not wait for a frame that the data itself would fill.
function App() {
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
    const accept = (s: TabState) => live && setState(s);
    // Fast path: what the worker already prepared is read straight from session storage, without waking it.
    void (attempt === 0 ? storedPromise : getTabState(tabId)).then((s) => s?.status === 'ready' && accept(s));
    const ask =
      attempt === 0
        ? sendMessage('get-tab-state', { tabId, wait: 'article' }, ARTICLE_WAIT_MS)
        : sendMessage('refresh-tab', { tabId }, ARTICLE_WAIT_MS);
    ask.then(accept, (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
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
  return <PopupView state={state} error={error} actions={actions} />;
}

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
