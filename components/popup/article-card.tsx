import { useLayoutEffect, useState } from 'preact/hooks';
import type { Analysis, Article } from '../../utils/article';
import { t } from '../../utils/i18n';
import { CATEGORY_SEPARATOR } from '../../utils/popup-preview';
import { ArticleNotices } from '../article-notices';
import { KeywordChips } from '../keyword-chips';
import { AnalysisSkeleton, CardHead } from './card-head';
import { cardMeta } from './card-meta';
import type { PopupActions, SaveFormat } from './popup-actions';

const SAVE_BUTTONS: { format: SaveFormat; testId: string; label: string }[] = [
  { format: 'html', testId: 'save-html', label: 'actionSaveHtml' },
  { format: 'md', testId: 'save-md', label: 'actionSaveMd' },
  { format: 'txt', testId: 'save-txt', label: 'actionSaveTxt' },
  { format: 'json', testId: 'save-json', label: 'actionSaveJson' },
];

interface Props {
  article: Article;
  analysis: Analysis | null;
  analysisStatus: 'none' | 'pending' | 'done' | 'failed';
  analysisError: string | null;
  actions: PopupActions;
}

export function ArticleCard({ article, analysis, analysisStatus, analysisError, actions }: Props) {
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);
  // A User Timing mark as soon as the summary is in the DOM (CardHead marks the title), for the browser suite.
  useLayoutEffect(() => void (analysis && performance.mark('popup:summary')), [analysis !== null]);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setStatus(t('statusSaving'));
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <article class="card" lang={article.lang}>
      <CardHead
        title={article.title ?? ''}
        meta={cardMeta(article)}
        category={article.category.join(CATEGORY_SEPARATOR)}
      />
      <ArticleNotices article={article} analysis={analysis} />
      <section class="analysis" aria-live="polite">
        {analysis ? (
          <>
            <h2>{t('popupSummary')}</h2>
            <p class="summary" data-testid="summary">
              {analysis.summary.join('')}
            </p>
            <KeywordChips keywords={analysis.keywords} label={t('popupKeywords')} />
            <p class="reading">
              {t('readingMinutes', String(analysis.readingMinutes))} · {t('charCount', String(analysis.charCount))}
            </p>
          </>
        ) : analysisStatus === 'failed' ? (
          <p class="muted">{t('popupAnalysisFailed', analysisError ?? '')}</p>
        ) : (
          <AnalysisSkeleton />
        )}
      </section>
      <div class="actions">
        <button class="primary" data-testid="open-reader" onClick={() => void actions.openReader()}>
          {t('actionOpenReader')}
        </button>
        <button data-testid="add-library" disabled={busy} onClick={() => void run(actions.addToLibrary)}>
          {t('actionAddLibrary')}
        </button>
      </div>
      <div class="actions" role="group" aria-label={t('actionSave')}>
        <span class="label">{t('actionSave')}</span>
        {SAVE_BUTTONS.map((b) => (
          <button
            key={b.format}
            data-testid={b.testId}
            disabled={busy}
            onClick={() => void run(() => actions.save(b.format))}
          >
            {t(b.label)}
          </button>
        ))}
      </div>
      <div class="actions">
        <button data-testid="copy-md" disabled={busy} onClick={() => void run(actions.copyMarkdown)}>
          {t('actionCopyMd')}
        </button>
        <button data-testid="copy-citation" disabled={busy} onClick={() => void run(actions.copyCitation)}>
          {t('actionCopyCitation')}
        </button>
      </div>
      <p class="status" data-testid="status" role="status">
        {status}
      </p>
    </article>
  );
}
