import { SUPPORT_MODEL } from './model-weights';
import { predict, LogisticModel } from './logistic';
import { boostedScore, BoostedModel } from './boosted-trees';
import { FEATURE_NAMES } from './features';

// The shipped support verifier (trained by `npm run train`): features of a claim–passage pair in, the
// probability that the passage supports the claim out.

type Shipped = { kind: 'linear'; model: LogisticModel } | { kind: 'trees'; model: BoostedModel };
const shipped: Shipped = SUPPORT_MODEL;

const matchesFeatures = shipped.model.names.length === FEATURE_NAMES.length && shipped.model.names.every((n, i) => n === FEATURE_NAMES[i]);

export function supportProbability(features: readonly number[]): number {
  // Features changed without retraining: fail loudly rather than score with misaligned weights. Checked on use,
  // not on import, so that the trainer itself still loads.
  if (!matchesFeatures) throw new Error('the support model does not match the feature list; run `npm run train`');
  return shipped.kind === 'linear' ? predict(shipped.model, features) : boostedScore(shipped.model, features);
}

/** The probability threshold the model was trained with: the default for `sumber.supportThreshold`. */
export const DEFAULT_SUPPORT_THRESHOLD: number = shipped.model.threshold;
