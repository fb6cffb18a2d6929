/** The Markdown copy: YAML front matter with the article's facts, then the title, summary and body in GFM. */
import type { Article } from '../article';
import { copyLabels, keywordList, metaParts, summaryText } from './copy-labels';
import { absoluteHttpUrl, createMarkdownConverter } from './markdown-converter';
import { missingPagesNote } from './missing-pages';
import { yamlValue } from './yaml-scalar';

function oneLine(text: string | null): string | null {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat || null;
}

/** Every value is a double-quoted scalar or a flow sequence of them, so no title can break out of its line. */
export function frontMatter(article: Article, savedAt: Date): string {
  const fields: [string, string | string[] | null][] = [
    ['title', oneLine(article.title)],
    ['url', article.url],
    ['source', article.source],
    ['author', article.author ?? (article.reporters.length > 0 ? article.reporters.join('、') : null)],
    ['editor', article.editor],
    ['published', article.publishedAt],
    ['category', article.category],
    ['keywords', keywordList(article)],
    ['summary', summaryText(article)],
    // What the copy lacks or how it was read (a page that failed, a time taken from the URL), as the JSON copy has
    // it: a copy cited later must say it is incomplete. Only when there is something to say.
    ...(article.warnings.length > 0 ? [['warnings', article.warnings] as [string, string[]]] : []),
    ['saved', savedAt.toISOString()],
  ];
  return ['---', ...fields.map(([key, value]) => `${key}: ${yamlValue(value)}`), '---'].join('\n');
}

export function articleToMarkdown(article: Article, savedAt: Date): string {
  const captions = new Map<string, string>();
  for (const image of article.images) {
    const src = absoluteHttpUrl(image.src, article.url);
    if (src && image.caption) captions.set(src, image.caption);
  }
  const converter = createMarkdownConverter(article.url, (src) => captions.get(src) ?? null);
  const escape = (text: string) => converter.escape(text);
  const labels = copyLabels(article);

  const blocks: string[] = [];
  const title = oneLine(article.title);
  if (title) blocks.push(`# ${escape(title)}`);
  const meta = metaParts(article, labels).join(' · ');
  if (meta) blocks.push(escape(meta));
  const missing = missingPagesNote(article, labels);
  if (missing) blocks.push(`**${escape(missing)}**`);
  const summary = oneLine(summaryText(article));
  if (summary) blocks.push(`> **${labels.summary}**${labels.colon}${escape(summary)}`);
  // Site paragraphs open with two ideographic spaces; in Markdown the blank line already marks the paragraph.
  const body = converter.turndown(article.html).replace(/^[\u3000\u00a0]+/gm, '');
  if (body.trim()) blocks.push(body.trim());
  blocks.push(`${labels.original}${labels.colon}<${article.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  return `${frontMatter(article, savedAt)}\n\n${blocks.join('\n\n')}\n`;
}
