import * as assert from 'node:assert/strict';
import { corpusOfLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A month or year the draft gives for an event its passage dates by the weekday alone is not the source's
// (checks/date-check.ts): the passage's weekday is shown instead. Made-up sources, so each case rests on the rule.

const corpus = corpusOfLines({
  'pelabuhan.txt': [
    'Pada hari Jumat, pemerintah kota mengumumkan bahwa Rina Hartono telah diangkat menjadi direktur pelabuhan Tanjung Emas.',
    'Pada hari Senin, seorang pejabat pelabuhan mengatakan harga tiket kapal naik bulan lalu.',
  ],
});
const dateFindings = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'date-mismatch');

describe('a month or year for an event the source dates by weekday alone', () => {
  it('flags the month, showing the weekday the source gives', () => {
    const [d, ...rest] = dateFindings('Rina Hartono diangkat menjadi direktur pelabuhan Tanjung Emas pada bulan Juni.');
    assert.equal(rest.length, 0);
    assert.match(d?.message ?? '', /“hari Jumat”/);
  });

  it('passes the weekday itself, and a month the passage gives only as "bulan lalu"', () => {
    assert.deepEqual(dateFindings('Pada hari Jumat, Rina Hartono diangkat menjadi direktur pelabuhan Tanjung Emas.'), []);
    assert.deepEqual(dateFindings('Seorang pejabat pelabuhan mengatakan harga tiket kapal naik pada bulan Mei.'), []);
  });
});

// Where another passage of the claim's candidates gives the year itself, that year is the evidence and the fix: the
// weekday belongs to a later event the best passage tells (date-passages.ts coarseElsewhere).
const reopened = corpusOfLines({
  'festival.txt': [
    'Pada hari Sabtu, wali kota Rina Hartono meresmikan kembali Festival Layang-Layang Pantai Merah yang sempat terhenti.',
    'Festival Layang-Layang Pantai Merah pertama kali diresmikan oleh Rina Hartono pada Maret 2019, setahun sebelum pandemi.',
    'Panitia memperkirakan ribuan pengunjung datang setiap hari.',
  ],
});

describe('a wrong year where another passage gives the year', () => {
  it('shows that passage\'s date, not the weekday of the best passage', () => {
    const found = checkDraft(reopened, 'Rina Hartono meresmikan kembali Festival Layang-Layang Pantai Merah pada tahun 2018.\n', 'markdown').filter(d => d.code === 'date-mismatch');
    assert.deepEqual(found.flatMap(d => d.fixes.map(f => f.newText)), ['Maret 2019']);
  });
});

// A weekday alone nearby ("on Monday", of another week) does not agree with a claim's day where the passage gives the
// day otherwise: "Monday, May 12" against "Construction is due to start on Monday, May 5".
describe('a weekday alone against a day the passage gives otherwise', () => {
  const relocation = corpusOfLines({
    'relocation.txt': [
      'The council voted on Monday to move the residents to the plateau.',
      'Construction is due to start on Monday, May 5, and the first families should move in by December 1.',
    ],
  });
  const dates = (text: string) => checkDraft(relocation, text + '\n', 'markdown').filter(d => d.code === 'date-mismatch').map(d => d.message);

  it('flags the day, with the passage\'s date', () => {
    assert.match(dates('Construction is due to begin on Monday, May 12, with the first families moving in by December 1.').join('\n'), /“Monday, May 5”/);
    assert.deepEqual(dates('Construction is due to begin on Monday, May 5, with the first families moving in by December 1.'), []);
  });
});
