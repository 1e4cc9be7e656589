import * as assert from 'node:assert/strict';
import { fixtureCorpus, flaggedBy, seedCorpus } from './seed-corpus';

// A named person given an act the story says only of others: every word stands near the person's name, so the
// verifier reads a paraphrase, but no sentence about the person says the act (checks/person-act.ts). The finding
// shows where the story names the person and where it says the act.

const trial = flaggedBy(fixtureCorpus('sidang'));
const flagged = (text: string) => trial(text + '\n').filter(d => d.severity === 'error' || d.severity === 'warning');

describe('an act the story never says of the person', () => {
  it('is unsupported, with the person\'s place and the act\'s in the story as evidence', () => {
    const [d, ...rest] = flagged('Siti Rahmawati mengaku ikut menerima bagian dari uang yang disetorkan ke rekening Fajar Nugroho.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /Siti Rahmawati “menerima”/);
    assert.equal(d.evidence.length, 2);
    assert.match(d.evidence[0].text, /Siti Rahmawati/);
    assert.match(d.evidence[1].text, /diterima/);
    assert.match(flagged('Rudi Santoso dihadirkan sebagai saksi.')[0]?.message ?? '', /Rudi Santoso “dihadirkan”/);
  });

  it('passes an act the story says of the person, in their sentence or the next', () => {
    assert.deepEqual(flagged('Siti Rahmawati bersaksi bahwa Hendra memintanya memenangkan PT Cahaya Nusa Digital.'), []);
    assert.deepEqual(flagged('Hendra Wijayakusuma menerima imbalan Rp 850 juta dalam tiga tahap.'), []);
  });

  it('passes an act the story says of the person by a role the sources give them ("Presiden Rusia … mengirim")', () => {
    const seeds = flaggedBy(seedCorpus());
    const found = seeds('Putin mengirim Dmitry Medvedev ke Beijing dengan pesan untuk Xi.\n').filter(d => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(found.map(d => d.message), []);
  });
});
