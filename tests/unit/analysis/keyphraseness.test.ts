import { describe, expect, it } from 'vitest';
import { keyphraseness, keyphraseTokens, tallyKeyphrases } from '../../../utils/analysis/keyphraseness';

const chips = [
  ...Array.from({ length: 6 }, () => ({ key: '国台办', gold: true })),
  { key: '国台办', gold: false },
  ...Array.from({ length: 5 }, () => ({ key: '订单', gold: false })),
  { key: '市台办', gold: true },
  { key: '水质', gold: false },
];

describe('keyphraseness', () => {
  it('counts a key under its last character, its last two and itself', () => {
    expect(keyphraseTokens('国台办')).toEqual(['1:办', '2:台办', 'w:国台办']);
    expect(keyphraseTokens('订单')).toEqual(['1:单', '2:订单', 'w:订单']);
    const table = tallyKeyphrases(chips, 2);
    expect(table.counts['w:国台办']).toEqual([6, 7]);
    expect(table.counts['2:台办']).toEqual([7, 8]);
    expect(table.prior).toBeCloseTo(7 / 14, 6);
    // Sorted tokens: the asset's text depends only on what was counted.
    const tokens = Object.keys(table.counts);
    expect(tokens).toEqual([...tokens].sort());
  });

  it('rates a word editors kept taking above one they passed over', () => {
    const table = tallyKeyphrases(chips, 2);
    expect(keyphraseness('国台办', table)).toBeGreaterThan(0.7);
    expect(keyphraseness('订单', table)).toBeLessThan(0.2);
  });

  it('judges a word it never counted by its ending', () => {
    const table = tallyKeyphrases(chips, 2);
    // 县台办 was never offered, but words ending in 台办 were gold 7 times of 8.
    expect(keyphraseness('县台办', table)).toBeGreaterThan(keyphraseness('新词', table));
    expect(keyphraseness('新词', table)).toBeCloseTo(table.prior, 6);
  });

  it('leaves the chip being scored out of its own estimate, so training cannot read the answer', () => {
    const table = tallyKeyphrases(chips, 2);
    // 市台办 was offered once and taken: left out, it reads the table as if it had never been counted.
    const without = { ...table, counts: { ...table.counts, '1:办': [6, 7], '2:台办': [6, 7], 'w:市台办': [0, 0] } };
    expect(keyphraseness('市台办', table, { gold: true })).toBeCloseTo(keyphraseness('市台办', without), 6);
    expect(keyphraseness('市台办', table)).toBeGreaterThan(keyphraseness('市台办', table, { gold: true }));
  });
});
