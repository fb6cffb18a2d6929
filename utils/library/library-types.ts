/** The shapes the library stores and returns. */
import type { Article } from '../article';

/** One saved article. `url` is its library key; `savedAt` is the first save, `updatedAt` the latest (ISO 8601). */
export interface LibraryEntry {
  url: string;
  article: Article;
  savedAt: string;
  updatedAt: string;
}

/** What a list row needs, without the body: listing 1,000 entries must not load 1,000 bodies. */
export interface LibraryItem {
  url: string;
  title: string | null;
  source: string | null;
  editor: string | null;
  publishedAt: string | null;
  category: string[];
  /** `YYYY-MM` of publication (of the first save when the page gave no date): the month filter. */
  month: string;
  script: 'Hans' | 'Hant';
  lang: string;
  excerpt: string;
  savedAt: string;
  updatedAt: string;
}

/** A list row as stored (schema v3): what the list shows, without the body. */
export type CatalogRow = LibraryItem;

/** The folded search text of one entry, stored apart so listing never reads it (schema v3). */
export interface SearchRow {
  url: string;
  text: string;
}

export interface LibraryFilter {
  /** Substring terms over title, keywords and body, simplified or traditional. */
  query?: string;
  /** A breadcrumb path joined with ' › ' (see `categoryPath`); matches that section and its subsections. */
  category?: string;
  /** `YYYY-MM`. */
  month?: string;
}

export interface Facets {
  categories: { path: string; count: number }[];
  months: { month: string; count: number }[];
}

export interface PutResult {
  entry: LibraryEntry;
  /** False when the URL was already in the library and this save updated it. */
  created: boolean;
}

export interface ImportReport {
  added: string[];
  updated: string[];
  /** Already in the library as new or newer: left as they were, never overwritten by an older copy. */
  unchanged: string[];
  rejected: { line: number; reason: string }[];
}
