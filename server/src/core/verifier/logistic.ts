// Logistic regression, small enough to read: features are standardised with the training means and deviations,
// weights are fitted by full-batch gradient descent with L2 regularisation. Deterministic (no shuffling, zero
// start), so `npm run train` reproduces the shipped weights exactly.

export interface LogisticModel {
  names: readonly string[];
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
  /** Probability at or above which a claim counts as supported (the product default). */
  threshold: number;
  /** Threshold with the best balanced accuracy on train, for benchmark reporting. */
  metricThreshold?: number;
  /** Threshold of the lexical baseline (share of content words found), chosen on train. */
  baselineThreshold?: number;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += model.weights[i] * ((x[i] - model.mean[i]) / model.std[i]);
  return sigmoid(z);
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weight of positive examples relative to negative ones (to balance classes). */
  positiveWeight?: number;
}

export function train(names: readonly string[], xs: number[][], ys: number[], opts: TrainOptions): LogisticModel {
  const d = names.length, n = xs.length;
  const mean = new Array<number>(d).fill(0), std = new Array<number>(d).fill(0);
  for (const x of xs) x.forEach((v, i) => (mean[i] += v / n));
  for (const x of xs) x.forEach((v, i) => (std[i] += (v - mean[i]) ** 2 / n));
  for (let i = 0; i < d; i++) std[i] = Math.sqrt(std[i]) || 1;
  const z = xs.map(x => x.map((v, i) => (v - mean[i]) / std[i]));
  const pos = ys.filter(y => y === 1).length;
  const wPos = opts.positiveWeight ?? (n - pos) / Math.max(1, pos);
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0, totalWeight = 0;
    for (let k = 0; k < n; k++) {
      const p = sigmoid(b + z[k].reduce((s, v, i) => s + v * w[i], 0));
      const cw = ys[k] === 1 ? wPos : 1;
      const err = (p - ys[k]) * cw;
      for (let i = 0; i < d; i++) g[i] += err * z[k][i];
      gb += err;
      totalWeight += cw;
    }
    for (let i = 0; i < d; i++) w[i] -= opts.learningRate * (g[i] / totalWeight + opts.l2 * w[i]);
    b -= opts.learningRate * gb / totalWeight;
  }
  return { names, mean, std, weights: w, bias: b, threshold: 0.5 };
}

/** Balanced accuracy of thresholded scores against binary labels. */
export function balancedAccuracy(scores: readonly number[], ys: readonly number[], threshold: number): number {
  let tp = 0, fn = 0, tn = 0, fp = 0;
  scores.forEach((s, i) => {
    const yes = s >= threshold;
    if (ys[i] === 1) yes ? tp++ : fn++; else yes ? fp++ : tn++;
  });
  return ((tp / Math.max(1, tp + fn)) + (tn / Math.max(1, tn + fp))) / 2;
}

/**
 * The threshold with the best balanced accuracy on the given scores. With `falseAlarmCost` > 1, wrongly
 * rejecting a supported claim (a false alarm for a writer) counts that many times as much as a miss.
 */
export function bestThreshold(scores: readonly number[], ys: readonly number[], falseAlarmCost = 1): number {
  let best = 0.5, bestScore = -1;
  for (let t = 0.05; t <= 0.95; t += 0.01) {
    let tp = 0, fn = 0, tn = 0, fp = 0;
    scores.forEach((s, i) => { const yes = s >= t; if (ys[i] === 1) yes ? tp++ : fn++; else yes ? fp++ : tn++; });
    const supportedPassed = tp / Math.max(1, tp + fn), unsupportedCaught = tn / Math.max(1, tn + fp);
    const score = (falseAlarmCost * supportedPassed + unsupportedCaught) / (falseAlarmCost + 1);
    if (score > bestScore) { bestScore = score; best = Math.round(t * 100) / 100; }
  }
  return best;
}
