/**
 * Per-tab work: classify → extract (in the page, by injecting the extractor) → analyse (here, in the worker).
 * Every step writes the tab's state to session storage, so a worker restart or a popup opened mid-way sees progress.
 */
import browser from 'webextension-polyfill';
import type { PageKind } from '../../utils/article';
import { analyzeArticle } from '../../utils/analysis/analyze-article';
import { isSiteUrl } from '../../utils/detect/classify-page';
import { getTabState, putTabState } from '../../utils/storage';
import { newTabState, type PageExtraction, type TabState } from '../../utils/tab-state';
import { setBadge } from './badge';
import { getEngine } from './engine';

const EXTRACT_TIMEOUT_MS = 45_000;
const extracting = new Map<string, Promise<TabState>>();
const analysing = new Map<string, Promise<TabState>>();
const jobKey = (tabId: number, url: string) => `${tabId} ${url}`;

function timeout<T>(ms: number, what: string): Promise<T> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s.`)), ms),
  );
}

async function runExtractor(tabId: number): Promise<PageExtraction> {
  const results = await browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] });
  const extraction = results[0]?.result as PageExtraction | undefined;
  if (!extraction?.article) throw new Error('The page could not be read (the extractor returned nothing).');
  return extraction;
}

/** Run `job` unless one for the same key is already running, in which case share its result. */
function once(jobs: Map<string, Promise<TabState>>, key: string, job: () => Promise<TabState>): Promise<TabState> {
  const running = jobs.get(key);
  if (running) return running;
  const started = job().finally(() => jobs.delete(key));
  jobs.set(key, started);
  return started;
}

export function analyse(state: TabState): Promise<TabState> {
  const article = state.article;
  if (!article || article.kind !== 'article' || article.paragraphs.length === 0) return Promise.resolve(state);
  return once(analysing, jobKey(state.tabId, state.url), async () => {
    await putTabState({ ...state, analysisStatus: 'pending' });
    try {
      const done: TabState = { ...state, analysis: analyzeArticle(article, await getEngine()), analysisStatus: 'done' };
      await putTabState(done);
      return done;
    } catch (error) {
      const failed: TabState = { ...state, analysisStatus: 'failed', error: `Analysis failed: ${String(error)}` };
      await putTabState(failed);
      return failed;
    }
  });
}

/** Extract the tab's page (once per URL at a time), then start the analysis without waiting for it. */
export function extract(tabId: number, url: string, kind: PageKind, template: string | null): Promise<TabState> {
  return once(extracting, jobKey(tabId, url), async () => {
    const base = newTabState(tabId, url, kind, template);
    await putTabState({ ...base, status: 'extracting' });
    try {
      const { article, links } = await Promise.race([
        runExtractor(tabId),
        timeout<PageExtraction>(EXTRACT_TIMEOUT_MS, 'Reading the page'),
      ]);
      const ready: TabState = {
        ...base,
        status: 'ready',
        kind: article.kind,
        template: article.template,
        article,
        links,
      };
      await putTabState(ready);
      await setBadge(tabId, article.kind, article);
      void analyse(ready);
      return ready;
    } catch (error) {
      const failed: TabState = {
        ...base,
        status: 'error',
        error: error instanceof Error ? error.message : String(error),
      };
      await putTabState(failed);
      return failed;
    }
  });
}

export async function onPageClassified(
  tabId: number,
  url: string,
  kind: PageKind,
  template: string | null,
): Promise<void> {
  await setBadge(tabId, kind === 'other' ? null : kind);
  if (kind === 'other') {
    await putTabState({ ...newTabState(tabId, url, kind, template), status: 'ready' });
    return;
  }
  void extract(tabId, url, kind, template);
}

/** Not analysed yet, failed before, or 'pending' in a worker that has since been restarted and lost the job. */
function needsAnalysis(state: TabState): boolean {
  if (state.analysisStatus === 'none' || state.analysisStatus === 'failed') return true;
  return state.analysisStatus === 'pending' && !analysing.has(jobKey(state.tabId, state.url));
}

/**
 * The popup's and reader's way in. Where nothing is known (a tab opened before the extension was installed, or the
 * worker's state was cleared), the scripts are injected now with `scripting.executeScript`.
 */
export async function tabStateFor(tabId: number, wait?: 'article' | 'analysis'): Promise<TabState> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  if (!isSiteUrl(url)) return { ...newTabState(tabId, url, 'other', null), status: 'not-site' };
  let state = await getTabState(tabId);
  if (!state || state.url !== url || state.status === 'error') {
    state = await extract(tabId, url, 'other', null);
  } else if (state.status === 'extracting' || state.status === 'classified') {
    const running = extracting.get(jobKey(tabId, url));
    // A worker restart loses the running job; start again rather than wait on a promise that no longer exists.
    state = running ? (wait ? await running : state) : await extract(tabId, url, state.kind, state.template);
  }
  if (wait === 'analysis' && state.article?.kind === 'article' && state.analysisStatus !== 'done') {
    state = await (analysing.get(jobKey(tabId, url)) ?? analyse(state));
  } else if (state.article?.kind === 'article' && needsAnalysis(state)) {
    void analyse(state);
  }
  return state;
}
