/** What the extension knows about one tab: shared by the worker, the popup and the reading view. */
import type { Analysis, Article, PageKind } from './article';

export interface ListLink {
  url: string;
  title: string;
  /** yyyy-mm-dd from the article URL, for newest-first ordering. */
  date: string | null;
}

export type TabStatus = 'classified' | 'extracting' | 'ready' | 'error' | 'not-site';

export interface TabState {
  tabId: number;
  url: string;
  status: TabStatus;
  kind: PageKind;
  template: string | null;
  article: Article | null;
  /** Links to articles found on a list or topic page. */
  links: ListLink[];
  analysis: Analysis | null;
  /** 'pending' while the worker analyses; 'failed' with `error` when it could not. */
  analysisStatus: 'none' | 'pending' | 'done' | 'failed';
  error: string | null;
  updatedAt: number;
}

/** What the extractor script returns from the page. */
export interface PageExtraction {
  article: Article;
  links: ListLink[];
}

export function newTabState(tabId: number, url: string, kind: PageKind, template: string | null): TabState {
  return {
    tabId,
    url,
    status: 'classified',
    kind,
    template,
    article: null,
    links: [],
    analysis: null,
    analysisStatus: 'none',
    error: null,
    updatedAt: Date.now(),
  };
}

/** How far the worker had got with a page when it wrote this state: classified < read (or failed) < analysed. */
function progress(state: TabState): number {
  if (state.status === 'ready') return state.analysisStatus === 'done' || state.analysisStatus === 'failed' ? 3 : 2;
  return state.status === 'error' || state.status === 'not-site' ? 2 : 1;
}

/**
 * Whether `next` should replace `current` in a page that shows a tab. The popup hears of a tab from three sources
 * (the early storage read, the worker's answer, storage changes) whose order is not guaranteed: the answer "read,
 * analysis pending" can arrive after the change that brought the analysis. An older snapshot of the same page must
 * never undo a newer one; a state for another address (the tab moved on) always wins.
 */
export function supersedes(next: TabState, current: TabState | null): boolean {
  if (!current || next.url !== current.url) return true;
  return progress(next) >= progress(current);
}
