/** What the library page needs from its surroundings: the store, a way to download, and the clock. */
import type { Library } from '../../utils/library/library-db';

export type LibraryPort = Pick<
  Library,
  'list' | 'facets' | 'remove' | 'restore' | 'exportJsonl' | 'exportMarkdownZip' | 'importJsonl' | 'warmSearch'
>;

export interface LibraryPageDeps {
  library: LibraryPort;
  /** Save a file through the browser; rejects when the download is cancelled or refused. */
  download: (blob: Blob, filename: string) => Promise<void>;
  now?: () => Date;
}

/** The reading view loads library entries by their address, so an entry opens offline. */
export function readerHref(url: string): string {
  return `/reader.html?url=${encodeURIComponent(url)}`;
}
