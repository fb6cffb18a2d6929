/** The library extension page (`/library.html`): everything saved, searchable, readable offline. */
import { render } from 'preact';
import { LibraryPage } from '../../components/library/library-page';
import { t, uiLanguage } from '../../utils/i18n';
import { openLibrary } from '../../utils/library/library-db';
// The one download helper of the extension pages: object URL made here, cancel and refusal reported.
import { downloadBlob } from '../popup/download-file';

async function main(): Promise<void> {
  document.documentElement.lang = uiLanguage();
  document.title = t('libraryTitle');
  const app = document.getElementById('app')!;
  try {
    const library = await openLibrary();
    render(<LibraryPage library={library} download={downloadBlob} />, app);
  } catch (error) {
    const message = document.createElement('p');
    message.className = 'status error';
    message.setAttribute('role', 'alert');
    message.dataset.testid = 'status';
    message.textContent = t('libraryLoadFailed', error instanceof Error ? error.message : String(error));
    app.replaceChildren(message);
  }
}

void main();
