import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';
import { lexiconQuestions, stemIndonesian } from '../../server/src/core/text/stem';
import { SEEDS, REPO } from '../workspace';

// Re-indexing after one source changed: when the corpus vocabulary stays the same, the other files' analyses are
// taken from the previous corpus instead of made again, and the result is exactly a fresh build's. When it
// changes, so are those of files that asked nothing about the words that came or went.

const DRAFT = fs.readFileSync(path.join(REPO, 'examples', 'draft.md'), 'utf8');
const seeds = (): SourceFile[] => fs.readdirSync(SEEDS).sort().map(f => ({ uri: f, label: f, text: fs.readFileSync(path.join(SEEDS, f), 'utf8'), format: 'plaintext' }));

function sameCorpus(a: Corpus, b: Corpus): void {
  assert.deepEqual(a.docs.map(d => d.facts), b.docs.map(d => d.facts));
  assert.deepEqual(a.registry.entities, b.registry.entities);
  // The vocabulary is a set: its order follows the string table, which a continued store numbers differently.
  const derived = (c: Corpus) => ({ ...c.derived(), anyCaseVocab: c.derived().anyCaseVocab.sort() });
  assert.deepEqual(derived(a), derived(b));
  assert.deepEqual(checkDraft(a, DRAFT, 'markdown'), checkDraft(b, DRAFT, 'markdown'));
}

describe('re-index reusing unchanged files', () => {
  it('analyses only the changed file when the vocabulary stays the same, and equals a fresh build', async () => {
    const files = seeds();
    const before = await Corpus.buildAsync(files);
    // A figure changed (figures are not words of the vocabulary) and a sentence moved: no word comes or goes.
    const changed = files.map((f, i) => (i === 1 ? { ...f, text: f.text.replace(/\d+/, m => String(Number(m) + 1)) + '\n' + f.text.split('\n')[0] + '\n' } : f));
    assert.notEqual(changed[1].text, files[1].text, 'the test changes the file');
    const after = await Corpus.buildAsync(changed, { previous: before.earlier() });
    assert.equal(after.reused, files.length - 1);
    sameCorpus(after, Corpus.build(changed));
  });

  it('stays equal to a fresh build over a run of updates: a file added, another changed, files removed', async () => {
    // From the second update on, name groups no changed file touches are taken as the update before folded them.
    const files = seeds();
    let corpus = await Corpus.buildAsync(files);
    const added = { uri: 'zz-new.txt', label: 'zz-new.txt', text: 'Menteri Luar Negeri Rusia Sergei Lavrov bertemu Wang Yi di Beijing.\n', format: 'plaintext' as const };
    const steps: SourceFile[][] = [
      [...files, added],
      [...files.map((f, i) => (i === 2 ? { ...f, text: f.text + '\nSergei Lavrov juga hadir.\n' } : f)), added],
      files.map((f, i) => (i === 2 ? { ...f, text: f.text + '\nSergei Lavrov juga hadir.\n' } : f)),
      [...files.slice(1)],
    ];
    for (const step of steps) {
      corpus = await Corpus.buildAsync(step, { previous: corpus.earlier() });
      sameCorpus(corpus, Corpus.build(step));
    }
  });

  it('finds unchanged files in another order, and analyses only the changed file for a word no other file has', async () => {
    const files = seeds();
    const before = await Corpus.buildAsync(files);
    const reversed = [...files].reverse();
    const again = await Corpus.buildAsync(reversed, { previous: before.earlier() });
    assert.equal(again.reused, files.length);
    sameCorpus(again, Corpus.build(reversed));
    // A word no other file has: the others asked nothing about it, so only the changed file is analysed again.
    const renamed = files.map((f, i) => (i === 0 ? { ...f, text: f.text + '\nKata baru zorblatik muncul di sini.\n' } : f));
    const after = await Corpus.buildAsync(renamed, { previous: before.earlier() });
    assert.equal(after.reused, files.length - 1);
    sameCorpus(after, Corpus.build(renamed));
  });

  it('analyses again the other files whose names or stems a new word changes, and equals a fresh build', async () => {
    const files = seeds();
    const before = await Corpus.buildAsync(files);
    // A capitalised word that no file uses in lower case: written in lower case in the last file, it becomes an
    // ordinary word for the name finder of every file that has it.
    const capitalised = before.registry.entities.map(e => e.name.split(' ')[0]).find(w => /^[A-Z][a-z]{3,}$/.test(w) && !before.ctx.lowerVocab.has(w.toLowerCase()));
    assert.ok(capitalised, 'the seeds name someone');
    const users = files.filter(f => f.text.includes(capitalised)).length;
    const changed = files.map((f, i) => (i === files.length - 1 ? { ...f, text: `${f.text}\nsebuah ${capitalised.toLowerCase()} kecil.\n` } : f));
    const after = await Corpus.buildAsync(changed, { previous: before.earlier() });
    assert.ok(after.reused <= files.length - users, `${after.reused} reused, yet ${users} files name ${capitalised}`);
    sameCorpus(after, Corpus.build(changed));
  });

  it('analyses again the files where a new root changes how a word is stemmed', async () => {
    const files = seeds();
    const before = await Corpus.buildAsync(files);
    const lexicon = before.ctx.lowerVocab;
    // A word of the seeds whose stem another root would change, were that root a word of the corpus.
    let found: { word: string; root: string } | undefined;
    for (const word of lexicon) {
      const root = lexiconQuestions(word).find(r => !lexicon.has(r) && stemIndonesian(word, { has: w => w === r || lexicon.has(w) }) !== stemIndonesian(word, lexicon));
      if (root) { found = { word, root }; break; }
    }
    assert.ok(found, 'some seed word has a stem that a new root would change');
    const users = files.filter(f => new RegExp(`\\b${found!.word}\\b`, 'i').test(f.text)).length;
    const changed = files.map((f, i) => (i === 0 ? { ...f, text: `${f.text}\nkata ${found!.root} di sini.\n` } : f));
    const after = await Corpus.buildAsync(changed, { previous: before.earlier() });
    assert.ok(after.reused <= files.length - Math.max(1, users), `${after.reused} reused, yet ${users} files have "${found.word}"`);
    sameCorpus(after, Corpus.build(changed));
  });
});
