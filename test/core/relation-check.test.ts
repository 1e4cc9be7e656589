import * as assert from 'node:assert/strict';
import { corpusOfLines, fixtureCorpus } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A sentence relating two people the sources know needs a source that names them together: an invented relation
// ("X hugged Y", "X menandatangani kesepakatan dengan Y") between people the sources keep apart is unsupported,
// whatever words it shares with them. Made-up sources.

const corpus = corpusOfLines({
  'plant.txt': [
    'Kestrel Foods will close its Dunmore plant in March, chief executive Laura Brandt said on Monday.',
    'About 600 workers will lose their jobs when the plant closes.',
    'Brandt said the company had tried for two years to find a buyer for the plant.',
  ],
  'union.txt': [
    'The union representing the workers said it would fight the closure.',
    'Union leader Tina Morrow met state officials in the capital on Tuesday.',
    'Morrow said the workers had not been told about the closure in advance.',
    'Morrow and Laura Brandt will meet next week to discuss severance pay.',
  ],
  'town.txt': ['Mayor Jorge Medina said the town would help workers find new jobs.'],
});
const findings = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning').map(d => `${d.code}: ${d.message}`);

describe('a relation between two people', () => {
  it('is unsupported when no source names the two within a few sentences of each other', () => {
    assert.deepEqual(findings('Laura Brandt hugged Jorge Medina after the announcement.'),
      ['unsupported-claim: No source mentions Laura Brandt and Jorge Medina together, so none can say this of them.']);
  });

  it('is left to the other checks when a source names them together', () => {
    assert.ok(!findings('Tina Morrow will meet Laura Brandt next week to discuss severance pay.').some(f => f.includes('together')));
  });

  it('reads a body the sources write shorter, or run into another name, by the claim\'s word for it', () => {
    const club = fixtureCorpus('liga');
    const found = (text: string) => checkDraft(club, text + '\n', 'markdown').map(d => d.message).filter(m => /bersama-sama|together/.test(m));
    assert.deepEqual(found('Kurang lebih 300 pendukung dari kelompok Laskar Arga menggelar demonstrasi di depan kantor Persebat di Jalan Cendana.'), []);
  });
});
