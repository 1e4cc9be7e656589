import * as path from 'node:path';
import { scoreRetrieval } from './train-verifier';
import { SUPPORT_MODEL } from '../core/verifier/model-weights';
import { supportProbability } from '../core/verifier/model';
import { balancedAccuracy } from '../core/verifier/logistic';
import { checkDraft } from '../core/checks/check';
import { loadPairs, premiseCorpus } from './nli';

// Scores the shipped verifier on an NLI file (default: IndoNLI val) the way the product works: every
// hypothesis against a corpus of all the file's premises. Prints the verifier beside the lexical baseline, and
// the checks as a whole.

const file = process.argv[2] ?? path.resolve(process.cwd(), '../shared/data/indonli/val.jsonl');
const m = SUPPORT_MODEL.model;
const started = Date.now();
const r = scoreRetrieval(supportProbability, file);
const metric = m.metricThreshold ?? m.threshold;
const baseline = m.baselineThreshold ?? 0.8;
const fmt = (t: number) => balancedAccuracy(r.scores, r.ys, t).toFixed(3);
console.log(`${path.basename(file)}: ${r.ys.length} pairs, retrieval over all premises; balanced accuracy, entailed vs rest`);
console.log(`  verifier (${SUPPORT_MODEL.kind}) ${fmt(metric)} at threshold ${metric}; ${fmt(m.threshold)} at the product default ${m.threshold}`);
console.log(`  lexical baseline (share of content words found >= ${baseline}) ${balancedAccuracy(r.lexical, r.ys, baseline).toFixed(3)}`);
// The product itself: every check, as the CLI judges a draft (a hypothesis is flagged by any error or warning).
const pairs = loadPairs(file), { corpus } = premiseCorpus(pairs);
const flagged = pairs.map(p => checkDraft(corpus, p.hypothesis, 'plaintext').some(d => d.severity === 'error' || d.severity === 'warning'));
const rest = pairs.filter(p => p.label !== 'e').length, entailed = pairs.length - rest;
const caught = pairs.filter((p, i) => p.label !== 'e' && flagged[i]).length, passed = pairs.filter((p, i) => p.label === 'e' && !flagged[i]).length;
console.log(`  the checks (flagged = an error or a warning): ${((caught / rest + passed / entailed) / 2).toFixed(3)} ` +
  `(contradicted or neutral flagged ${caught}/${rest}, entailed passed ${passed}/${entailed})`);
console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
