import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { analyzeDraft, checkDraft } from '../../server/src/core/checks/check';
import { SentenceFacts, analyzeText, collectVocabulary, makeContext } from '../../server/src/core/facts/analyze';
import { nameRelations } from '../../server/src/core/facts/agent-patient';
import { REPO, SEEDS } from '../workspace';

// The seed articles as a corpus, built once per test run (labels are the file names).
let cached: Corpus | undefined;

export function seedCorpus(): Corpus {
  cached ??= Corpus.build(fs.readdirSync(SEEDS).sort().map((f): SourceFile => ({
    uri: f, label: f, text: fs.readFileSync(path.join(SEEDS, f), 'utf8'), format: 'plaintext',
  })));
  return cached;
}

/**
 * A long draft made of the seed articles' own paragraphs (those over 80 characters, sorted), repeated until it is
 * `chars` long, with the first number of each copy changed so that repeats are new claims, not cached ones.
 */
export function seedDraft(chars: number): string {
  const paragraphs = fs.readdirSync(SEEDS).sort()
    .flatMap(f => fs.readFileSync(path.join(SEEDS, f), 'utf8').split(/\n\s*\n|\n/))
    .map(p => p.trim()).filter(p => p.length > 80).sort();
  const out: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const p = paragraphs[i % paragraphs.length].replace(/\d+/, m => String(Number(m) + i));
    out.push(p);
    n += p.length + 2;
  }
  return out.join('\n\n');
}

/** The plain-text articles of one folder of test/fixtures/ as a corpus (labels are the file names). */
export function fixtureCorpus(name: string): Corpus {
  const dir = path.join(REPO, 'test/fixtures', name);
  return Corpus.build(fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map((f): SourceFile => ({
    uri: f, label: f, text: fs.readFileSync(path.join(dir, f), 'utf8'), format: 'plaintext',
  })));
}

/** A corpus of made-up plain-text sources, each given as its lines (the file name is its uri and label). */
export function corpusOfLines(files: Record<string, string[]>): Corpus {
  return Corpus.build(Object.entries(files).map(([name, lines]): SourceFile => ({
    uri: name, label: name, text: lines.join('\n') + '\n', format: 'plaintext',
  })));
}

/** The findings a writer sees flagged (errors and warnings) in a Markdown draft checked against the corpus. */
/**
 * Lines about nothing a claim says, for a made-up corpus: without them its few lines make every word rare, and the
 * checks that weigh words by their rarity read such a corpus unlike any real one.
 */
export function fillerLines(n: number, lang: 'en' | 'id' = 'en', town = 'Bergen'): string[] {
  return Array.from({ length: n }, (_, i) => lang === 'en'
    ? `On day ${i + 1} of the season, fishermen at ${town} landed ${i + 20} tonnes.`
    : `Pada hari ke-${i + 1} musim itu, nelayan di ${town} mencatat ${i + 20} ton tangkapan.`);
}

/** The messages of the findings of one code that a one-sentence Markdown draft gets against the corpus. */
export function messagesOf(corpus: Corpus, code: string): (text: string) => string[] {
  return text => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === code).map(d => d.message);
}

export function flaggedBy(corpus: Corpus): (text: string) => ReturnType<typeof checkDraft> {
  return text => checkDraft(corpus, text, 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');
}

/**
 * A writer's updates of a corpus, one after another: `added` put in after the third file, then the fifth file
 * changed (a line appended), then `added` removed. `changed` is the files from the fourth on after the change.
 */
export function updateSteps(files: readonly SourceFile[], added: SourceFile, appended: string): { steps: SourceFile[][]; changed: SourceFile[] } {
  const changed = files.slice(3).map((f, i) => (i === 1 ? { ...f, text: f.text + appended } : f));
  const steps = [
    [...files.slice(0, 3), added, ...files.slice(3)],
    [...files.slice(0, 3), added, ...changed],
    [...files.slice(0, 3), ...changed],
  ];
  return { steps, changed };
}

/**
 * The seeds and the English fixtures, each cut into files of six lines: enough files that one change is a small
 * share of the corpus, as in a writer's folder (an update is then made from the index before).
 */
export function seedPieces(): SourceFile[] {
  const cut = (dir: string, f: string): SourceFile[] => {
    const lines = fs.readFileSync(path.join(dir, f), 'utf8').split('\n');
    const out: SourceFile[] = [];
    for (let i = 0; i < lines.length; i += 6) {
      const label = `${f}-${String(i).padStart(3, '0')}.txt`;
      out.push({ uri: label, label, text: lines.slice(i, i + 6).join('\n') + '\n', format: 'plaintext' });
    }
    return out;
  };
  const english = path.join(REPO, 'test/fixtures/english');
  return [...fs.readdirSync(SEEDS).sort().flatMap(f => cut(SEEDS, f)), ...fs.readdirSync(english).sort().flatMap(f => cut(english, f))];
}

/**
 * A random run of updates over the seed pieces (fixed seed): twenty files first, then at each step one to three
 * files added (anywhere, from the pieces not yet in), changed (a line `appended(step)` put at its end) or removed.
 */
export function randomUpdates(seed: number, steps: number, appended: (step: number) => string): { first: SourceFile[]; steps: SourceFile[][] } {
  const pool = seedPieces();
  const rnd = (n: number) => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % n; };
  const first = pool.slice(0, 20), spare = pool.slice(20), out: SourceFile[][] = [];
  let files = first;
  for (let step = 0; step < steps; step++) {
    for (let n = 1 + rnd(3); n > 0; n--) {
      const at = rnd(files.length), kind = rnd(3);
      if (kind === 0 && spare.length) files = [...files.slice(0, at), spare.pop()!, ...files.slice(at)];
      else if (kind === 1) files = files.map((f, i) => (i === at ? { ...f, text: f.text + appended(step) } : f));
      else if (files.length > 10) files = files.filter((_, i) => i !== at);
    }
    out.push(files);
  }
  return { first, steps: out };
}

/** A draft's errors and warnings against a corpus: what a writer is told is wrong or unbacked. */
export function flaggedIn(corpus: Corpus, draft: string): ReturnType<typeof checkDraft> {
  return checkDraft(corpus, draft, 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');
}

/** A finding's fixes as the stretch of the draft each replaces and what it puts there. */
export function fixedSpans(draft: string, finding: { fixes: ReadonlyArray<{ start: number; end: number; newText: string }> }): Array<[string, string]> {
  return finding.fixes.map(f => [draft.slice(f.start, f.end), f.newText]);
}

/** "agents > patients (verb)" for each relation of each sentence of the text, analysed against the corpus. */
export function relationsIn(corpus: Corpus, text: string): string[] {
  const facts = analyzeDraft(corpus, text, 'markdown');
  return facts.sentences.flatMap(s => nameRelations(s.tokens, s.words, s.names, s.lang ?? facts.lang)
    .map(r => `${r.agents.map(n => n.text).join(' + ')} > ${r.patients.map(n => n.text).join(' + ')} (${r.form})`));
}

/** The first sentence of a text analysed alone, with the text's own vocabulary: for tests of one sentence's facts. */
export function sentenceAlone(text: string): SentenceFacts {
  const vocab = new Set<string>(), midCap = new Set<string>();
  collectVocabulary(text, vocab, midCap);
  return analyzeText(text, { format: 'plaintext', keepHeadings: false }, makeContext(vocab, midCap)).sentences[0];
}
