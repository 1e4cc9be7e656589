import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { analyzeDraft, checkSentence, DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { DocFacts } from '../../server/src/core/facts/analyze';
import { Span } from '../../server/src/core/types';
import { CoreDiagnostic, Fix } from '../../server/src/core/checks/types';
import { tokenize } from '../../server/src/core/text/tokens';
import { nameKey } from '../../server/src/core/facts/names';
import { seedCorpus } from './seed-corpus';
import { REPO } from '../workspace';

// Every fix the checker offers on every evaluation set, applied and checked again: it must put the problem right
// (no finding of its code is left on the edited words), change one stretch of the draft only, write something,
// and not write a word that already stands next to where it goes ("said Xi, president of Xi").

const SHARED = process.env.SUMBER_SHARED ?? path.resolve('..', 'shared');

function claimsDraft(file: string): string {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: the evaluation sets live in ../shared (set SUMBER_SHARED to move it)`);
  const [head, ...rows] = fs.readFileSync(file, 'utf8').trim().split('\n');
  const text = head.split('\t').indexOf('text');
  // As the scorer builds it: one claim per paragraph.
  return rows.map(r => r.split('\t')[text]).join('\n\n') + '\n';
}

function englishCorpus(): Corpus {
  const dir = path.join(REPO, 'test/fixtures/english');
  return Corpus.build(fs.readdirSync(dir).sort().map((f): SourceFile => ({
    uri: f, label: f, text: fs.readFileSync(path.join(dir, f), 'utf8'), format: 'plaintext',
  })));
}

const SETS: Array<{ name: string; corpus: () => Corpus; draft: () => string }> = [
  { name: 'dev claims', corpus: seedCorpus, draft: () => claimsDraft(path.join(SHARED, 'eval/claims-dev.tsv')) },
  ...['a', 'b', 'c'].map(set => ({ name: `own claims ${set.toUpperCase()}`, corpus: seedCorpus, draft: () => claimsDraft(path.join(REPO, `eval/claims-own-${set}.tsv`)) })),
  { name: 'own English claims', corpus: englishCorpus, draft: () => claimsDraft(path.join(REPO, 'eval/claims-own-en.tsv')) },
  { name: 'the sample draft', corpus: seedCorpus, draft: () => fs.readFileSync(path.join(REPO, 'examples/draft.md'), 'utf8') },
];

const apply = (text: string, fix: Fix) => text.slice(0, fix.start) + fix.newText + text.slice(fix.end);

/** A draft analysed once, with every finding of its sentences. */
interface Checked { text: string; draft: DocFacts; findings: CoreDiagnostic[] }

function check(corpus: Corpus, text: string, only?: Span): Checked {
  const draft = analyzeDraft(corpus, text, 'markdown');
  // Only the sentences around an edit need checking again: a sentence's findings rest on it and the draft's facts.
  const sentences = only ? draft.sentences.filter(s => s.start <= only.end && only.start <= s.end) : draft.sentences;
  const findings = sentences.flatMap(s => checkSentence(corpus, draft, s, DEFAULT_OPTIONS).map(f => ({ ...f, severity: 'error' as const })));
  return { text, draft, findings };
}

/** Word forms (no punctuation) of a text. */
const words = (text: string) => tokenize(text).filter(t => t.kind === 'word' || t.kind === 'number').map(t => t.norm);

/** Whether the written words stand again right next to where they go, in the same paragraph ("Xi Xi Jinping"). */
function repeatsNeighbour(text: string, start: number, end: number): boolean {
  const inserted = words(text.slice(start, end));
  const from = Math.max(0, text.lastIndexOf('\n\n', start)), to = text.indexOf('\n\n', end);
  const before = words(text.slice(Math.max(from, start - 80), start)).slice(-5);
  const after = words(text.slice(end, Math.min(to < 0 ? text.length : to, end + 80))).slice(0, 5);
  const contains = (hay: string[]) => hay.some((_, i) => inserted.every((w, k) => hay[i + k] === w));
  return inserted.length > 0 && (contains(before) || contains(after) || before[before.length - 1] === inserted[0] || after[0] === inserted[inserted.length - 1]);
}

/** What a fix's title says it writes: the text in its quotation marks, or the name after "Attribute to" (in either language). */
function titleNames(title: string): string | undefined {
  return /“([^”]*)”/.exec(title)?.[1] ?? /^(?:Attribute to|Ganti pembicara menjadi) (.+?)(?: \(.*\))?$/.exec(title)?.[1];
}

/** Kinds that speak and act as people (names of unknown kind are taken as people) against all others. */
const personLike = (kind: string | undefined) => kind === 'person' || kind === 'other';

/** A name written over a name is the same sort of thing: no country or agency where a person stood. */
function sameSort(corpus: Corpus, old: Checked, fix: Fix): boolean {
  const replaced = old.draft.sentences.flatMap(s => s.names).filter(n => n.start < fix.end && fix.start < n.end)
    .sort((a, b) => (b.end - b.start) - (a.end - a.start))[0];
  const written = corpus.registry.lookup(nameKey(fix.newText));
  return !replaced || !written || personLike(corpus.registry.resolve(replaced)?.kind ?? replaced.kind) === personLike(written.kind);
}

/** What is wrong with one fix, or undefined. */
function problemOf(corpus: Corpus, old: Checked, d: CoreDiagnostic, fix: Fix): string | undefined {
  const text = old.text;
  if (fix.start < 0 || fix.end > text.length || fix.start > fix.end) return 'the edit lies outside the draft';
  if (!fix.newText.trim()) return 'the edit writes nothing';
  if (text.slice(fix.start, fix.end) === fix.newText) return 'the edit changes nothing';
  const fixed = apply(text, fix);
  const end = fix.start + fix.newText.length;
  // One stretch changed: everything before the edit and after it is the old text.
  if (fixed.slice(0, fix.start) !== text.slice(0, fix.start) || fixed.slice(end) !== text.slice(fix.end)) return 'more than one stretch changed';
  const named = titleNames(fix.title);
  if (named !== undefined && named !== fix.newText) return `the title names "${named}" but the edit writes "${fix.newText}"`;
  if (/\n/.test(fix.newText) && !/\n/.test(text.slice(fix.start, fix.end))) return 'the edit breaks a line';
  if (repeatsNeighbour(fixed, fix.start, end)) return `"${fix.newText}" repeats the words next to it: …${fixed.slice(Math.max(0, fix.start - 40), end + 40)}…`;
  if (!sameSort(corpus, old, fix)) return `"${fix.newText}" is not the same sort of name as the one it replaces`;
  const now = check(corpus, fixed, { start: fix.start, end });
  const left = now.findings.filter(f => f.code === d.code && f.start < Math.max(end, fix.start + 1) && fix.start < f.end);
  if (left.length) return `still ${d.code} after the fix: ${left.map(f => f.message).join(' | ')}`;
  // A name the fix gets wrong next to the edit (a title left in front of the name put in, "Presiden Prancis Antony
  // Blinken"). Problems a fix only brings to light (a sentence no longer explained by a specific finding, a quote
  // now found word for word in another mouth) are the draft's, not the fix's.
  const near = (f: CoreDiagnostic) => f.start < end + 40 && fix.start - 40 < f.end;
  const before = old.findings.filter(f => f.code === 'unknown-entity').map(f => text.slice(f.start, f.end));
  const wrong = now.findings.filter(f => f.code === 'unknown-entity' && near(f) && !before.includes(fixed.slice(f.start, f.end)));
  if (wrong.length) return `the fix gets a name wrong next to it: ${wrong.map(f => f.message).join(' | ')}`;
  return undefined;
}

describe('every fix on the evaluation sets puts its problem right', function () {
  this.timeout(60000);
  for (const set of SETS) {
    it(`fixes what it flags in ${set.name}`, () => {
      const corpus = set.corpus();
      const old = check(corpus, set.draft());
      const problems = old.findings.flatMap(d => d.fixes.map(f => {
        const p = problemOf(corpus, old, d, f);
        return p && `${d.code} "${old.text.slice(d.start, d.end)}" → ${f.title} ("${f.newText}"): ${p}`;
      })).filter(Boolean);
      assert.deepEqual(problems, []);
    });
  }
});
