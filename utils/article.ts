/** The Article object: the data contract shared by the extension, saved copies and the command line (product.md). */

export type PageKind = 'article' | 'list' | 'topic' | 'other';
export type Script = 'Hans' | 'Hant';

export interface ArticleImage {
  src: string;
  caption: string | null;
}

export interface Keyword {
  word: string;
  score: number;
}

export interface Analysis {
  summary: string[];
  keywords: Keyword[];
  charCount: number;
  readingMinutes: number;
  /** Notes on how the analysis was done when it had to degrade (e.g. no WebAssembly). */
  warnings: string[];
}

export interface Article {
  kind: PageKind;
  /** Which page template matched, e.g. 'www-2013', or 'readability' for the generic fallback. */
  template: string;
  /** Canonical URL: the www (or channel host) address, also for Big5 gateway copies. */
  url: string;
  title: string | null;
  /** ISO 8601 in Beijing time, e.g. 2017-02-23T16:43:57+08:00. */
  publishedAt: string | null;
  source: string | null;
  author: string | null;
  reporters: string[];
  editor: string | null;
  /** Breadcrumb without the site root. */
  category: string[];
  pageKeywords: string[];
  description: string | null;
  script: Script;
  lang: string;
  /** Body text blocks, indentation trimmed, captions excluded. */
  paragraphs: string[];
  /** Sanitized body HTML. */
  html: string;
  images: ArticleImage[];
  pages: number;
  warnings: string[];
  summary?: string[];
  keywords?: Keyword[];
  charCount?: number;
  readingMinutes?: number;
}

/** A page that is readable but holds no article: every field empty, `kind` says what it is. */
export function emptyArticle(url: string, kind: PageKind, template = 'none'): Article {
  return {
    kind,
    template,
    url,
    title: null,
    publishedAt: null,
    source: null,
    author: null,
    reporters: [],
    editor: null,
    category: [],
    pageKeywords: [],
    description: null,
    script: 'Hans',
    lang: 'zh-CN',
    paragraphs: [],
    html: '',
    images: [],
    pages: 1,
    warnings: [],
  };
}

/** Attach an analysis to an article, as the command line's `--analyze` and saved copies present it. */
export function withAnalysis(article: Article, analysis: Analysis): Article {
  return {
    ...article,
    summary: analysis.summary,
    keywords: analysis.keywords,
    charCount: analysis.charCount,
    readingMinutes: analysis.readingMinutes,
    warnings: [...article.warnings, ...analysis.warnings],
  };
}
