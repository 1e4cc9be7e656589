import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { checkDraft, DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { CheckOptions, CoreDiagnostic } from '../../server/src/core/checks/types';
import { ignoreEdit } from '../../server/src/core/features/ignore-edit';
import { seedCorpus } from './seed-corpus';
import { REPO } from '../workspace';

// Every code action the editor offers, applied as the editor applies it, then the draft checked again: the
// finding it was for is gone, and no finding appears on the lines it touched that was not there before. The
// actions are each finding's fixes, "Ignore this finding" (a comment) and "Add to known names" (a setting).
// fixes.test.ts holds the fixes to more (no repeated words, the same sort of name) on the evaluation sets.

interface Edit { start: number; end: number; newText: string }
interface Action { title: string; edit?: Edit; options?: CheckOptions }

function englishCorpus(): Corpus {
  const dir = path.join(REPO, 'test/fixtures/english');
  return Corpus.build(fs.readdirSync(dir).sort().map((f): SourceFile => ({
    uri: f, label: f, text: fs.readFileSync(path.join(dir, f), 'utf8'), format: 'plaintext',
  })));
}

/** The English claims as one draft, a claim a paragraph, as the scorer builds it. */
function englishClaims(): string {
  const [head, ...rows] = fs.readFileSync(path.join(REPO, 'eval/claims-own-en.tsv'), 'utf8').trim().split('\n');
  const text = head.split('\t').indexOf('text');
  return rows.map(r => r.split('\t')[text]).join('\n\n') + '\n';
}

function actionsFor(text: string, d: CoreDiagnostic): Action[] {
  const out: Action[] = d.fixes.map(f => ({ title: f.title, edit: f }));
  out.push({ title: 'Ignore this finding', edit: ignoreEdit(text, 'markdown', d.start, d.code) });
  if (d.name) out.push({ title: `Add “${d.name}” to known names`, options: { ...DEFAULT_OPTIONS, knownNames: [d.name] } });
  return out;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => { const e = text.indexOf('\n', at); return e < 0 ? text.length : e; };
const key = (text: string, d: CoreDiagnostic) => `${d.code} “${text.slice(d.start, d.end)}”`;

/**
 * Findings on the lines an action touched (the edit's lines and the finding's own) that were not there before it,
 * and the finding itself if it is still there. Findings are compared by code and the words they cover.
 */
function leftAfter(corpus: Corpus, text: string, d: CoreDiagnostic, action: Action): string[] {
  const edit = action.edit ?? { start: d.start, end: d.start, newText: '' };
  const after = edit.start === edit.end && !edit.newText ? text : text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
  const shift = edit.newText.length - (edit.end - edit.start);
  const from = Math.min(lineStart(text, edit.start), lineStart(text, d.start));
  const to = Math.max(lineEnd(text, edit.end), lineEnd(text, d.end));
  const inOld = (f: CoreDiagnostic) => f.start <= to && from <= f.end;
  const inNew = (f: CoreDiagnostic) => f.start <= to + shift && from <= f.end;
  const before = checkDraft(corpus, text, 'markdown').filter(inOld).map(f => key(text, f));
  before.splice(before.indexOf(key(text, d)), 1);
  const now = checkDraft(corpus, after, 'markdown', action.options ?? DEFAULT_OPTIONS).filter(inNew).map(f => key(after, f));
  return now.filter(k => { const i = before.indexOf(k); if (i < 0) return true; before.splice(i, 1); return false; });
}

const SETS: Array<{ name: string; corpus: () => Corpus; draft: () => string }> = [
  { name: 'the sample draft', corpus: seedCorpus, draft: () => fs.readFileSync(path.join(REPO, 'examples/draft.md'), 'utf8') },
  { name: 'the English claims', corpus: englishCorpus, draft: englishClaims },
];

describe('every code action leaves no new finding where it acted', function () {
  this.timeout(120000);
  for (const set of SETS) {
    it(`on ${set.name}`, () => {
      const corpus = set.corpus(), text = set.draft();
      const findings = checkDraft(corpus, text, 'markdown');
      assert.ok(findings.some(d => d.fixes.length), 'the draft has findings with fixes to apply');
      const problems = findings.flatMap(d => actionsFor(text, d).map(a => {
        const left = leftAfter(corpus, text, d, a);
        return left.length ? `${key(text, d)} → ${a.title}: ${left.join(', ')}` : '';
      })).filter(Boolean);
      assert.deepEqual(problems, []);
    });
  }
});
