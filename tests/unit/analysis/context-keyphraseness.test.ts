import { describe, expect, it } from 'vitest';
import { contextRate, contextTokens, tallyContexts } from '../../../utils/analysis/context-keyphraseness';

describe('context keyphraseness', () => {
  it('reads the two characters on each side of every use, once each, with the sentence edge marked', () => {
    const sentences = ['国台办发言人陈斌华表示，欢迎台胞来厦门。', '陈斌华说', '记者从厦门获悉'];
    expect(contextTokens('陈斌华', sentences)).toEqual(['L:言人', 'R:表示', 'L:^', 'R:说$']);
    expect(contextTokens('厦门', sentences)).toEqual(['L:胞来', 'R:。$', 'L:者从', 'R:获悉']);
    // A word said twice in the same company counts that company once.
    expect(contextTokens('台', ['在台在台在台'])).toEqual(['L:^在', 'R:在台', 'L:台在', 'R:$']);
    expect(contextTokens('', sentences)).toEqual([]);
    expect(contextTokens('金门', sentences)).toEqual([]);
  });

  const speaker = { contexts: ['L:言人', 'R:表示'], gold: true };
  const mention = { contexts: ['L:来自', 'R:等地'], gold: false };
  const chips = [...Array.from({ length: 4 }, () => speaker), ...Array.from({ length: 4 }, () => mention)];

  it('counts each context and keeps only those seen often enough, sorted', () => {
    const table = tallyContexts([...chips, { contexts: ['R:一次'], gold: true }], 5, 3);
    expect(table.prior).toBeCloseTo(5 / 9, 6);
    expect(table.counts).toEqual({ 'L:来自': [0, 4], 'L:言人': [4, 4], 'R:等地': [0, 4], 'R:表示': [4, 4] });
    expect(Object.keys(table.counts)).toEqual(Object.keys(table.counts).sort());
  });

  it('raises a word used where editors took words and lowers one used where they passed them over', () => {
    const table = tallyContexts(chips, 5, 3);
    expect(contextRate(['L:言人', 'R:说$'], table)).toBeGreaterThan(0);
    expect(contextRate(['L:来自'], table)).toBeLessThan(0);
    // Company the table never saw says nothing either way.
    expect(contextRate(['L:从未'], table)).toBeCloseTo(0, 9);
    expect(contextRate([], table)).toBe(0);
  });

  it('leaves the chip being scored out of its own contexts, so training cannot read the answer', () => {
    const table = tallyContexts(chips, 5, 3);
    const without = { ...table, counts: { ...table.counts, 'L:言人': [3, 3], 'R:表示': [3, 3] } };
    expect(contextRate(speaker.contexts, table, speaker)).toBeCloseTo(contextRate(speaker.contexts, without), 9);
    expect(contextRate(speaker.contexts, table)).toBeGreaterThan(contextRate(speaker.contexts, table, speaker));
  });
});
