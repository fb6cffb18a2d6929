import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseCompactIdf } from '../../../utils/analysis/idf-table';
import { IDF_ASSET_URL } from '../../../utils/analysis/load-engine-node';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('the compact IDF asset', () => {
  it('is what scripts/build-idf.mjs makes from @node-rs/jieba today (fails when stale or missing)', () => {
    // Throws, with the script's message, on a non-zero exit.
    execFileSync(process.execPath, ['scripts/build-idf.mjs', '--check'], { cwd: ROOT, stdio: 'pipe' });
  });

  it('carries the MIT notice of the tables it was made from', () => {
    const notice = readFileSync(new URL('../../../utils/analysis/assets/LICENSE-jieba.txt', import.meta.url), 'utf8');
    expect(notice).toMatch(/MIT License/);
    expect(notice).toMatch(/Copyright \(c\) 2020-present LongYinan/);
  });

  it('stays small enough for the 4 MB Chrome zip next to the jieba wasm', () => {
    const bytes = readFileSync(IDF_ASSET_URL);
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThan(250_000);
    expect(statSync(IDF_ASSET_URL).size).toBeLessThan(600_000);
  });

  it("keeps jieba's values to 0.1 and ranks words it dropped as rarer than any it kept", () => {
    const idf = parseCompactIdf(readFileSync(IDF_ASSET_URL, 'utf8'));
    const full = new Map(
      readFileSync(new URL('../../../node_modules/@node-rs/jieba/idf.txt', import.meta.url), 'utf8')
        .split('\n')
        .map((line) => line.split(' '))
        .map(([word, value]) => [word, Number(value)] as const),
    );
    for (const word of ['发展', '台湾', '两岸', '记者', '海峡', '干部', '基层']) {
      expect(idf.has(word)).toBe(true);
      expect(Math.abs(idf.get(word) - full.get(word)!)).toBeLessThanOrEqual(0.05);
    }
    // Verbs too: a headline's verb can become a keyword, and must not read as rare as a name.
    for (const word of ['开幕', '颁奖', '招生']) {
      expect(idf.has(word)).toBe(true);
      expect(Math.abs(idf.get(word) - full.get(word)!)).toBeLessThanOrEqual(0.05);
    }
    expect(idf.has('劳动防护')).toBe(false);
    expect(idf.get('劳动防护')).toBe(idf.defaultIdf);
    expect(idf.defaultIdf).toBeGreaterThan(11);
  });

  it('rejects a file of another format', () => {
    expect(() => parseCompactIdf('发展 3.57\n')).toThrow(/format/);
  });
});
