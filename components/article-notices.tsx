/**
 * What a reader should know about the copy in front of them: pages that could not be read, text the page damaged,
 * a time taken from the URL, keywords made without jieba. The Article keeps these as English data (utils/warnings.ts);
 * here each is said in the UI's language, and one this build does not know is shown as written rather than dropped.
 */
import type { Analysis, Article } from '../utils/article';
import { t } from '../utils/i18n';
import { readWarning, type WarningCode } from '../utils/warnings';

/** The message of each warning and which of its slots it shows (a page's URL is for the JSON copy, not the card). */
const MESSAGES: Record<WarningCode, { key: string; slots: number[] }> = {
  dateOnly: { key: 'warningDateOnly', slots: [] },
  urlDate: { key: 'warningUrlDate', slots: [] },
  pagesCapped: { key: 'warningPagesCapped', slots: [0, 1] },
  onePageOnly: { key: 'warningOnePageOnly', slots: [0, 1] },
  pageFailed: { key: 'warningPageFailed', slots: [0, 1, 3] },
  noText: { key: 'warningNoText', slots: [] },
  emptyBody: { key: 'warningEmptyBody', slots: [] },
  unreadable: { key: 'warningUnreadable', slots: [0] },
  notUtf8: { key: 'warningNotUtf8', slots: [0] },
  unknownCharset: { key: 'warningUnknownCharset', slots: [0, 1] },
  notSanitized: { key: 'warningNotSanitized', slots: [] },
  extractionFailed: { key: 'warningExtractionFailed', slots: [0] },
  noIdf: { key: 'warningNoIdf', slots: [] },
  noWasm: { key: 'warningNoWasm', slots: [] },
};

export function noticeText(warning: string): string {
  const read = readWarning(warning);
  if (!read) return warning;
  // Looked up in the table by name, which the locale test reads to check that every key exists.
  return t(MESSAGES[read.code].key, ...MESSAGES[read.code].slots.map((i) => read.args[i] ?? ''));
}

/**
 * The article's warnings and its analysis's, once each: a saved article already carries its analysis's warnings
 * (withAnalysis in utils/article.ts), which the library's reading view may pass again beside it.
 */
export function ArticleNotices(props: {
  article: Pick<Article, 'warnings'>;
  analysis: Pick<Analysis, 'warnings'> | null;
}) {
  const warnings = [...new Set([...props.article.warnings, ...(props.analysis?.warnings ?? [])])];
  if (warnings.length === 0) return null;
  return (
    <ul class="notices" data-testid="notices" aria-label={t('noticesLabel')}>
      {warnings.map((w) => (
        <li key={w}>{noticeText(w)}</li>
      ))}
    </ul>
  );
}
