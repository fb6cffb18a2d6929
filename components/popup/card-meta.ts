/** The article card's meta line in the UI language: shared by the popup and by the worker, which puts it in the popup's address. */
import type { Article } from '../../utils/article';
import { t } from '../../utils/i18n';
import { metaLine } from '../format-meta';

const LABELS = { source: (s: string) => t('metaSource', s), editor: (s: string) => t('metaEditor', s) };

export const cardMeta = (article: Article): string => metaLine(article, LABELS);
