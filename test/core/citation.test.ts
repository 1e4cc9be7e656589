import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDraft, checkDraft, DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { SentenceCheckCache } from '../../server/src/core/checks/sentence-cache';
import { coverageOf } from '../../server/src/core/checks/coverage';
import { citationEdits, isCited, nextNoteNumber, paragraphNumber, paragraphStarts, TextEdit } from '../../server/src/core/features/support';
import { Corpus } from '../../server/src/core/index/corpus';
import { TextFormat } from '../../server/src/core/facts/analyze';
import { seedCorpus } from './seed-corpus';
import { REPO } from '../workspace';

// "Insert citation" as the editor applies it: a mark after the sentence and a note at the end of the draft that
// names the source and quotes it. Citing must leave the draft's findings, claims and support as they were: the
// notes quote sources and carry numbers, and are not read as claims.

/** Edits applied as an editor applies them: all offsets refer to the text before any of them. */
function apply(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

async function report(corpus: Corpus, text: string, format: TextFormat) {
  const r = await new SentenceCheckCache(corpus).report(analyzeDraft(corpus, text, format), DEFAULT_OPTIONS);
  return { ...r, coverage: coverageOf(r.claims, r.diagnostics) };
}

/** Findings by code and the words they cover: what a writer compares before and after. */
const findingsOf = (text: string, ds: Array<{ code: string; start: number; end: number }>) => ds.map(d => `${d.code} “${text.slice(d.start, d.end)}”`);

/** Cites every supported sentence, one after the other, re-analysing between, as a writer would. */
async function citeAll(corpus: Corpus, text: string, format: TextFormat): Promise<string> {
  for (;;) {
    const r = await report(corpus, text, format);
    const next = r.supported.find(s => !isCited(text, s.end, format === 'markdown'));
    if (!next) return text;
    const source = corpus.docs[next.evidence.doc];
    const place = `${source.label} ¶${paragraphNumber(paragraphStarts(source.text, false), next.evidence.start)}`;
    text = apply(text, citationEdits(text, next, { place, passage: next.evidence.text }, format === 'markdown'));
  }
}

const sample = () => fs.readFileSync(path.join(REPO, 'examples/draft.md'), 'utf8');

describe('insert citation', function () {
  this.timeout(60000);

  it('cites every supported sentence of the sample draft, and the findings, claims and support stay as they were', async () => {
    const corpus = seedCorpus(), text = sample();
    const before = await report(corpus, text, 'markdown');
    const cited = await citeAll(corpus, text, 'markdown');
    const after = await report(corpus, cited, 'markdown');
    assert.deepEqual(findingsOf(cited, after.diagnostics), findingsOf(text, before.diagnostics));
    assert.deepEqual(after.coverage, before.coverage);
    assert.equal(after.supported.length, before.supported.length);
    const notes = cited.split('\n').filter(l => /^\[\^\d+\]:/.test(l));
    assert.equal(notes.length, before.supported.length);
    assert.match(notes[0], /^\[\^1\]: 001_4c9eb6d0f9411f2b\.txt ¶5: “PRESIDEN Rusia Vladimir Putin telah tiba di Beijing/);
    assert.match(cited, /Xi Jinping\.\[\^1\] Ini merupakan/, 'the mark sits right after the sentence it cites');
    assert.ok(cited.endsWith('”\n'));
  });

  it('cites a plain-text draft with bracketed references, and the findings stay as they were', async () => {
    const corpus = seedCorpus(), text = sample().replace(/^# .*\n\n/, '');
    const before = await report(corpus, text, 'plaintext');
    const cited = await citeAll(corpus, text, 'plaintext');
    const after = await report(corpus, cited, 'plaintext');
    assert.deepEqual(findingsOf(cited, after.diagnostics), findingsOf(text, before.diagnostics));
    assert.deepEqual(after.coverage, before.coverage);
    assert.match(cited, /Xi Jinping\. \[1\] Ini merupakan/);
    assert.match(cited, /\n\n\[1\] 001_4c9eb6d0f9411f2b\.txt ¶5: “PRESIDEN/);
  });

  it('goes on from the draft\'s own footnotes and puts the note under them', () => {
    const text = 'Mayor Marsh chairs the council.[^4]\n\nConstruction begins in March.\n\n[^4]: Council minutes.\n';
    assert.equal(nextNoteNumber(text, true), 5);
    const sentence = { start: text.indexOf('Construction'), end: text.indexOf('March.') + 6 };
    const out = apply(text, citationEdits(text, sentence, { place: 'vote.md ¶6', passage: 'Construction is scheduled\nto begin in early March 2025.' }, true));
    assert.equal(out, 'Mayor Marsh chairs the council.[^4]\n\nConstruction begins in March.[^5]\n\n[^4]: Council minutes.\n[^5]: vote.md ¶6: “Construction is scheduled to begin in early March 2025.”\n');
  });

  it('cites the last sentence of a draft with no line end, and keeps CRLF line ends', () => {
    const text = 'First line.\r\nConstruction begins in March.';
    const sentence = { start: text.indexOf('Construction'), end: text.length };
    assert.equal(apply(text, citationEdits(text, sentence, { place: 'vote.md ¶6', passage: 'It begins.' }, true)),
      'First line.\r\nConstruction begins in March.[^1]\r\n\r\n[^1]: vote.md ¶6: “It begins.”\r\n');
  });

  it('does not offer to cite a sentence twice', () => {
    assert.equal(isCited('Begins in March.[^2] Next.', 16, true), true);
    assert.equal(isCited('Begins in March. [2] Next.', 16, false), true);
    assert.equal(isCited('Begins in March. Next.', 16, true), false);
  });

  it('reads no footnote or reference of a draft as a claim: a wrong figure in a note is no finding', () => {
    const corpus = seedCorpus();
    const note = 'Menurut Blinken, China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.';
    assert.ok(checkDraft(corpus, note + '\n', 'markdown').some(d => d.code === 'number-mismatch'), 'the sentence is flagged as a claim');
    assert.deepEqual(checkDraft(corpus, `Teks.\n\n[^1]: ${note}\n    ${note}\n`, 'markdown'), []);
    assert.deepEqual(checkDraft(corpus, `Teks.\n\n[1] ${note}\n`, 'plaintext'), []);
    // The claim itself is still checked, with its mark after it.
    assert.ok(checkDraft(corpus, `${note} [1]\n`, 'plaintext').some(d => d.code === 'number-mismatch'));
    assert.ok(checkDraft(corpus, `${note}[^1]\n\n[^1]: x\n`, 'markdown').some(d => d.code === 'number-mismatch'));
  });
});
