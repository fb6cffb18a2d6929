/** Export everything (JSON Lines, or a zip of Markdown copies) and import an export. */
import { useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

interface Props {
  busy: boolean;
  onExportJsonl: () => void;
  onExportZip: () => void;
  onImport: (file: File) => void;
}

export function LibraryTransfer({ busy, onExportJsonl, onExportZip, onImport }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="transfer">
      <button type="button" data-testid="library-export-jsonl" disabled={busy} onClick={onExportJsonl}>
        {t('libraryExportJsonl')}
      </button>
      <button type="button" data-testid="library-export-zip" disabled={busy} onClick={onExportZip}>
        {t('libraryExportZip')}
      </button>
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>
        {t('libraryImport')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        data-testid="library-import"
        accept=".jsonl,.ndjson,.json,application/json,application/x-ndjson"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Reset so choosing the same file again still fires a change.
          e.currentTarget.value = '';
          if (file) onImport(file);
        }}
      />
    </div>
  );
}
