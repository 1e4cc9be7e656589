import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectVocabulary, collectVocabularyByLine } from '../../server/src/core/facts/analyze';
import { SEEDS } from '../workspace';

// A draft's own vocabulary (its lower-case words, and its words capitalised mid-sentence, which decide whether a
// capitalised word is a name) is collected line by line with each line's words kept, since every edit asks again.
// It must be the vocabulary collected from the whole text at once, whatever the line breaks do.

function both(text: string): { whole: [string[], string[]]; byLine: [string[], string[]] } {
  const wl = new Set<string>(), wm = new Set<string>(), ll = new Set<string>(), lm = new Set<string>();
  collectVocabulary(text, wl, wm);
  collectVocabularyByLine(text, ll, lm);
  return { whole: [[...wl].sort(), [...wm].sort()], byLine: [[...ll].sort(), [...lm].sort()] };
}

describe('a draft\'s vocabulary collected line by line', () => {
  it('is the vocabulary of the whole text for every seed article, also with Windows line ends', () => {
    for (const f of fs.readdirSync(SEEDS)) {
      const text = fs.readFileSync(path.join(SEEDS, f), 'utf8');
      for (const t of [text, text.replace(/\n/g, '\r\n')]) {
        const { whole, byLine } = both(t);
        assert.deepEqual(byLine, whole, f);
        assert.ok(whole[1].length > 0, `${f} has words capitalised mid-sentence`);
      }
    }
  });

  it('does not count a capital after a line break, a comma or a word as mid-sentence', () => {
    const text = 'Menurut laporan itu,\nKremlin menolak.\nKata juru bicara Peskov\nKemarin tidak ada jawaban.\n\n- Beijing, lalu Moskwa';
    const { whole, byLine } = both(text);
    assert.deepEqual(byLine, whole);
    assert.ok(whole[1].includes('peskov') && whole[1].includes('moskwa'), JSON.stringify(whole[1]));
    assert.ok(!whole[1].includes('kremlin') && !whole[1].includes('kemarin'), JSON.stringify(whole[1]));
  });

  it('follows edits: a changed line gives its new words, a removed one takes its own away', () => {
    const lines = ['Putin bertemu Xi Jinping di Beijing.', 'Keduanya membahas perdagangan energi.', 'Pertemuan berlangsung tertutup.'];
    both(lines.join('\n'));
    const edited = [lines[0], 'Keduanya membahas kerja sama militer dengan Tiongkok.', lines[2]].join('\n');
    const { whole, byLine } = both(edited);
    assert.deepEqual(byLine, whole);
    assert.ok(whole[0].includes('militer') && !whole[0].includes('energi'));
    const shorter = both([lines[0], lines[2]].join('\n'));
    assert.deepEqual(shorter.byLine, shorter.whole);
    assert.ok(!shorter.whole[0].includes('keduanya'));
  });
});
