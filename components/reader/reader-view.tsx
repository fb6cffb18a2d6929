/** The reading view: header with the facts and a link to the original, the summary, the body, and the controls. */
import type { Analysis, Article } from '../../utils/article';
import { canConvert, scriptConverter } from '../../utils/convert-script';
import { t } from '../../utils/i18n';
import type { ReaderSettings } from '../../utils/reader-settings';
import { ArticleNotices } from '../article-notices';
import { displayTime } from '../format-meta';
import { KeywordChips } from '../keyword-chips';
import { ReaderBody } from './reader-body';
import { ReaderControls } from './reader-controls';

interface Props {
  article: Article;
  analysis: Analysis | null;
  settings: ReaderSettings;
  onSettings: (s: ReaderSettings) => void;
  status: string;
}

export function ReaderView({ article, analysis, settings, onSettings, status }: Props) {
  const wanted = settings.script === 'original' ? article.script : settings.script;
  // Until the dictionaries have loaded (the page asks for them), the article shows as published.
  const to = canConvert(article.script, wanted) ? wanted : article.script;
  const convert = scriptConverter(article.script, to);
  const lang = to === 'Hant' ? 'zh-TW' : 'zh-CN';
  const keywords = analysis?.keywords ?? article.keywords ?? [];
  const summary = analysis?.summary ?? article.summary ?? [];
  const facts = [
    displayTime(article.publishedAt),
    article.source ? t('metaSource', convert(article.source)) : null,
    article.author ? t('metaAuthor', convert(article.author)) : null,
    article.editor ? t('metaEditor', convert(article.editor)) : null,
  ].filter((x): x is string => Boolean(x));

  return (
    <div class="reader" lang={lang}>
      <ReaderControls settings={settings} onChange={onSettings} onPrint={() => window.print()} />
      <article>
        <header>
          {article.category.length > 0 && <p class="category">{article.category.map(convert).join(' › ')}</p>}
          <h1 data-testid="title">{convert(article.title ?? '')}</h1>
          <p class="meta" data-testid="meta">
            {facts.join(' · ')}
          </p>
          <p class="original">
            {t('readerSavedFrom')}:{' '}
            <a href={article.url} rel="noreferrer noopener" target="_blank">
              {article.url}
            </a>
          </p>
          <ArticleNotices article={article} analysis={analysis} />
        </header>
        {summary.length > 0 && (
          <aside class="summary-box">
            <h2>{t('readerSummary')}</h2>
            <p data-testid="summary">{convert(summary.join(''))}</p>
            {keywords.length > 0 && (
              <KeywordChips
                keywords={keywords.map((k) => ({ ...k, word: convert(k.word) }))}
                label={t('readerKeywords')}
              />
            )}
          </aside>
        )}
        <ReaderBody
          html={article.html}
          from={article.script}
          to={to}
          keywords={keywords.map((k) => k.word)}
          highlight={settings.highlight}
          lang={lang}
        />
      </article>
      <p class="status" data-testid="status" role="status">
        {status}
      </p>
      <p class="hint">{t('readerShortcuts')}</p>
    </div>
  );
}
