import { describe, expect, it } from 'vitest';
import { newTabState, supersedes, type TabState } from '../../../utils/tab-state';
import { hansArticle } from '../export/sample-articles';

const URL_A = 'https://www.taiwan.cn/a.htm';
const at = (patch: Partial<TabState>, url = URL_A): TabState => ({ ...newTabState(4, url, 'article', null), ...patch });
const extracting = at({ status: 'extracting' });
const read = at({ status: 'ready', article: hansArticle(), analysisStatus: 'none' });
const pending = { ...read, analysisStatus: 'pending' as const };
const analysed = {
  ...read,
  analysisStatus: 'done' as const,
  analysis: { summary: ['一句。'], keywords: [], charCount: 3, readingMinutes: 1, warnings: [] },
};

describe('which of two states of a tab the popup keeps', () => {
  it('takes every step forward: classified, read, analysed', () => {
    expect(supersedes(extracting, null)).toBe(true);
    expect(supersedes(read, extracting)).toBe(true);
    expect(supersedes(pending, read)).toBe(true);
    expect(supersedes(analysed, pending)).toBe(true);
    expect(supersedes(at({ status: 'error', error: 'x' }), extracting)).toBe(true);
    expect(supersedes({ ...read, analysisStatus: 'failed', error: 'x' }, pending)).toBe(true);
  });

  it('keeps the analysis when the worker answer "read, analysis pending" arrives after the change that brought it', () => {
    expect(supersedes(read, analysed)).toBe(false);
    expect(supersedes(pending, analysed)).toBe(false);
    expect(supersedes(extracting, read)).toBe(false);
  });

  it('takes any state of another address: the tab has moved on', () => {
    expect(supersedes(at({ status: 'extracting' }, 'https://www.taiwan.cn/b.htm'), analysed)).toBe(true);
  });
});
