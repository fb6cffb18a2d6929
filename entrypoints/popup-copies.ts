/**
 * The popup's copy builders as one classic script (entrypoints/popup-app/load-copies.ts loads it on the first save,
 * copy or add). The reading view imports the same module directly.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addToLibrary, copyCitation, copyMarkdown, saveCopy } from './popup/article-copies';
import { COPIES_GLOBAL, type ArticleCopies } from './popup-app/load-copies';

export default defineUnlistedScript(() => {
  const copies: ArticleCopies = { saveCopy, copyMarkdown, copyCitation, addToLibrary };
  (globalThis as unknown as Record<string, ArticleCopies>)[COPIES_GLOBAL] = copies;
});
