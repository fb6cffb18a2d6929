/** How an article's facts read in one line, in the popup, the reading view and the text copy. */
import type { Article } from '../utils/article';

/** `2017-02-23T16:43:57+08:00` → `2017-02-23 16:43` (Beijing time, as the site shows it). */
export function displayTime(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

export interface MetaLabels {
  source: (s: string) => string;
  editor: (s: string) => string;
}

const PLAIN: MetaLabels = { source: (s) => `来源：${s}`, editor: (s) => `责任编辑：${s}` };

/** time · source · editor, leaving out what the page does not say. */
export function metaLine(article: Article, labels: MetaLabels = PLAIN): string {
  const parts = [
    displayTime(article.publishedAt),
    article.source ? labels.source(article.source) : null,
    article.editor ? labels.editor(article.editor) : null,
  ];
  return parts.filter((p): p is string => Boolean(p)).join(' · ');
}
