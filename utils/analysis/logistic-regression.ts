/**
 * L2-regularised logistic regression, fitted by Newton's method: exact to the last digit on the same data, so a model
 * fitted twice (the training script, the asset's freshness test, the eval's cross-validation) comes out the same. Used
 * for the keyword re-ranker (keyword-reranker.ts), with a few dozen features and a few thousand rows.
 */

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function linearScore(weights: readonly number[], features: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < weights.length; i += 1) z += weights[i]! * (features[i] ?? 0);
  return z;
}

/** Solves a·x = b for a symmetric positive definite a (Cholesky). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k += 1) sum -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j]![j]!;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i += 1) {
    let sum = b[i]!;
    for (let k = 0; k < i; k += 1) sum -= l[i]![k]! * y[k]!;
    y[i] = sum / l[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k += 1) sum -= l[k]![i]! * x[k]!;
    x[i] = sum / l[i]![i]!;
  }
  return x;
}

/**
 * Weights w minimising the log loss of sigmoid(w·x) against `labels` (0 or 1) plus l2/2·|w|², the first weight (the
 * bias: every row's first feature is 1) unpenalised.
 */
export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly number[], l2: number): number[] {
  const n = rows[0]?.length ?? 0;
  let w = new Array<number>(n).fill(0);
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const gradient = w.map((v, i) => (i === 0 ? 0 : l2 * v));
    const hessian = w.map((_, i) => w.map((__, j) => (i === j && i > 0 ? l2 : 0)));
    rows.forEach((x, r) => {
      const p = sigmoid(linearScore(w, x));
      const residual = p - labels[r]!;
      const curvature = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < n; i += 1) {
        gradient[i]! += residual * x[i]!;
        for (let j = 0; j <= i; j += 1) hessian[i]![j]! += curvature * x[i]! * x[j]!;
      }
    });
    for (let i = 0; i < n; i += 1) for (let j = 0; j < i; j += 1) hessian[j]![i] = hessian[i]![j]!;
    const step = solve(hessian, gradient);
    w = w.map((v, i) => v - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return w;
}
