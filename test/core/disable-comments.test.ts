import * as assert from 'node:assert/strict';
import { applyDisableComments } from '../../server/src/core/checks/disable-comments';
import { CheckCode, CoreDiagnostic } from '../../server/src/core/checks/types';

// Disable comments as a filter: a draft's text and findings in, the findings left (and notices about bad
// directives) out. Findings are made up here, one at the start of a line, so each test rests on the directive
// rules alone; `dismiss.test.ts` checks real drafts.

/** A finding of `code` at the start of line `line` (0-based) of `text`. */
function findingAt(text: string, line: number, code: CheckCode): CoreDiagnostic {
  const start = text.split('\n').slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  return { start, end: start + 3, code, severity: 'warning', message: `${code} on line ${line}`, evidence: [], fixes: [] };
}

/** The lines of the findings that survive, with their codes. */
function left(text: string, found: Array<[number, CheckCode]>): string[] {
  return applyDisableComments(text, found.map(([line, code]) => findingAt(text, line, code)))
    .map(d => d.message.startsWith(d.code) ? d.message.replace(' on line ', '@') : `${d.code}!`);
}

describe('disable comments', () => {
  it('leaves findings alone when a draft has no directive', () => {
    const text = 'Satu.\n<!-- a comment about sumber -->\nDua.';
    assert.deepEqual(left(text, [[0, 'number-mismatch'], [2, 'unknown-entity']]), ['number-mismatch@0', 'unknown-entity@2']);
  });

  it('disable-next-line silences the next line with text on it, blank and directive lines skipped, and no more', () => {
    const text = ['<!-- sumber-disable-next-line -->', '', '<!-- sumber-disable-next-line unknown-entity -->', 'Satu.', 'Dua.'].join('\n');
    assert.deepEqual(left(text, [[3, 'number-mismatch'], [3, 'unknown-entity'], [4, 'number-mismatch']]), ['number-mismatch@4']);
  });

  it('disable-line silences the line it ends, not its neighbours', () => {
    const text = ['Satu.', 'Dua. <!-- sumber-disable-line -->', 'Tiga.'].join('\n');
    assert.deepEqual(left(text, [[0, 'date-mismatch'], [1, 'date-mismatch'], [1, 'contradiction'], [2, 'date-mismatch']]),
      ['date-mismatch@0', 'date-mismatch@2']);
  });

  it('a region silences from sumber-disable to sumber-enable; an unclosed one runs to the end', () => {
    const text = ['Nol.', '<!-- sumber-disable -->', 'Dua.', 'Tiga.', '<!-- sumber-enable -->', 'Lima.', '<!-- sumber-disable -->', 'Tujuh.'].join('\n');
    assert.deepEqual(left(text, [[0, 'contradiction'], [2, 'contradiction'], [3, 'quote-mismatch'], [5, 'contradiction'], [7, 'contradiction']]),
      ['contradiction@0', 'contradiction@5']);
  });

  it('silences only the codes a directive names, separated by spaces or commas, in any case', () => {
    const text = ['<!-- sumber-disable-next-line unknown-entity,Number-Mismatch  date-mismatch -->', 'Satu.'].join('\n');
    assert.deepEqual(left(text, [[1, 'unknown-entity'], [1, 'number-mismatch'], [1, 'date-mismatch'], [1, 'unsupported-claim']]),
      ['unsupported-claim@1']);
  });

  it('ends a region per code: enabling one code leaves the others silenced', () => {
    const text = ['<!-- sumber-disable unknown-entity, contradiction -->', 'Satu.', '<!-- sumber-enable contradiction -->', 'Tiga.'].join('\n');
    assert.deepEqual(left(text, [[1, 'unknown-entity'], [1, 'contradiction'], [1, 'number-mismatch'], [3, 'unknown-entity'], [3, 'contradiction']]),
      ['number-mismatch@1', 'contradiction@3']);
  });

  it('reports an unknown code where it is written, and a directive naming no real code silences nothing', () => {
    const text = ['Satu.', '<!-- sumber-disable-next-line unkown-entity -->', 'Tiga.'].join('\n');
    const out = applyDisableComments(text, [findingAt(text, 0, 'unknown-entity'), findingAt(text, 2, 'unknown-entity')]);
    assert.deepEqual(out.map(d => d.code), ['unknown-entity', 'unknown-directive-code', 'unknown-entity']);
    const notice = out[1];
    assert.equal(text.slice(notice.start, notice.end), 'unkown-entity');
    assert.equal(notice.severity, 'information');
    assert.match(notice.message, /not a Sumber finding code.*unknown-entity/);
  });

  it('still applies the good codes of a directive that also names a bad one', () => {
    const text = ['Satu. <!-- sumber-disable-line number-mismatch, nope -->'].join('\n');
    assert.deepEqual(left(text, [[0, 'number-mismatch'], [0, 'unknown-entity']]), ['unknown-entity@0', 'unknown-directive-code!']);
  });

  it('reports a misspelt directive instead of guessing what it meant', () => {
    const text = ['<!-- sumber-disable-nextline -->', 'Satu.'].join('\n');
    const out = applyDisableComments(text, [findingAt(text, 1, 'unknown-entity')]);
    assert.deepEqual(out.map(d => d.code), ['unknown-directive', 'unknown-entity']);
    assert.equal(text.slice(out[0].start, out[0].end), 'sumber-disable-nextline');
  });

  it('reads Windows line ends', () => {
    const text = ['<!-- sumber-disable-next-line -->', 'Satu.', 'Dua.'].join('\r\n');
    const second = text.indexOf('Dua.'), first = text.indexOf('Satu.');
    const found = [first, second].map(start => ({ ...findingAt(text, 0, 'contradiction'), start, end: start + 3 }));
    assert.deepEqual(applyDisableComments(text, found).map(d => d.start), [second]);
  });
});
