/** The command line as a user runs it: a real process, real files, exit codes and one-line errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED = 'tests/fixtures/seed-2017/page.htm';
const SEED_URL = 'http://www.taiwan.cn/xwzx/PoliticsNews/201702/t20170223_11709385.htm';

function extract(...args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/extract-cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run extract', () => {
  it('prints the seed Article as JSON and exits 0', () => {
    const r = extract('--url', SEED_URL, SEED);
    expect(r.code).toBe(0);
    const article = JSON.parse(r.stdout);
    expect(article.kind).toBe('article');
    expect(article.title).toBe('干部“新春走基层”关键要“走心”');
    expect(article.publishedAt).toBe('2017-02-23T16:43:57+08:00');
  });

  it('adds summary and keywords with --analyze', () => {
    const article = JSON.parse(extract('--analyze', '--url', SEED_URL, SEED).stdout);
    expect(article.summary.length).toBeGreaterThan(0);
    expect(article.keywords).toHaveLength(8);
    expect(article.charCount).toBeGreaterThan(1500);
  });

  it('finds the address a browser noted when it saved the page, without --url', () => {
    // Chrome's "Save page as" puts this comment first; the page's GBK bytes follow unchanged.
    const dir = mkdtempSync(join(tmpdir(), 'saved-page-'));
    const saved = join(dir, 'saved.htm');
    const note = Buffer.from(`<!-- saved from url=(${String(SEED_URL.length).padStart(4, '0')})${SEED_URL} -->\n`);
    writeFileSync(saved, Buffer.concat([note, readFileSync(SEED)]));
    const article = JSON.parse(extract(saved).stdout);
    expect(article.url).toBe(SEED_URL);
    expect(article.kind).toBe('article');
    expect(article.warnings.join(' ')).not.toMatch(/No --url/);
    // Without the note (and no url.txt beside it) the page names no address of its own: the command says so.
    writeFileSync(join(dir, 'bare.htm'), readFileSync(SEED));
    const bare = JSON.parse(extract(join(dir, 'bare.htm')).stdout);
    expect(bare.kind).toBe('other');
    expect(bare.warnings.join(' ')).toMatch(/No --url given/);
  });

  it('writes a Markdown copy with front matter', () => {
    const r = extract('--format', 'md', '--url', SEED_URL, SEED);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('---\n')).toBe(true);
    expect(r.stdout).toContain('一年之计在于春');
  });

  it.each([
    [['tests/fixtures/no-such-page.htm'], /no such file/],
    [['--format', 'pdf', SEED], /unknown --format "pdf"/],
    [['--url'], /--url needs a value/],
    [['--url', 'ftp://x', SEED], /--url must be an http/],
    [[], /no FILE given/],
    [['--bogus', SEED], /unknown option --bogus/],
    [['tests/fixtures'], /cannot read/],
  ])('exits 2 with one clear line for %j', (args, message) => {
    const r = extract(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
