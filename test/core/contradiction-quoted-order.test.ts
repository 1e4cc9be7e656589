import * as assert from 'node:assert/strict';
import { fixtureCorpus, messagesOf } from './seed-corpus';

// An order word inside the draft's quote ("“… sebelum datanya jelas”") is the quote check's to weigh: no contradiction
// of a passage that has "setelah" about something else (checks/contradiction-check.ts oppositeIn). Outside a quote,
// the same order turned round is still one. On the social-aid fixture, whose office head says the finding came
// "setelah timnya memadankan 186 nama penerima", and "Kami tidak mau menuduh siapa pun sebelum datanya jelas".

const contradictions = messagesOf(fixtureCorpus('bansos-salah-sasaran'), 'contradiction');

describe('an order word in the draft\'s quote', () => {
  it('is no contradiction of a passage with the other order', () => {
    assert.deepEqual(contradictions('Kepala Dinas Sosial Kabupaten Margajaya, Hendra Wiratmaja, mengatakan, “Kami tidak mau menuduh siapa pun sebelum datanya jelas.”'), []);
  });

  it('outside a quote, turned round, still is one', () => {
    assert.equal(contradictions('Kepala Dinas Sosial Kabupaten Margajaya, Hendra Wiratmaja, mengatakan temuan tersebut diperoleh sebelum timnya memadankan 186 nama penerima.').length, 1);
  });
});

describe('a quote that runs on past the sentence', () => {
  // The oil-well fixture: the camat "mengatakan sebagian warga mulai kembali menyadap karet", and is quoted "Warga
  // sebenarnya mau berhenti asal ada penghasilan pengganti. Itu yang sedang kami siapkan …".
  const wells = messagesOf(fixtureCorpus('sumur-minyak-ilegal'), 'contradiction');

  it('keeps its words out of the contradiction check in each of its sentences', () => {
    assert.deepEqual(wells('Camat Bukit Jerambah Yulianti Harahap mengatakan, “Warga sebenarnya mau berhenti asal ada penghasilan pengganti. Itu yang sedang kami siapkan bersama dinas terkait.”'), []);
  });
});

