/** What an import did: counts of added, updated, unchanged, and each rejected line with its reason. */
import type { ImportReport } from '../../utils/library/library-db';
import { t } from '../../utils/i18n';

export function ImportReportView({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const counts = [report.added, report.updated, report.unchanged].map((list) => String(list.length));
  return (
    <section class="report" data-testid="library-report" aria-live="polite">
      <p>{t('libraryImportReport', ...counts, String(report.rejected.length))}</p>
      {report.rejected.length > 0 && (
        <ul class="rejected">
          {report.rejected.map(({ line, reason }) => (
            <li key={line}>{t('libraryImportRejected', String(line), reason)}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t('libraryClose')}
      </button>
    </section>
  );
}
