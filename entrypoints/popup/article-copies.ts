/**
 * Builds and saves the clean copies of an article; shared by the popup and the reading view (both extension pages).
 */
import type { Article } from '../../utils/article';
import { gbtCitation, plainCitation } from '../../utils/export/citation';
import { articleFileName } from '../../utils/export/file-name';
import { fetchImagesAsDataUris } from '../../utils/export/inline-images';
import { articleToHtml } from '../../utils/export/to-html';
import { articleToJson } from '../../utils/export/to-json';
import { articleToMarkdown } from '../../utils/export/to-markdown';
import { articleToText } from '../../utils/export/to-text';
import { t } from '../../utils/i18n';
import { openLibrary } from '../../utils/library/library-db';
import type { SaveFormat } from '../../components/popup/popup-actions';
import { DownloadCancelledError, downloadText } from './download-file';

const MIME: Record<SaveFormat, string> = {
  html: 'text/html',
  md: 'text/markdown',
  txt: 'text/plain',
  json: 'application/json',
};

async function fetchBytes(url: string): Promise<{ bytes: ArrayBuffer; type: string }> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return { bytes: await response.arrayBuffer(), type: response.headers.get('content-type') ?? '' };
}

export async function saveCopy(article: Article, format: SaveFormat): Promise<string> {
  const savedAt = new Date();
  let text: string;
  let note = '';
  if (format === 'html') {
    const { images, failed } = await fetchImagesAsDataUris(
      article.images.map((i) => i.src),
      fetchBytes,
    );
    text = articleToHtml(article, savedAt, images);
    if (failed.length > 0) note = ` · ${t('statusImagesMissing', String(failed.length))}`;
  } else if (format === 'md') text = articleToMarkdown(article, savedAt);
  else if (format === 'txt') text = articleToText(article);
  else text = articleToJson(article);
  const filename = articleFileName(article, format);
  try {
    await downloadText(text, filename, MIME[format]);
  } catch (error) {
    if (error instanceof DownloadCancelledError) throw new Error(t('statusSaveCancelled'));
    throw new Error(t('statusSaveFailed', error instanceof Error ? error.message : String(error)));
  }
  return t('statusSaved', filename) + note;
}

async function copy(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    throw new Error(t('statusCopyFailed', error instanceof Error ? error.message : String(error)));
  }
  return t('statusCopied');
}

export const copyMarkdown = (article: Article) => copy(articleToMarkdown(article, new Date()));

export const copyCitation = (article: Article) =>
  copy(`${gbtCitation(article, new Date())}\n${plainCitation(article)}`);

export async function addToLibrary(article: Article): Promise<string> {
  let library: Awaited<ReturnType<typeof openLibrary>> | null = null;
  try {
    library = await openLibrary();
    const { created } = await library.put(article);
    return created ? t('statusAdded') : t('statusUpdated');
  } catch (error) {
    throw new Error(t('statusLibraryFailed', error instanceof Error ? error.message : String(error)));
  } finally {
    library?.close();
  }
}
