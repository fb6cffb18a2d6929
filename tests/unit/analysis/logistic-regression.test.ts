import { describe, expect, it } from 'vitest';
import { fitLogistic, linearScore } from '../../../utils/analysis/logistic-regression';

// Rows of [bias, signal, noise]: the label follows the signal eight times in ten, whatever the noise.
function sample(): { rows: number[][]; labels: number[] } {
  const rows: number[][] = [];
  const labels: number[] = [];
  // Thirty blocks of ten rows, the noise the same within a block: every noise value meets every (signal, label) pair
  // equally often.
  for (let i = 0; i < 300; i += 1) {
    const signal = i % 2;
    const noise = Math.floor(i / 10) % 3;
    rows.push([1, signal, noise]);
    labels.push(i % 10 < 8 ? signal : 1 - signal);
  }
  return { rows, labels };
}

describe('logistic regression (the keyword re-ranker)', () => {
  it('finds the log-odds of a feature that predicts the label, and none for one that does not', () => {
    const { rows, labels } = sample();
    const [, signal, noise] = fitLogistic(rows, labels, 0);
    // P(label | signal) is 0.8 against 0.2: log-odds ratio 2 * ln 4.
    expect(signal).toBeCloseTo(2 * Math.log(4), 6);
    expect(noise).toBeCloseTo(0, 6);
  });

  it('shrinks the weights, not the bias, as the penalty grows, and gives the same weights every time', () => {
    const { rows, labels } = sample();
    const loose = fitLogistic(rows, labels, 0.1);
    const tight = fitLogistic(rows, labels, 100);
    expect(Math.abs(tight[1]!)).toBeLessThan(Math.abs(loose[1]!) / 2);
    expect(fitLogistic(rows, labels, 100)).toEqual(tight);
    // With the signal shrunk, the bias still fits the base rate (half the labels are 1).
    const mean = rows.reduce((s, x) => s + 1 / (1 + Math.exp(-linearScore(tight, x))), 0) / rows.length;
    expect(mean).toBeCloseTo(0.5, 3);
  });
});
