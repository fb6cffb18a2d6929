/** The command line's arguments and output formats, apart from its `main` so tests can import them. */
import { JSDOM } from 'jsdom';
import { articleToHtml } from '../utils/export/to-html';
import { articleToJson } from '../utils/export/to-json';
import { articleToMarkdown } from '../utils/export/to-markdown';
import { articleToText } from '../utils/export/to-text';
import type { Article } from '../utils/article';
import { UsageError } from './page-file';

const FORMATS = ['json', 'md', 'html', 'txt'] as const;
export type Format = (typeof FORMATS)[number];
const USAGE = 'usage: extract [--url URL] [--analyze] [--format json|md|html|txt] FILE';

export interface Args {
  file: string;
  url?: string;
  analyze: boolean;
  format: Format;
}

export function parseArgs(argv: string[]): Args {
  let url: string | undefined;
  let analyze = false;
  let format: Format = 'json';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value; ${USAGE}`);
      return v;
    };
    if (arg === '--url') {
      url = value();
      if (!/^https?:\/\/[^\s]+$/i.test(url)) throw new UsageError(`--url must be an http(s) address, got "${url}"`);
    } else if (arg === '--analyze') analyze = true;
    else if (arg === '--format') {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown --format "${f}"; ${USAGE}`);
      format = f as Format;
    } else if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1)
    throw new UsageError(files.length === 0 ? `no FILE given; ${USAGE}` : `one FILE only; ${USAGE}`);
  return { file: files[0] as string, url, analyze, format };
}

export function render(article: Article, format: Format, savedAt = new Date()): string {
  if (format === 'md') return articleToMarkdown(article, savedAt);
  if (format === 'txt') return articleToText(article);
  if (format === 'html') {
    // The copy is sanitized again with a DOM; the command line has none of its own, so it lends jsdom's window.
    const { window } = new JSDOM('');
    return articleToHtml(article, savedAt, new Map(), window as unknown as Window);
  }
  return articleToJson(article);
}
