/** Progress of "save all articles on this page": counts, a bar, each failure with its reason, and a cancel button. */
import { t } from '../../utils/i18n';
import type { BatchProgress } from '../../utils/library/batch-save';

export function BatchSavePanel(props: { progress: BatchProgress; onCancel: () => void }) {
  const p = props.progress;
  const handled = p.saved + p.skipped + p.failed.length;
  return (
    <section class="batch" data-testid="batch" aria-live="polite">
      <h2>{t('batchTitle', String(p.total))}</h2>
      <progress max={Math.max(1, p.total)} value={handled} aria-label={t('batchTitle', String(p.total))} />
      <p data-testid="batch-counts">
        {t('batchCounts', String(p.saved), String(p.skipped), String(p.failed.length), String(p.total))}
      </p>
      {p.failed.length > 0 && (
        <ul class="failures">
          {p.failed.map((f) => (
            <li key={f.url}>
              <a href={f.url} rel="noreferrer noopener" target="_blank">
                {f.title}
              </a>
              : {f.reason}
            </li>
          ))}
        </ul>
      )}
      {p.done ? (
        <p class="status" role="status">
          {p.cancelled ? t('batchCancelled') : t('batchDone')}
        </p>
      ) : (
        <button onClick={props.onCancel}>{t('batchCancel')}</button>
      )}
    </section>
  );
}
