/**
 * Injected by the worker (scripting.executeScript) into a page that holds an article or a list. It reads the live
 * page without changing it and returns plain data; its result is the value of the injection.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../utils/extract/extract-article';
import { articleLinks } from '../utils/list-links';
import type { PageExtraction } from '../utils/tab-state';

export default defineUnlistedScript(async (): Promise<PageExtraction> => {
  const url = location.href;
  const article = await extractArticle(document, url, {
    // Later pages of a multi-page article are on the same host: fetch their raw bytes and let the code decode them.
    fetchPage: async (pageUrl, signal) => {
      const response = await fetch(pageUrl, { signal, credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.arrayBuffer();
    },
  });
  const links = article.kind === 'list' || article.kind === 'topic' ? articleLinks(document, url) : [];
  return { article, links };
});
