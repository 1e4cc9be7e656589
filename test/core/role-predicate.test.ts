import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// What a sentence says a person is, after the name (facts/roles.ts): after a copula too ("Ned Price adalah juru
// bicara …"), and not after a clause put before the main one, where the comma ends that clause ("Ketika bertemu
// Price, menteri pertahanan …" says nothing of Price). A made-up corpus.

const flagged = flaggedBy(corpusOfLines({
  'kemlu.txt': [
    'Juru bicara Departemen Luar Negeri Ned Price mengatakan perundingan di Jenewa berjalan lambat.',
    'Menteri Pertahanan Ingrid Dahl baru saja kembali dari Jenewa ketika bertemu Price.',
  ],
}));
const roleFindings = (text: string) => flagged(text).filter(d => d.code === 'unknown-entity');

describe('a role stated after the name', () => {
  it('is read after "adalah", and compared with the sources\' role', () => {
    const [d] = roleFindings('Ned Price adalah juru bicara Kementerian Pertahanan.\n');
    assert.match(d?.message ?? '', /Ned Price sebagai “Juru bicara Departemen Luar Negeri”; draf menyebut “juru bicara Kementerian Pertahanan”/);
    assert.deepEqual(flagged('Ned Price adalah juru bicara Departemen Luar Negeri.\n'), []);
  });

  it('is not read from the main clause after a clause put before it', () => {
    assert.deepEqual(roleFindings('Ketika bertemu Price, menteri pertahanan baru saja kembali dari Jenewa.\n'), []);
  });

  it('is read there when a comma closes it, as an apposition', () => {
    const [d] = roleFindings('Ketika bertemu Dahl, juru bicara Kementerian Pertahanan, Price baru saja kembali dari Jenewa.\n');
    assert.match(d?.message ?? '', /Ingrid Dahl sebagai “Menteri Pertahanan”/);
  });
});

// The agent of a passive is not who holds the post "sebagai" / "as" gives: "Price ditunjuk oleh Dahl sebagai juru bicara
// …" makes Price the spokesman. Said of the agent, the post is still another's.
describe('a role after the agent of a passive', () => {
  it('is the subject\'s, not the agent\'s', () => {
    assert.deepEqual(roleFindings('Ned Price ditunjuk oleh Ingrid Dahl sebagai juru bicara Departemen Luar Negeri.\n'), []);
    const [d] = roleFindings('Ingrid Dahl adalah juru bicara Departemen Luar Negeri.\n');
    assert.match(d?.message ?? '', /Ingrid Dahl/);
  });
});
