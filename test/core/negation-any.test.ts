import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { saidNone } from '../../server/src/core/facts/negation';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// A thing a claim says there is none of under its clause's denial ("tidak ditanggapi dengan tindakan apa pun", "did
// not take any action", "menyangkal bahwa sekolahnya menarik biaya apa pun") is no thing the claim says there is: the
// check of opposites does not hold it against a passage that denies it (facts/negation.ts saidNone). Without a
// denial, "apa pun" says nothing of the kind.

const empty = Corpus.build([]);
const noneWords = (text: string) => analyzeDraft(empty, text, 'plaintext').sentences
  .flatMap(s => s.words.filter(w => !w.stop && saidNone(s.tokens, w)).map(w => w.norm));

describe('a thing said to be none at all', () => {
  it('is read under the denial of its clause', () => {
    assert.deepEqual(noneWords('Keluhan itu tidak ditanggapi dengan tindakan apa pun.'), ['tindakan']);
    assert.deepEqual(noneWords('The agency did not take any action.'), ['action']);
    assert.deepEqual(noneWords('Hendra menyangkal bahwa sekolahnya menarik biaya apapun.'), ['biaya']);
  });

  it('is not read so without a denial, or past the clause', () => {
    assert.deepEqual(noneWords('Warga siap menerima bantuan apa pun dari pemerintah.'), []);
    assert.deepEqual(noneWords('Rapat itu tidak dihadiri bupati, tetapi camat menjanjikan tindakan apa pun.'), []);
    // The denied act itself, whose object "apa pun" is: still denied, as it was.
    assert.deepEqual(noneWords('Ilmuwan belum mengatakan apa pun tentang target itu.'), []);
  });

  it('is no opposite of a passage that denies the thing', () => {
    const corpus = corpusOfLines({
      'terminal.txt': [
        'Ketua paguyuban sopir, Iwan Setiadi, mengatakan paguyuban sudah dua kali menyampaikan keluhan secara lisan ke dinas, tetapi tidak ada tindak lanjut.',
        'Iwan berharap pemerintah kabupaten segera menertibkan para penarik pungutan di terminal.',
      ],
    });
    const codes = flaggedIn(corpus, 'Menurut Iwan Setiadi, keluhan itu sudah dua kali disampaikan secara lisan ke dinas, tetapi tidak ditanggapi dengan tindakan apa pun.\n').map(d => d.code);
    assert.ok(!codes.includes('contradiction'), codes.join());
  });
});
