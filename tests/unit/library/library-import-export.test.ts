import 'fake-indexeddb/auto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../utils/library/library-db';
import { hansArticle, hantArticle, SEED_URL } from '../export/sample-articles';

let counter = 0;
const fresh = () => openLibrary(`import-export-test-${(counter += 1)}`);
const HTTPS_SEED = SEED_URL.replace('http:', 'https:');
const HANT_KEY = hantArticle().url.replace('http:', 'https:');

describe('library export and import', () => {
  it('round-trips everything: export, import into an empty library, export again gives the same lines', async () => {
    const source = await fresh();
    await source.put(hansArticle(), new Date('2024-01-01T00:00:00Z'));
    await source.put(hantArticle(), new Date('2024-01-02T00:00:00Z'));
    await source.put(hansArticle({ editor: '改' }), new Date('2024-01-03T00:00:00Z'));
    const jsonl = await source.exportJsonl();
    expect(jsonl.trimEnd().split('\n')).toHaveLength(2);

    const target = await fresh();
    const report = await target.importJsonl(jsonl);
    expect(report).toEqual({ added: [HTTPS_SEED, HANT_KEY], updated: [], unchanged: [], rejected: [] });
    expect(await target.exportJsonl()).toBe(jsonl);
    expect(await target.get(SEED_URL)).toEqual(await source.get(SEED_URL));
    expect(await target.list()).toEqual(await source.list());
  });

  it('merges by address: a newer copy updates, an older or equal one changes nothing, and it reports which', async () => {
    const library = await fresh();
    await library.put(hansArticle(), new Date('2024-03-01T00:00:00Z'));
    await library.put(hantArticle(), new Date('2024-03-01T00:00:00Z'));
    const newer = {
      url: HTTPS_SEED,
      article: hansArticle({ editor: '新' }),
      savedAt: '2024-02-01T00:00:00Z',
      updatedAt: '2024-04-01T00:00:00Z',
    };
    const older = {
      url: HANT_KEY,
      article: hantArticle({ editor: '舊' }),
      savedAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-15T00:00:00Z',
    };
    const report = await library.importJsonl(`${JSON.stringify(newer)}\n${JSON.stringify(older)}\n`);
    expect(report).toEqual({ added: [], updated: [HTTPS_SEED], unchanged: [HANT_KEY], rejected: [] });
    const updated = await library.get(SEED_URL);
    expect(updated?.article.editor).toBe('新');
    // The earlier of the two first-save dates is kept.
    expect(updated?.savedAt).toBe('2024-02-01T00:00:00.000Z');
    expect((await library.get(HANT_KEY))?.article.editor).toBe('張明');
  });

  it('accepts a bare Article (the command line output) and dates it now', async () => {
    const library = await fresh();
    const now = new Date('2024-06-01T12:00:00Z');
    const report = await library.importJsonl(JSON.stringify(hantArticle()), now);
    expect(report.added).toEqual([HANT_KEY]);
    expect((await library.get(HANT_KEY))?.savedAt).toBe(now.toISOString());
  });

  it('rejects broken lines with their line number and reason, and imports the good ones', async () => {
    const library = await fresh();
    const good = JSON.stringify({
      url: HTTPS_SEED,
      article: hansArticle(),
      savedAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    });
    const lines = [
      good,
      '{"url": "https://x", "article": ',
      '',
      '[1, 2]',
      JSON.stringify({ article: { ...hansArticle(), kind: 'list' }, savedAt: '2024-01-01T00:00:00Z' }),
      JSON.stringify({ article: { ...hansArticle(), url: 'javascript:alert(1)' }, savedAt: '2024-01-01T00:00:00Z' }),
      JSON.stringify({ article: { ...hansArticle(), paragraphs: 'not a list' }, savedAt: '2024-01-01T00:00:00Z' }),
      JSON.stringify({ article: hansArticle(), savedAt: 'yesterday' }),
      JSON.stringify({ article: { ...hansArticle(), images: [{ src: 5 }] }, savedAt: '2024-01-01T00:00:00Z' }),
    ];
    const report = await library.importJsonl(lines.join('\n'));
    expect(report.added).toEqual([HTTPS_SEED]);
    expect(report.rejected).toEqual([
      { line: 2, reason: 'not valid JSON' },
      { line: 4, reason: 'not a JSON object' },
      { line: 5, reason: 'article.kind: only articles can be in the library' },
      { line: 6, reason: 'article.url: not an http(s) address' },
      { line: 7, reason: 'article.paragraphs: expected a list of texts' },
      { line: 8, reason: 'savedAt: expected a date and time' },
      { line: 9, reason: 'article.images[0].src: expected text' },
    ]);
    expect(await library.count()).toBe(1);
  });

  it('drops fields it does not know, so an import cannot smuggle data into the database', async () => {
    const library = await fresh();
    const line = JSON.stringify({
      article: { ...hansArticle(), extra: '<script>' },
      savedAt: '2024-01-01T00:00:00Z',
      junk: 1,
    });
    await library.importJsonl(line);
    const entry = await library.get(SEED_URL);
    expect(entry).not.toHaveProperty('junk');
    expect(entry?.article).not.toHaveProperty('extra');
    expect(entry?.article).toEqual(hansArticle());
  });

  it('exports a zip of Markdown copies named YYYY-MM-DD title.md, repeats numbered', async () => {
    const library = await fresh();
    await library.put(hansArticle(), new Date('2024-01-01T00:00:00Z'));
    await library.put(hantArticle(), new Date('2024-01-02T00:00:00Z'));
    await library.put(hansArticle({ url: `${SEED_URL.replace('.htm', '_x.htm')}` }), new Date('2024-01-03T00:00:00Z'));
    const files = unzipSync(await library.exportMarkdownZip());
    expect(Object.keys(files).sort()).toEqual([
      '2017-02-23 干部“新春走基层”关键要“走心” (2).md',
      '2017-02-23 干部“新春走基层”关键要“走心”.md',
      '2019-03-01 兩岸青年在廈門交流創業經驗.md',
    ]);
    const markdown = strFromU8(files['2019-03-01 兩岸青年在廈門交流創業經驗.md']!);
    expect(markdown.startsWith('---\ntitle: "兩岸青年在廈門交流創業經驗"\n')).toBe(true);
    expect(markdown).toContain('saved: "2024-01-02T00:00:00.000Z"');
  });
});
