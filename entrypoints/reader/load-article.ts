/** Where the reading view's article comes from: a tab the worker has read (?tabId=N) or a library entry (?url=U). */
import type { Analysis, Article } from '../../utils/article';
import { t } from '../../utils/i18n';
import { openLibrary } from '../../utils/library/library-db';
import { sendMessage } from '../../utils/messaging';

export interface Loaded {
  article: Article;
  analysis: Analysis | null;
}

const WAIT_MS = 60_000;

export async function loadArticle(params: URLSearchParams): Promise<Loaded> {
  const tabId = Number(params.get('tabId'));
  if (Number.isInteger(tabId) && tabId > 0) {
    const state = await sendMessage('get-tab-state', { tabId, wait: 'analysis' }, WAIT_MS);
    if (state.article?.kind !== 'article') throw new Error(t('readerNotFound', state.error ?? state.url));
    return { article: state.article, analysis: state.analysis };
  }
  const url = params.get('url');
  if (url) {
    // Library entries carry their analysis inside the article, so they read offline.
    const library = await openLibrary();
    const entry = await library.get(url).finally(() => library.close());
    if (!entry) throw new Error(t('readerNotFound', url));
    return { article: entry.article, analysis: null };
  }
  throw new Error(t('readerNotFound', location.search || '—'));
}
