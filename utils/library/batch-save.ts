/**
 * "Save all articles on this page": fetch each linked article a few at a time, politely spaced, read it like a visited
 * page, and add it to the library. What was saved stays saved when the run is cancelled or a page fails.
 */
import type { Article } from '../article';
import type { ListLink } from '../tab-state';
import type { Library } from './library-db';

export interface BatchFailure {
  url: string;
  title: string;
  reason: string;
}

export interface BatchProgress {
  total: number;
  saved: number;
  /** Already in the library: not fetched again. */
  skipped: number;
  failed: BatchFailure[];
  done: boolean;
  cancelled: boolean;
}

export interface BatchDeps {
  library: Pick<Library, 'has' | 'put'>;
  /** Fetch and read one article page (bytes → Article), as the extension reads a visited page. */
  readArticle: (url: string, signal: AbortSignal) => Promise<Article>;
  /** Pages fetched at once; the site is a news site, not a load test. */
  concurrency?: number;
  /** Pause before each fetch, per worker, in ms. */
  spacingMs?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function batchSave(
  links: ListLink[],
  deps: BatchDeps,
  onProgress: (p: BatchProgress) => void,
  signal: AbortSignal,
): Promise<BatchProgress> {
  const progress: BatchProgress = {
    total: links.length,
    saved: 0,
    skipped: 0,
    failed: [],
    done: false,
    cancelled: false,
  };
  const report = () => onProgress({ ...progress, failed: [...progress.failed] });
  const sleep = deps.sleep ?? defaultSleep;
  const queue = [...links];
  report();

  async function worker(): Promise<void> {
    for (let link = queue.shift(); link && !signal.aborted; link = queue.shift()) {
      try {
        if (await deps.library.has(link.url)) {
          progress.skipped++;
          continue;
        }
        await sleep(deps.spacingMs ?? 400, signal);
        if (signal.aborted) {
          queue.unshift(link);
          break;
        }
        const article = await deps.readArticle(link.url, signal);
        if (article.kind !== 'article' || article.paragraphs.length === 0) {
          throw new Error(
            article.kind === 'article' ? 'no article text on the page' : `not an article (${article.kind})`,
          );
        }
        await deps.library.put(article);
        progress.saved++;
      } catch (error) {
        if (signal.aborted) {
          queue.unshift(link);
          break;
        }
        progress.failed.push({ url: link.url, title: link.title, reason: reasonOf(error) });
      } finally {
        report();
      }
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 3) }, worker));
  progress.cancelled = signal.aborted;
  progress.done = true;
  report();
  return progress;
}
