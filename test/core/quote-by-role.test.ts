import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// A quote the sources give to a role, not a name ("yang dipuji oleh presiden Norwegia sebagai …"), in a story that
// never says who holds it: the draft that gives the words to someone the sources place in another country is
// misattributed, with the person the sources give the role as the fix (checks/quote-by-role.ts). Made-up sources.

const corpus = corpusOfLines({
  'talks.txt': [
    'Lars Jonsson dan timpalannya dari Swedia Ingrid Dahl telah berjanji untuk memperdalam kerja sama perikanan, yang dipuji oleh presiden Norwegia sebagai yang “terbaik sepanjang masa” dalam konferensi video pada hari Jumat.',
  ],
  'roles.txt': [
    'Presiden Norwegia Lars Jonsson tiba di Stockholm pada hari Senin.',
    'Perdana Menteri Swedia Ingrid Dahl menyambutnya di bandara.',
  ],
  'filler.txt': fillerLines(30, 'id'),
});
const found = (text: string) => flaggedIn(corpus, text + '\n');

describe('a quote the sources give to a role', () => {
  it('flags the words in the mouth of someone of another country, with the role holder as the fix', () => {
    const [d, ...rest] = found('Ingrid Dahl memuji kerja sama perikanan kedua negara sebagai yang “terbaik sepanjang masa”.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'misattributed-quote');
    assert.match(d.message, /“presiden Norwegia”.*Ingrid Dahl/);
    assert.match(d.fixes?.[0]?.newText ?? '', /Jonsson/);
  });

  it('passes them in the mouth of the one the sources give the role', () => {
    assert.deepEqual(found('Lars Jonsson memuji kerja sama perikanan kedua negara sebagai yang “terbaik sepanjang masa”.'), []);
  });
});
