import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A statement put in a known person's mouth where the passage gives it to a role or a body of another country
// (checks/speaker-by-role.ts). A made-up corpus, so the rule and not the seed articles carries each case.

const corpus = Corpus.build([{
  uri: 'forum.txt', label: 'forum.txt', format: 'plaintext', text: [
    'Perdana Menteri Norwegia Ingrid Dahl dan Presiden Islandia Bjarni Jonsson hadir di forum nelayan di Tromsø.',
    'Kapal-kapal patroli berlayar bersama di perairan utara sepanjang pekan itu.',
    'Sementara itu, pemimpin Islandia mengatakan bahwa kuota penangkapan ikan harus dinaikkan tahun depan.',
    'Kementerian luar negeri Finlandia mengatakan perjanjian itu merusak kepentingan nelayan kecil di pesisir.',
    'Juru bicara Kementerian Luar Negeri Norwegia Lars Berg mengatakan forum itu penting bagi kawasan.',
    'Seorang pejabat mengatakan bahwa pelabuhan Tromsø akan diperluas musim depan.',
    'Menteri Perikanan Norwegia Kari Holm mengatakan bahwa armada nelayan harus dimodernisasi sebelum musim dingin.',
    'Jonsson juga berbicara panjang tentang armada itu kepada wartawan.',
  ].join('\n'),
}]);

const flagged = (text: string) => checkDraft(corpus, text, 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');

describe('a statement given to a role or body of another country', () => {
  it('flags a person of another country as the speaker, naming who the passage gives the words to', () => {
    const [d, ...rest] = flagged('Dahl mengatakan bahwa kuota penangkapan ikan harus dinaikkan tahun depan.');
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'unknown-entity');
    assert.match(d.message, /pemimpin Islandia/);
    assert.match(d.message, /Perdana Menteri Norwegia/);
    assert.deepEqual(d.fixes.map(f => f.newText), ['Bjarni Jonsson']);
  });

  it('leaves the words with a person who holds the role', () => {
    assert.deepEqual(flagged('Jonsson mengatakan bahwa kuota penangkapan ikan harus dinaikkan tahun depan.'), []);
  });

  it('flags a spokesperson of one country for what a ministry of another said', () => {
    const [d] = flagged('Lars Berg mengatakan perjanjian itu merusak kepentingan nelayan kecil di pesisir.');
    assert.equal(d?.code, 'unknown-entity');
    assert.match(d.message, /Kementerian luar negeri Finlandia/);
  });

  it('says nothing where the passage gives the speaker no country', () => {
    assert.deepEqual(flagged('Lars Berg mengatakan bahwa pelabuhan Tromsø akan diperluas musim depan.'), []);
  });
});

describe('a statement whose passage names its speaker, with the claimed one in the next sentence', () => {
  it('flags the swap: a neighbour naming the person does not make the words theirs', () => {
    const [d, ...rest] = flagged('Menurut Jonsson, armada nelayan harus dimodernisasi sebelum musim dingin.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unknown-entity');
    assert.match(d.message, /Kari Holm/);
  });

  it('passes the speaker the passage names', () => {
    assert.deepEqual(flagged('Menurut Kari Holm, armada nelayan harus dimodernisasi sebelum musim dingin.'), []);
  });
});

describe('a statement put in the mouth of someone the sources quote on other things', () => {
  const quoted = Corpus.build([{
    uri: 'talks.txt', label: 'talks.txt', format: 'plaintext', text: [
      'Menteri Perikanan Norwegia Kari Holm tiba di Reykjavik pada hari Senin untuk perundingan kuota.',
      '“Kami ingin kesepakatan yang adil bagi nelayan kecil,” kata Profesor Eirik Sand, pakar perikanan di Universitas Bergen.',
      'Pertemuan dibuka dengan pidato para menteri di balai kota.',
      'Delegasi Islandia datang terlambat karena cuaca buruk.',
      'Kedua negara telah berselisih soal kuota sejak beberapa tahun terakhir.',
      'Perundingan itu diperkirakan membahas kuota ikan makarel untuk tahun depan.',
    ].join('\n'),
  }]);
  const flaggedIn = (text: string) => checkDraft(quoted, text, 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');

  it('does not let a passage far from the speaker back what the draft says they said', () => {
    const [d] = flaggedIn('Eirik Sand memperkirakan perselisihan kuota akan berakhir tahun depan.');
    assert.equal(d?.code, 'unsupported-claim');
  });

  it('passes what the speaker does say, in the passage that names them', () => {
    assert.deepEqual(flaggedIn('Menurut Eirik Sand, kesepakatan harus adil bagi nelayan kecil.'), []);
  });
});
