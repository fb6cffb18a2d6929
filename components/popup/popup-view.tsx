/** The popup for one tab state: loading skeleton, article, list/topic, not taiwan.cn, other page, or error. */
import type { PopupPreview } from '../../utils/popup-preview';
import type { TabState } from '../../utils/tab-state';
import { t } from '../../utils/i18n';
import { ArticleCard } from './article-card';
import { PreviewCard } from './card-head';
import { ErrorNotice, LinkList, PageNotice } from './page-notice';
import type { PopupActions } from './popup-actions';

interface Props {
  state: TabState | null;
  error: string | null;
  actions: PopupActions;
  /** The card's head from the popup's address, shown until the state is read. */
  preview?: PopupPreview | null;
}

function PopupBody(props: Props) {
  const { state, error, actions, preview } = props;
  if (error) return <ErrorNotice error={error} actions={actions} />;
  if (!state || state.status === 'classified' || state.status === 'extracting') {
    if (preview) return <PreviewCard preview={preview} />;
    return (
      <div class="skeleton page" aria-busy="true" data-testid="status" aria-label={t('popupLoading')}>
        <span class="title" />
        <span />
        <span />
        <span class="short" />
      </div>
    );
  }
  if (state.status === 'not-site') return <PageNotice message={t('popupNotSite')} />;
  if (state.status === 'error') return <ErrorNotice error={state.error ?? ''} actions={actions} />;
  const article = state.article;
  if (article?.kind === 'article') {
    return (
      <ArticleCard
        article={article}
        analysis={state.analysis}
        analysisStatus={state.analysisStatus}
        analysisError={state.error}
        actions={actions}
      />
    );
  }
  if (article?.kind === 'list') return <LinkList heading={t('popupList')} links={state.links} actions={actions} />;
  if (article?.kind === 'topic') return <LinkList heading={t('popupTopic')} links={state.links} actions={actions} />;
  return <PageNotice message={t('popupOther')} />;
}

export function PopupView(props: Props) {
  return (
    <>
      <PopupBody {...props} />
      <footer class="footer">
        <button class="link" onClick={() => void props.actions.openLibrary()}>
          {t('actionOpenLibrary')}
        </button>
      </footer>
    </>
  );
}
