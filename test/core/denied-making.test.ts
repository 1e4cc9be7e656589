import * as assert from 'node:assert/strict';
import { corpusOfLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// What a denied verb of making would make happen is denied with it: "tidak akan membuat para nelayan meninggalkan
// koperasi" says no leaving, as the passage's "tidak akan meninggalkan" does (facts/negation.ts notOpposed).

const corpus = corpusOfLines({
  'koperasi.txt': [
    'Ketua koperasi Budi Hartono mengatakan para nelayan tidak akan meninggalkan koperasi dalam waktu dekat, meskipun harga solar naik.',
    'Koperasi itu didirikan pada 1998.',
  ],
});
const codes = (text: string) => checkDraft(corpus, text + '\n', 'markdown').map(d => d.code);

describe('a word after a denied verb of making', () => {
  it('is no opposite of the passage\'s denial', () => {
    assert.ok(!codes('Menurut Budi Hartono, kenaikan harga solar tidak akan membuat para nelayan meninggalkan koperasi dalam waktu dekat.').includes('contradiction'));
  });

  it('leaves a plain claim of the act the opposite of the passage', () => {
    assert.deepEqual(codes('Menurut Budi Hartono, para nelayan akan meninggalkan koperasi dalam waktu dekat.'), ['contradiction']);
  });
});
