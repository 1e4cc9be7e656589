import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCorpusAsync, LoadedCorpus } from '../../server/src/corpus-files';

// A re-index after a file watcher reported some paths reads only those files again (the others keep their last
// reading), so a 6,000-file folder is not looked at file by file for one saved source. That trust must not let a
// change slip through: a reported path the corpus lists under another name (here a link) makes every file read.

describe('a re-index given the changed paths', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-touched-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Walikota Rina Hartono membuka pasar baru pada Senin.\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Pasar itu menampung 120 pedagang.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const load = (before?: LoadedCorpus, touched?: string[]) => loadCorpusAsync(dir, ['*.txt'], f => f, {}, before ? { previous: before.corpus.earlier() } : {}, undefined,
    { earlierReads: before?.reads, ...(touched ? { touched: new Set(touched) } : {}) });
  const textOf = (l: LoadedCorpus, name: string) => l.corpus.docs.find(d => d.label === name)?.text;

  it('reads the reported file again and takes the others as they were', async () => {
    const first = await load();
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Walikota Rina Hartono menutup pasar lama pada Selasa.\n');
    const again = await load(first, [path.join(dir, 'a.txt')]);
    assert.match(textOf(again, 'a.txt') ?? '', /menutup/);
    assert.equal(again.corpus.reused, 1);
    // A file that changed without being reported keeps its last reading: the watcher is trusted...
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Pasar itu menampung 150 pedagang dan 20 kios.\n');
    const trusted = await load(again, [path.join(dir, 'a.txt')]);
    assert.match(textOf(trusted, 'b.txt') ?? '', /120/);
    // ...and without reported paths (a re-index asked for by hand) every file is looked at.
    const full = await load(trusted);
    assert.match(textOf(full, 'b.txt') ?? '', /150/);
  });

  it('reads every file when a reported path names no listed file, such as a link to one', async () => {
    const first = await load();
    fs.symlinkSync(path.join(dir, 'b.txt'), path.join(dir, 'link-to-b'));
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Pasar itu menampung 150 pedagang dan 20 kios.\n');
    const again = await load(first, [path.join(dir, 'link-to-b')]);
    assert.match(textOf(again, 'b.txt') ?? '', /150/);
  });

  it('drops a reported file that was deleted', async () => {
    const first = await load();
    fs.rmSync(path.join(dir, 'b.txt'));
    const again = await load(first, [path.join(dir, 'b.txt')]);
    assert.deepEqual(again.corpus.docs.map(d => d.label), ['a.txt']);
  });
});
