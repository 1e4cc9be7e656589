import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, fixtureCorpus, flaggedBy } from './seed-corpus';

// A quote the sources have word for word, running over two sentences of the draft, with its speaker: the quote check
// settles both sentences (checks/quoted-backing.ts), and the first is no claim that no passage states; the title the
// draft gives the speaker is the role check's, not words a passage must state.

describe('a quote of two sentences found word for word', () => {
  const flagged = flaggedBy(corpusOfLines({
    'dermaga.txt': [
      'Camat Sungai Lebar, Hasanuddin Arif, mengatakan kecamatan akan mengatur jadwal pengerukan di dermaga darurat.',
      'Ia juga meminta para pedagang bersabar. "Ini hanya sementara. Begitu dermaga baru jadi, semua kembali ke tempat semula," ujarnya.',
      'Pedagang sayur, Rahmawati, mengeluh omzetnya turun separuh sejak pasar pindah.',
      ...fillerLines(6, 'id', 'Sungai Lebar'),
    ],
  }));

  it('passes when the speaker is the source\'s, written after the quote or before it', () => {
    assert.deepEqual(flagged('"Ini hanya sementara. Begitu dermaga baru jadi, semua kembali ke tempat semula," ujar Hasanuddin Arif.\n'), []);
    assert.deepEqual(flagged('Hasanuddin Arif berkata, "Ini hanya sementara. Begitu dermaga baru jadi, semua kembali ke tempat semula."\n'), []);
  });

  it('passes with the speaker\'s title before the name, which the role check reads', () => {
    // The water-main fixture gives the quote to Hendra by "tegasnya"; no sentence near it has his title.
    const water = flaggedBy(fixtureCorpus('pipa-pdam-pecah'));
    assert.deepEqual(water('Direktur Utama PDAM Tirta Sindang Hendra Wiratmaja mengatakan, “Pelayanan kesehatan kami dahulukan. Setelah itu permukiman yang paling padat.”\n'), []);
  });

  it('still flags the quote in another mouth, and changed words', () => {
    assert.deepEqual(flagged('"Ini hanya sementara. Begitu dermaga baru jadi, semua kembali ke tempat semula," ujar Rahmawati.\n').map(d => d.code).slice(0, 1),
      ['misattributed-quote']);
    assert.deepEqual(flagged('"Ini hanya sementara. Begitu dermaga lama jadi, semua kembali ke tempat semula," ujar Hasanuddin Arif.\n').map(d => d.code),
      ['quote-mismatch']);
  });
});
