import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft, checkDraft, DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { SentenceCheckCache } from '../../server/src/core/checks/sentence-cache';
import { CheckOptions, CoreDiagnostic } from '../../server/src/core/checks/types';
import { TextFormat } from '../../server/src/core/facts/analyze';
import { ignoreEdit } from '../../server/src/core/features/ignore-edit';

// Dismissing findings in real drafts: disable comments in Markdown and plain text, names the writer vouches
// for, and the "Ignore this finding" edit, which must leave no finding where it acted. A small made-up corpus,
// so the findings rest on the rules and not on the seed articles.

const corpus = Corpus.build([{
  uri: 'a.txt', label: 'a.txt', format: 'plaintext', text: [
    'Kapal patroli Norwegia menangkap 12 kapal nelayan ilegal di Laut Barents pada hari Senin.',
    'Menteri Perikanan Norwegia Ingrid Dahl mengatakan penangkapan itu melindungi stok ikan kod.',
    'Para nelayan kecil di pesisir utara menyambut langkah pemerintah tersebut.',
  ].join('\n'),
}]);

const WRONG_NUMBER = 'Kapal patroli Norwegia menangkap 15 kapal nelayan ilegal di Laut Barents pada hari Senin.';
const INTERVIEWEE = 'Menurut Budi Santoso, para nelayan kecil di pesisir utara menyambut langkah pemerintah tersebut.';
const FORMATS: TextFormat[] = ['markdown', 'plaintext'];

const check = (text: string, format: TextFormat, options: CheckOptions = DEFAULT_OPTIONS) => checkDraft(corpus, text, format, options);
const lineOf = (text: string, d: CoreDiagnostic) => text.slice(0, d.start).split('\n').length - 1;
const summary = (text: string, found: CoreDiagnostic[]) => found.map(d => `${lineOf(text, d)}:${d.code}`);

describe('dismissing findings in a draft', () => {
  it('finds what the directives below silence when there are none', () => {
    for (const format of FORMATS) {
      const text = [WRONG_NUMBER, '', INTERVIEWEE, ''].join('\n');
      assert.deepEqual(summary(text, check(text, format)), ['0:number-mismatch', '2:unknown-entity'], format);
    }
  });

  it('silences by next-line, line and region comments alike in Markdown and plain text', () => {
    const drafts = [
      ['<!-- sumber-disable-next-line number-mismatch -->', WRONG_NUMBER, '', INTERVIEWEE],
      [WRONG_NUMBER + ' <!-- sumber-disable-line -->', '', INTERVIEWEE],
      ['<!-- sumber-disable -->', WRONG_NUMBER, '<!-- sumber-enable -->', '', INTERVIEWEE],
    ];
    for (const format of FORMATS) for (const lines of drafts) {
      const text = lines.join('\n');
      assert.deepEqual(check(text, format).map(d => d.code), ['unknown-entity'], `${format}: ${text}`);
    }
  });

  it('never reads a directive as a claim, in plain text too', () => {
    for (const format of FORMATS) {
      const text = ['<!-- sumber-disable-next-line unknown-entity number-mismatch -->', 'Para nelayan kecil di pesisir utara menyambut langkah pemerintah tersebut.'].join('\n');
      assert.deepEqual(check(text, format), [], format);
    }
  });

  it('says so when a directive names a code that does not exist, and keeps the finding', () => {
    const text = ['<!-- sumber-disable-next-line number-mismach -->', WRONG_NUMBER].join('\n');
    for (const format of FORMATS) assert.deepEqual(summary(text, check(text, format)), ['0:unknown-directive-code', '1:number-mismatch'], format);
  });

  it('checks through the sentence cache as checkDraft does, directives included', async () => {
    const text = ['<!-- sumber-disable-next-line unknown-entity -->', INTERVIEWEE, '', '<!-- sumber-disable-line bogus -->', WRONG_NUMBER].join('\n');
    const cached = await new SentenceCheckCache(corpus).check(analyzeDraft(corpus, text, 'markdown'), DEFAULT_OPTIONS);
    assert.deepEqual(cached, check(text, 'markdown'));
    assert.deepEqual(summary(text, cached), ['3:unknown-directive-code', '4:number-mismatch']);
  });
});

describe('known names', () => {
  const known = (...knownNames: string[]): CheckOptions => ({ ...DEFAULT_OPTIONS, knownNames });

  it('passes a name the writer vouches for, whatever its case, and does not then call the sentence unsupported', () => {
    for (const format of FORMATS) {
      assert.deepEqual(check(INTERVIEWEE, format, known('BUDI SANTOSO')), [], format);
      assert.deepEqual(check(INTERVIEWEE, format, known('Ani Hartono')).map(d => d.code), ['unknown-entity'], format);
    }
  });

  it('folds typography as the draft\'s names are folded', () => {
    const text = 'Menurut Siti Nur’aini, para nelayan kecil di pesisir utara menyambut langkah pemerintah tersebut.';
    assert.deepEqual(check(text, 'markdown').map(d => d.code), ['unknown-entity']);
    assert.deepEqual(check(text, 'markdown', known("siti nur'aini")), []);
  });

  it('knows the words of a vouched name, not names that merely share one', () => {
    const surname = 'Menurut Santoso, para nelayan kecil di pesisir utara menyambut langkah pemerintah tersebut.';
    assert.deepEqual(check(surname, 'markdown', known('Budi Santoso')), []);
    const other = check('Menurut Budi Hartono, para nelayan kecil di pesisir utara menyambut langkah pemerintah tersebut.', 'markdown', known('Budi Santoso'));
    assert.deepEqual(other.map(d => d.code), ['unknown-entity']);
    assert.match(other[0].message, /“Hartono”/);
  });

  it('re-checks cached sentences when the list changes', async () => {
    const cache = new SentenceCheckCache(corpus);
    const draft = analyzeDraft(corpus, INTERVIEWEE, 'markdown');
    assert.equal((await cache.check(draft, DEFAULT_OPTIONS)).length, 1);
    assert.equal((await cache.check(draft, known('Budi Santoso'))).length, 0);
    assert.equal((await cache.check(draft, DEFAULT_OPTIONS)).length, 1);
  });
});

describe('the "Ignore this finding" edit', () => {
  /** Applies the edit for the draft's first finding and checks again: nothing may be left on that line. */
  function ignoreFirst(text: string, format: TextFormat): { edited: string; placement: string; left: CoreDiagnostic[] } {
    const [first] = check(text, format);
    assert.ok(first, `a finding to ignore in ${JSON.stringify(text)}`);
    const edit = ignoreEdit(text, format, first.start, first.code);
    const edited = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    return { edited, placement: edit.placement, left: check(edited, format) };
  }

  it('puts the comment on its own line above, indented like the line, in plain text and at a Markdown block start', () => {
    for (const format of FORMATS) {
      const text = ['Judul', '', '  ' + WRONG_NUMBER, ''].join('\n');
      const { edited, placement, left } = ignoreFirst(text, format);
      assert.equal(placement, 'line-above');
      assert.equal(edited.split('\n')[2], '  <!-- sumber-disable-next-line number-mismatch -->');
      assert.deepEqual(left, [], format);
    }
  });

  it('ends the line with the comment in a Markdown list item, quote or paragraph continuation', () => {
    const cases = [
      ['- ' + WRONG_NUMBER, '- Item kedua.'],
      ['> ' + WRONG_NUMBER],
      ['Para nelayan kecil di pesisir utara menyambut langkah pemerintah tersebut.', WRONG_NUMBER + '  ', 'Baris berikutnya.'],
    ];
    for (const lines of cases) {
      const text = lines.join('\n');
      const { edited, placement, left } = ignoreFirst(text, 'markdown');
      assert.equal(placement, 'end-of-line', text);
      assert.equal(edited.split('\n').length, lines.length, 'no line added');
      assert.match(edited, /15 kapal nelayan ilegal di Laut Barents pada hari Senin\. <!-- sumber-disable-line number-mismatch -->/);
      assert.deepEqual(left.filter(d => d.code === 'number-mismatch'), [], text);
    }
    // A hard line break (two trailing spaces) stays at the end of its line.
    const hard = ignoreFirst(cases[2].join('\n'), 'markdown').edited.split('\n')[1];
    assert.ok(hard.endsWith('-->  '), hard);
  });

  it('stacks: ignoring a second finding on the same line keeps the first silenced', () => {
    const text = 'Menurut Budi Santoso, kapal patroli Norwegia menangkap 15 kapal nelayan ilegal di Laut Barents pada hari Senin.\n';
    const before = check(text, 'plaintext').map(d => d.code).sort();
    assert.deepEqual(before, ['number-mismatch', 'unknown-entity']);
    const once = ignoreFirst(text, 'plaintext');
    assert.equal(once.left.length, 1);
    const twice = ignoreFirst(once.edited, 'plaintext');
    assert.deepEqual(twice.left, []);
  });
});
