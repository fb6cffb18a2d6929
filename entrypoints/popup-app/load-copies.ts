/**
 * The copy builders (the sanitizer, turndown, the library's IndexedDB: about 200 kB) are their own classic script,
 * popup-copies.js, loaded on the popup's first save, copy or add, so opening the popup never waits on them.
 */
import { addScript } from '../../utils/add-script';
import type * as ArticleCopiesModule from '../popup/article-copies';

export type ArticleCopies = Pick<
  typeof ArticleCopiesModule,
  'saveCopy' | 'copyMarkdown' | 'copyCitation' | 'addToLibrary'
>;

/** Where popup-copies.js leaves its functions for the app. */
export const COPIES_GLOBAL = '__taiwanCnReaderCopies';
export const COPIES_SCRIPT = '/popup-copies.js';

let loading: Promise<ArticleCopies> | null = null;

/** Loads popup-copies.js once; a failed load is reported with its address, and the next call tries again. */
export function loadCopies(doc: Document = document): Promise<ArticleCopies> {
  loading ??= addScript(doc, COPIES_SCRIPT)
    .then(() => {
      const copies = (doc.defaultView as unknown as Record<string, ArticleCopies | undefined>)[COPIES_GLOBAL];
      if (!copies) throw new Error(`${COPIES_SCRIPT} ran but registered nothing`);
      return copies;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
