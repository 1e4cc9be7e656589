import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A clause the sources give a person, its verb kept and the name after it swapped: "who represents Ashford" where
// the sources say she "represents Keld" (checks/clause-object.ts). A made-up corpus.

const flagged = flaggedBy(corpusOfLines({
  'council.txt': [
    'Councillor Ruth Beaumont, who represents Keld, said residents deserved compensation.',
    'About 9,500 households in Ashford and Keld were told to boil their water.',
    'Sandra Kell, who runs a bakery on the eastern bank, said her takings had fallen.',
  ],
}));
const entities = (text: string) => flagged(text).filter(d => d.code === 'unknown-entity');

describe('a clause about a person with another name after its verb', () => {
  it('is reported on the name, the sources\' name as the fix', () => {
    const [d] = entities('Councillor Ruth Beaumont, who represents Ashford, said residents deserved compensation.\n');
    assert.match(d?.message ?? '', /The sources say Ruth Beaumont represents Keld; the draft says “represents Ashford”/);
    assert.deepEqual(d.fixes.map(f => f.newText), ['Keld']);
  });

  it('passes the sources\' own name, and a clause whose verb the sources do not give the person with a name', () => {
    assert.deepEqual(entities('Councillor Ruth Beaumont, who represents Keld, said residents deserved compensation.\n'), []);
    assert.deepEqual(entities('Sandra Kell, who runs a bakery in Ashford, said her takings had fallen.\n'), []);
  });
});
