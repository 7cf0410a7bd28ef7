/**
 * Weighted logistic regression with an L2 penalty, fitted by Newton's method (iteratively
 * reweighted least squares): a score over a score's parts has a score's few dozen features,
 * so each step is one small linear system, and the fit is exact and repeatable (no
 * learning rate, no random start).
 *
 * Features are standardised for the fit (so the penalty weighs each alike) and the weights
 * returned are for the raw features.
 */

export interface Sample {
  x: Float64Array;
  /** 1 same event, 0 not. */
  y: number;
  /** How much this pair counts (each corpus's pairs are weighed to a share of the whole). */
  w: number;
}

export interface Fit {
  bias: number;
  weights: Float64Array;
}

/** Solves a·x = b in place by Gaussian elimination with partial pivoting. */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    for (let r = col + 1; r < n; r++) {
      const f = a[r]![col]! / a[col]![col]!;
      if (f === 0) continue;
      for (let c = col; c < n; c++) a[r]![c] = a[r]![c]! - f * a[col]![c]!;
      b[r] = b[r]! - f * b[col]!;
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let c = r + 1; c < n; c++) s -= a[r]![c]! * x[c]!;
    x[r] = s / a[r]![r]!;
  }
  return x;
}

export function fitLogistic(samples: readonly Sample[], l2 = 1, steps = 30): Fit {
  const d = samples[0]?.x.length ?? 0;
  let total = 0;
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (const s of samples) {
    total += s.w;
    for (let j = 0; j < d; j++) mean[j] = mean[j]! + s.w * s.x[j]!;
  }
  for (let j = 0; j < d; j++) mean[j] = mean[j]! / total;
  for (const s of samples) for (let j = 0; j < d; j++) sd[j] = sd[j]! + s.w * (s.x[j]! - mean[j]!) ** 2;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]! / total) || 1;
  // Standardised design with a leading 1 for the bias (not penalised).
  const z = samples.map((s) => {
    const row = new Float64Array(d + 1);
    row[0] = 1;
    for (let j = 0; j < d; j++) row[j + 1] = (s.x[j]! - mean[j]!) / sd[j]!;
    return row;
  });
  // The penalty is per unit of total weight, so it means the same whatever the weights' scale.
  const penalty = l2 * (total / samples.length);
  let beta = new Float64Array(d + 1);
  for (let step = 0; step < steps; step++) {
    const hessian = Array.from({ length: d + 1 }, () => new Float64Array(d + 1));
    const gradient = new Float64Array(d + 1);
    samples.forEach((s, i) => {
      const row = z[i]!;
      let t = 0;
      for (let j = 0; j <= d; j++) t += beta[j]! * row[j]!;
      const p = 1 / (1 + Math.exp(-t));
      const g = s.w * (s.y - p);
      const h = s.w * p * (1 - p);
      for (let j = 0; j <= d; j++) {
        gradient[j] = gradient[j]! + g * row[j]!;
        const hj = h * row[j]!;
        for (let k = j; k <= d; k++) hessian[j]![k] = hessian[j]![k]! + hj * row[k]!;
      }
    });
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hessian[j]![k] = hessian[k]![j]!;
    for (let j = 1; j <= d; j++) {
      hessian[j]![j] = hessian[j]![j]! + penalty;
      gradient[j] = gradient[j]! - penalty * beta[j]!;
    }
    const delta = solve(hessian, gradient);
    beta = beta.map((b, j) => b + delta[j]!);
    if (Math.max(...delta.map(Math.abs)) < 1e-7) break;
  }
  const weights = new Float64Array(d);
  let bias = beta[0]!;
  for (let j = 0; j < d; j++) {
    weights[j] = beta[j + 1]! / sd[j]!;
    bias -= weights[j]! * mean[j]!;
  }
  return { bias, weights };
}
