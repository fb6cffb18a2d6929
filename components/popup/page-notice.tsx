import { useState } from 'preact/hooks';
import type { ListLink } from '../../utils/tab-state';
import { t } from '../../utils/i18n';
import type { PopupActions } from './popup-actions';

/** Pages that are not articles: say what the page is and what works where. */
export function PageNotice(props: { message: string }) {
  return (
    <p class="notice" data-testid="status">
      {props.message}
    </p>
  );
}

export function LinkList(props: { heading: string; links: ListLink[]; actions: PopupActions }) {
  return (
    <section>
      <p class="notice" data-testid="status">
        {props.heading}
      </p>
      {props.links.length > 0 && (
        <div class="actions">
          <button class="primary" data-testid="save-all" onClick={() => void props.actions.saveAll()}>
            {t('batchSaveAll')}
          </button>
        </div>
      )}
      {props.links.length === 0 ? (
        <p class="muted">{t('popupNoLinks')}</p>
      ) : (
        <ol class="links">
          {props.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} onClick={(e) => (e.preventDefault(), void props.actions.openPage(link.url))}>
                {link.title}
              </a>
              {link.date && <span class="date">{link.date}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ErrorNotice(props: { error: string; actions: PopupActions }) {
  const [status, setStatus] = useState('');
  const saveDiagnostic = () =>
    props.actions
      .saveDiagnostic()
      .then(setStatus, (e: unknown) => setStatus(e instanceof Error ? e.message : String(e)));
  return (
    <section class="error">
      <p data-testid="status" role="alert">
        {t('popupError', props.error)}
      </p>
      <div class="actions">
        <button onClick={() => void props.actions.retry()}>{t('popupRetry')}</button>
        <button data-testid="save-diagnostic" onClick={() => void saveDiagnostic()}>
          {t('popupSaveDiagnostic')}
        </button>
      </div>
      {status && <p class="muted">{status}</p>}
    </section>
  );
}
