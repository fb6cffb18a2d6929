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
