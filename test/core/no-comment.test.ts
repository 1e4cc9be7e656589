import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A reaction the source says was never given (checks/no-comment.ts): "welcomed the report" where the body "declined
// to comment on the report"; Indonesian "menolak berkomentar". Only on the same thing, in the refusal's own clause.

const corpus = corpusOfLines({
  'report.txt': [
    'A report by the River Trust says the new weir has cut salmon numbers by a third.',
    'The water ministry declined to comment on the report.',
    'The weir\'s operator, Tarn Hydro, declined to comment on the figures but said talks with anglers would continue.',
  ],
  'pasar.txt': ['Kementerian perdagangan menolak berkomentar tentang laporan itu.', 'Harga beras naik dua persen bulan lalu.'],
  'cuaca.txt': ['Heavy rain closed the coast road for most of the week.'],
});
const flagged = flaggedBy(corpus);
const contradictions = (text: string) => flagged(text).filter(d => d.code === 'contradiction').length;

describe('a reaction where the source declined to comment', () => {
  it('is a contradiction', () => {
    assert.equal(contradictions('The water ministry welcomed the report.\n'), 1);
    assert.equal(contradictions('The water ministry criticised the report.\n'), 1);
    assert.equal(contradictions('Kementerian perdagangan memuji laporan itu.\n'), 1);
    // The report's author is named in the sentence before the refusal.
    assert.equal(contradictions('The water ministry welcomed the River Trust\'s report on salmon numbers.\n'), 1);
  });

  it('is none for the refusal itself, or for what the refusal is not about', () => {
    assert.equal(contradictions('The water ministry declined to comment on the report.\n'), 0);
    assert.equal(contradictions('Tarn Hydro welcomed the talks with anglers.\n'), 0);
  });
});
