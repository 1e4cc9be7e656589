import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';
import { SEEDS, REPO } from '../workspace';

// Re-indexing after one source changed: when the corpus vocabulary stays the same, the other files' analyses are
// taken from the previous corpus instead of made again, and the result is exactly a fresh build's.

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

  it('finds unchanged files in another order, and analyses everything again when the vocabulary changes', async () => {
    const files = seeds();
    const before = await Corpus.buildAsync(files);
    const reversed = [...files].reverse();
    const again = await Corpus.buildAsync(reversed, { previous: before.earlier() });
    assert.equal(again.reused, files.length);
    sameCorpus(again, Corpus.build(reversed));
    // A new word in one file changes what counts as an ordinary word for every file: nothing is reused.
    const renamed = files.map((f, i) => (i === 0 ? { ...f, text: f.text + '\nKata baru zorblatik muncul di sini.\n' } : f));
    const after = await Corpus.buildAsync(renamed, { previous: before.earlier() });
    assert.equal(after.reused, 0);
    sameCorpus(after, Corpus.build(renamed));
  });
});
