/**
 * Words inside saved copies. A copy is read years later, outside the extension, so it speaks the article's own
 * language and script (not the UI's): a traditional-script article gets traditional labels.
 */
import type { Article } from '../article';

export interface CopyLabels {
  published: string;
  source: string;
  author: string;
  editor: string;
  category: string;
  original: string;
  saved: string;
  summary: string;
  keywords: string;
  imageNotSaved: string;
  imageSaved: string;
  /** Between label and value: a full-width colon in Chinese. */
  colon: string;
  /** Between the items of a short list: 、 in Chinese. */
  listSeparator: string;
  /** That the copy lacks some pages of the article (`pages` as written by missing-pages.ts). */
  missingPages: (total: number, pages: string) => string;
}

const HANS: CopyLabels = {
  published: '发布时间',
  source: '来源',
  author: '作者',
  editor: '责任编辑',
  category: '栏目',
  original: '原文链接',
  saved: '保存于',
  summary: '摘要',
  keywords: '关键词',
  imageNotSaved: '此图片未能保存到本文件，原图地址：',
  imageSaved: '图片已嵌入本文件',
  colon: '：',
  listSeparator: '、',
  missingPages: (total, pages) => `本文共 ${total} 页，此副本缺少第 ${pages} 页。`,
};

const HANT: CopyLabels = {
  published: '發布時間',
  source: '來源',
  author: '作者',
  editor: '責任編輯',
  category: '欄目',
  original: '原文連結',
  saved: '儲存於',
  summary: '摘要',
  keywords: '關鍵詞',
  imageNotSaved: '此圖片未能儲存到本檔案，原圖網址：',
  imageSaved: '圖片已嵌入本檔案',
  colon: '：',
  listSeparator: '、',
  missingPages: (total, pages) => `本文共 ${total} 頁，此副本缺少第 ${pages} 頁。`,
};

const EN: CopyLabels = {
  published: 'Published',
  source: 'Source',
  author: 'Author',
  editor: 'Editor',
  category: 'Section',
  original: 'Original',
  saved: 'Saved',
  summary: 'Summary',
  keywords: 'Keywords',
  imageNotSaved: 'This image could not be saved in this file. Original: ',
  imageSaved: 'Image embedded in this file',
  colon: ': ',
  listSeparator: ', ',
  missingPages: (total, pages) =>
    `This article has ${total} pages; this copy lacks ${/[-,]/.test(pages) ? 'pages' : 'page'} ${pages}.`,
};

export function copyLabels(article: Pick<Article, 'lang' | 'script'>): CopyLabels {
  if (article.lang.toLowerCase().startsWith('en')) return EN;
  return article.script === 'Hant' ? HANT : HANS;
}

/** `2017-02-23T16:43:57+08:00` → `2017-02-23 16:43:57`: Beijing time as the site prints it, zone left implicit. */
export function displayPublished(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

/** Local date and time of saving, to the minute: when the reader made the copy, on the reader's clock. */
export function displaySaved(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Author, or the reporters when the page names them instead. */
export function authorText(article: Article): string | null {
  if (article.author) return article.author;
  return article.reporters.length > 0 ? article.reporters.join('、') : null;
}

/** Analysis keywords when there are any, else the page's own keywords meta. */
export function keywordList(article: Article): string[] {
  return article.keywords && article.keywords.length > 0 ? article.keywords.map((k) => k.word) : article.pageKeywords;
}

/** The extractive summary when analysed, else the page's description (often the lead). */
export function summaryText(article: Article): string | null {
  // Chinese sentences end in full-width punctuation and run on; English ones need a space between them.
  const joiner = article.lang.toLowerCase().startsWith('en') ? ' ' : '';
  if (article.summary && article.summary.length > 0) return article.summary.join(joiner);
  return article.description;
}

/** `发布时间：… · 来源：… · 作者：… · 责任编辑：…`, leaving out what the page does not say. */
export function metaParts(article: Article, labels: CopyLabels): string[] {
  const author = authorText(article);
  const pairs: [string, string | null][] = [
    [labels.published, displayPublished(article.publishedAt)],
    [labels.source, article.source],
    [labels.author, author],
    [labels.editor, article.editor],
  ];
  return pairs.filter(([, value]) => value).map(([label, value]) => `${label}${labels.colon}${value}`);
}
