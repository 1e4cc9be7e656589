import * as assert from 'node:assert/strict';
import { shippedModel } from '../../server/src/core/facts/ner-tagger';
import { Weights, families } from '../../server/src/core/facts/ner-weight-index';

// The tagger's weights by family, made in one pass (families): every family must hold what a scan of every name
// for its prefix finds, in the same order, whatever the rest of a name holds ("=" or "|" of a word's own).

/** The family of a prefix by its definition: every name that starts with it. */
function family(weights: ReadonlyMap<string, Weights>, prefix: string): Array<[string, Weights]> {
  return [...weights].filter(([name]) => name.startsWith(prefix)).map(([name, w]) => [name.slice(prefix.length), w]);
}

const PREFIXES = ['w=', 's=', 'p3=', 'x3=', 'x2=', 'w-1=', 'w+1=', 'w-2=', 'w+2=', 's-1=', 's+1=', 'lex=', 'lex-1=', 'lex+1=',
  'hy=', 'first|', 'gz=', 'rf=', 'rl=', 'w-1s=', 'w+1s=', 'gz|s=', 'rf|rpos=', 's-1s=', 'gp='];

function sameFamilies(weights: ReadonlyMap<string, Weights>): void {
  const all = families(weights, PREFIXES);
  for (const p of PREFIXES) assert.deepEqual([...all.get(p)!], family(weights, p), p);
}

describe('the name tagger\'s weights by family', () => {
  it('holds in each family what a scan of every name for its prefix finds, for the shipped model', () => {
    const weights = shippedModel().weights;
    sameFamilies(weights);
    assert.ok([...families(weights, PREFIXES).values()].every(f => f.size > 0));
  });

  it('files names whose words hold "=" or "|" by their prefix alone', () => {
    const names = ['w==', 'w=a|b', 'w=|', 'first', 'first|', 'first|common=true|known=false', 'gz=Jakarta', 'gz|s=Xx|x',
      'rf|rpos=B|Xx', 'rf=|', 's-1s=Xx|x|X', 's-1=a=b', 'lex-1=PER', 'lexx=1', 'gp=Amerika Serikat', 'w', '=w', '|w=x'];
    sameFamilies(new Map(names.map((n, i) => [n, [i]])));
  });
});
