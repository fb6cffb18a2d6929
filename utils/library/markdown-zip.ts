/** The "export as Markdown" archive: one Markdown copy per entry, named as a single download would be. */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { articleFileName, uniqueFileName } from '../export/file-name';
import { articleToMarkdown } from '../export/to-markdown';
import type { LibraryEntry } from './library-types';

export function markdownZip(entries: LibraryEntry[]): Uint8Array<ArrayBuffer> {
  const files: Zippable = {};
  const taken = new Set<string>();
  const ordered = [...entries].sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
  for (const entry of ordered) {
    const name = uniqueFileName(articleFileName(entry.article, 'md'), taken);
    const markdown = articleToMarkdown(entry.article, new Date(entry.savedAt));
    // The entry's own time, not the export's: the same library zips to the same bytes.
    files[name] = [strToU8(markdown), { mtime: new Date(entry.updatedAt) }];
  }
  return zipSync(files, { level: 6 });
}
