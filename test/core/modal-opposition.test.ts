import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { modalityOf } from '../../server/src/core/facts/modality';

// A duty, a leave or a ban the passage words the other way round, the act itself un-negated on both sides.

const corpus = corpusOfLines({
  'payung.txt': ['Secara harfiah, kini orang tidak lagi perlu menyediakan payung sebelum hujan, tapi jas hujan payung.', ...fillerLines(6, 'id')],
  'air.txt': ['Semangkuk air ini janganlah diminum, hanya digunakan untuk mencuci tangan sebelum makan.', ...fillerLines(6, 'id', 'Garut')],
  'permit.txt': ['Residents of Harlow do not need to apply for a parking permit before the new year.', ...fillerLines(6)],
});
const findings = (text: string) => flaggedBy(corpus)(text + '\n');

/** The modality the analysis reads for the word `verb` of a one-sentence text. */
function modality(text: string, verb: string): string | undefined {
  const s = analyzeDraft(corpus, text, 'plaintext').sentences[0];
  const w = s.words.find(x => x.norm === verb);
  assert.ok(w, `no word "${verb}"`);
  return modalityOf(s.tokens, w)?.modality;
}

describe('a duty, a leave or a ban turned round', () => {
  it('reads the modality that governs a verb, over a negation and the words between', () => {
    assert.equal(modality('Orang harus menyediakan payung.', 'menyediakan'), 'obliged');
    assert.equal(modality('Orang tidak lagi perlu menyediakan payung.', 'menyediakan'), 'not-obliged');
    assert.equal(modality('Ada empat hal yang harus kamu perhatikan.', 'perhatikan'), 'obliged');
    assert.equal(modality('Air ini tidak boleh diminum.', 'diminum'), 'prohibited');
    assert.equal(modality('You must not park here.', 'park'), 'prohibited');
    assert.equal(modality('You need not apply.', 'apply'), 'not-obliged');
    assert.equal(modality("You don't have to apply.", 'apply'), 'not-obliged');
    // A negation of the act alone, or a modal word that governs another act, is no modality of this one.
    assert.equal(modality('Orang tidak menyediakan payung.', 'menyediakan'), undefined);
    assert.equal(modality('Jangan biarkan hewan peliharaan berinteraksi dengan orang lain.', 'berinteraksi'), undefined);
  });

  it('flags a duty where the passage says there is none, and a leave where it bans the act, showing both wordings', () => {
    const [duty] = findings('Orang harus menyediakan payung sebelum hujan.');
    assert.equal(duty?.code, 'contradiction');
    assert.match(duty.message, /“tidak lagi perlu menyediakan”.*“harus menyediakan”/);
    const [leave] = findings('Semangkuk air ini boleh diminum.');
    assert.equal(leave?.code, 'contradiction');
    assert.match(leave.message, /“janganlah diminum”.*“boleh diminum”/);
    const [english] = findings('Residents of Harlow must apply for a parking permit before the new year.');
    assert.equal(english?.code, 'contradiction');
    assert.match(english.message, /do not need to apply/);
  });

  it('reads the modality the passage gives, however its negation stands, as no opposite', () => {
    assert.deepEqual(findings('Kini orang tidak perlu lagi menyediakan payung sebelum hujan.'), []);
    assert.deepEqual(findings('Residents of Harlow need not apply for a parking permit before the new year.'), []);
    // "jangan" against "janganlah": one ban (the passage's stressed form is a word the claim lacks, no opposite).
    assert.deepEqual(findings('Semangkuk air ini jangan diminum.').filter(d => d.code === 'contradiction'), []);
  });
});
