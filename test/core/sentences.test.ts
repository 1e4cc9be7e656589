import * as assert from 'node:assert/strict';
import { splitSentences } from '../../server/src/core/text/sentences';

const texts = (t: string, hard = false) => splitSentences(t, { hardLineBreaks: hard }).map(s => s.text);

describe('sentence segmentation', () => {
  it('splits on terminal punctuation before a capital', () => {
    assert.deepEqual(texts('Putin tiba di Beijing. Xi menyambutnya.'), ['Putin tiba di Beijing.', 'Xi menyambutnya.']);
  });

  it('keeps abbreviations, decimals and initials inside a sentence', () => {
    assert.deepEqual(texts('Dr. Ali bertemu Prof. Budi. Nilainya 2.5 persen. J.J. Abrams datang.'),
      ['Dr. Ali bertemu Prof. Budi.', 'Nilainya 2.5 persen.', 'J.J. Abrams datang.']);
    assert.deepEqual(texts('George W. Bush met Mr. Putin in the U.S. capital.'), ['George W. Bush met Mr. Putin in the U.S. capital.']);
  });

  it('does not end a sentence at a quote closed by a comma and an attribution', () => {
    assert.deepEqual(texts('“Sanksi pasti akan gagal,” kata Xi. Putin setuju.'), ['“Sanksi pasti akan gagal,” kata Xi.', 'Putin setuju.']);
  });

  it('ends a sentence after a closing quote that follows the period', () => {
    assert.deepEqual(texts('Dia berkata, “Kami siap.” Putin lalu pergi.'), ['Dia berkata, “Kami siap.”', 'Putin lalu pergi.']);
  });

  it('treats each line as a paragraph in plain text but a single newline as a wrap in Markdown', () => {
    assert.deepEqual(texts('More Stories\nRusia melancarkan serangan', true), ['More Stories', 'Rusia melancarkan serangan']);
    assert.deepEqual(texts('Putin tiba\ndi Beijing.\n\nXi menyambut.'), ['Putin tiba\ndi Beijing.', 'Xi menyambut.']);
  });

  it('reports offsets into the original text', () => {
    const t = '  Pertama.  Kedua di sini.';
    for (const s of splitSentences(t, { hardLineBreaks: false })) assert.equal(t.slice(s.start, s.end), s.text);
  });

  it('does not split inside an ellipsis followed by lower case', () => {
    assert.deepEqual(texts('Ia ragu... tapi tetap datang.'), ['Ia ragu... tapi tetap datang.']);
  });

  it('starts a sentence at a quote opened with the closing mark (Swedish and Finnish copy)', () => {
    assert.deepEqual(texts('”Kami siap”, kata Putin. ”Kami juga”, kata Xi.'), ['”Kami siap”, kata Putin.', '”Kami juga”, kata Xi.']);
  });

  it('cuts a run-on stretch into pieces of at most a thousand characters, at a clause mark or a space', () => {
    const t = 'kata Putin dan Xi di Beijing, lalu mereka pergi '.repeat(100);
    const pieces = splitSentences(t, { hardLineBreaks: false });
    assert.ok(pieces.length >= 5);
    for (const p of pieces) {
      assert.ok(p.end - p.start <= 1000);
      assert.ok(p.end === t.trimEnd().length || t[p.end] === ' ', 'cut between words');
    }
    assert.equal(pieces.map(p => p.text).join(' '), t.trim());
  });
});
