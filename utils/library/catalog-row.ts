/** The list row and the folded search text derived from an entry; recomputed whenever the entry is written. */
import type { CatalogRow, LibraryEntry, LibraryItem, SearchRow } from './library-types';
import { foldForSearch } from './search-text';

const EXCERPT_CHARS = 120;

/** `新闻中心 › 时政新闻`: the category filter's value. */
export function categoryPath(category: string[]): string {
  return category.join(' › ');
}

function excerptOf(entry: LibraryEntry): string {
  const { summary, description, paragraphs } = entry.article;
  const text = (summary && summary.length > 0 ? summary.join('') : (description ?? paragraphs[0] ?? '')).trim();
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}

export function catalogRow(entry: LibraryEntry): CatalogRow {
  const { article } = entry;
  return {
    url: entry.url,
    title: article.title,
    source: article.source,
    editor: article.editor,
    publishedAt: article.publishedAt,
    category: article.category,
    month: (article.publishedAt ?? entry.savedAt).slice(0, 7),
    script: article.script,
    lang: article.lang,
    excerpt: excerptOf(entry),
    savedAt: entry.savedAt,
    updatedAt: entry.updatedAt,
  };
}

export function searchRow(entry: LibraryEntry): SearchRow {
  const { article } = entry;
  const keywords = [...(article.keywords ?? []).map((k) => k.word), ...article.pageKeywords];
  // Fields are kept apart by newlines so a query cannot match across the end of the title into the body.
  return {
    url: entry.url,
    text: foldForSearch([article.title ?? '', keywords.join('\n'), ...article.paragraphs].join('\n')),
  };
}

/** The row as the page sees it: exactly the list fields, whatever an older version stored beside them. */
export function toItem(row: CatalogRow): LibraryItem {
  return {
    url: row.url,
    title: row.title,
    source: row.source,
    editor: row.editor,
    publishedAt: row.publishedAt,
    category: row.category,
    month: row.month,
    script: row.script,
    lang: row.lang,
    excerpt: row.excerpt,
    savedAt: row.savedAt,
    updatedAt: row.updatedAt,
  };
}
