/**
 * Reading a saved page from disk the way the extension reads a live one: sniff the bytes' charset, parse with jsdom
 * (no scripts run), extract with the same code, and read later pages of a multi-page article from files beside it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { withAnalysis, type Article } from '../utils/article';
import { analyzeArticle } from '../utils/analysis/analyze-article';
import { loadNodeEngine } from '../utils/analysis/load-engine-node';
import { decodePageBytes } from '../utils/charset/decode-page-bytes';
import { extractArticle } from '../utils/extract/extract-article';

export class UsageError extends Error {}

/** jsdom detaches a closed tree recursively and overflows the stack on very deep pages; the result is already read. */
function closeQuietly(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch {
    // the process ends soon anyway; nothing is lost
  }
}

// What a browser's "Save page as" writes at the top of the file: <!-- saved from url=(0071)http://www.taiwan.cn/... -->
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i;

/**
 * The page's own idea of its address, when the caller gave none: canonical link, og:url, the address a browser noted
 * when it saved the page, or url.txt beside it.
 */
async function findUrl(file: string, dom: JSDOM, text: string): Promise<{ url: string; guessed: boolean }> {
  const doc = dom.window.document;
  const fromPage =
    doc.querySelector('link[rel=canonical]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    SAVED_FROM.exec(text.slice(0, 2048))?.[1];
  if (fromPage && /^https?:\/\//.test(fromPage)) return { url: fromPage, guessed: false };
  try {
    const beside = (await readFile(path.join(path.dirname(file), 'url.txt'), 'utf8')).trim();
    if (/^https?:\/\//.test(beside)) return { url: beside, guessed: false };
  } catch {
    // no url.txt: fall through
  }
  return { url: pathToFileURL(path.resolve(file)).href, guessed: true };
}

export async function readPageFile(file: string, options: { url?: string; analyze?: boolean }): Promise<Article> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${code ?? String(error)}`);
  }
  const decoded = decodePageBytes(bytes, options.url);
  let found = { url: options.url ?? '', guessed: false };
  if (!options.url) {
    // The page must be parsed once to learn its address, then again at that address so relative links resolve.
    const probe = new JSDOM(decoded.text);
    found = await findUrl(file, probe, decoded.text);
    closeQuietly(probe);
  }
  const { url, guessed } = found;
  const dom = new JSDOM(decoded.text, { url });
  const dir = path.dirname(file);
  const article = await extractArticle(dom.window.document, url, {
    // Later pages are looked for beside FILE under the file names their URLs imply (t..._1.htm, t..._2.htm ...).
    fetchPage: async (pageUrl) => {
      const name = path.basename(new URL(pageUrl).pathname);
      const data = await readFile(path.join(dir, name));
      return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    },
  });
  closeQuietly(dom);
  article.warnings.unshift(...decoded.warnings);
  if (guessed) article.warnings.push('No --url given and none found in the page: pass --url for taiwan.cn page rules.');
  if (!options.analyze || article.kind !== 'article' || article.paragraphs.length === 0) return article;
  const engine = await loadNodeEngine();
  return withAnalysis(article, analyzeArticle(article, engine));
}
