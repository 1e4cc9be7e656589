import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// "who chairs the committee" gives a title as a verb: it is read as the role "chair" and compared with what the
// sources call the person, as "the committee's chair" would be (facts/roles.ts, CHAIRING_VERBS). The forms of the
// title ("chairman", "chairwoman") are one title. A made-up corpus.

const flagged = flaggedBy(corpusOfLines({
  'council.txt': [
    'Councillor Peter Oduya, who chairs the county\'s transport committee, said the work would take 22 weeks.',
    'Councillor Mary Atherton said the council should have asked the government for money first.',
  ],
}));
const roles = (text: string) => flagged(text).filter(d => d.code === 'unknown-entity');

describe('a role given by a verb of chairing', () => {
  it('is a wrong role for a person the sources do not say chairs it', () => {
    const [d] = roles('Councillor Mary Atherton, who chairs the transport committee, said the council should have asked for money first.\n');
    assert.match(d?.message ?? '', /Mary Atherton “Councillor”; the draft says “chairs the transport committee”/);
    assert.equal(roles('Mary Atherton chairs the county\'s transport committee.\n').length, 1);
  });

  it('holds for the person who chairs it, however the title is written', () => {
    assert.deepEqual(roles('Councillor Peter Oduya, who chairs the transport committee, said the work would take 22 weeks.\n'), []);
    assert.deepEqual(roles('Peter Oduya, the transport committee\'s chairman, said the work would take 22 weeks.\n'), []);
  });
});
