import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Folders } from '../../server/src/folders';
import { LoadedArchive } from '../../server/src/archive/load';
import { VocabularyCounts } from '../../server/src/core/index/vocabulary-counts';
import { SourceFile } from '../../server/src/core/index/corpus';

// A folder checked against a shared archive is indexed again each time its working set grows, which a writer's
// edits do every few sentences. The folder's own sources have not changed then: reading them (and extracting a PDF
// or a Word file) again at every growth cost what the folder holds, on every such edit. Like a re-index of a local
// folder, the growth takes a file as it was last read when its size and time of change are the same.

/** An archive's part that a working set drew, made here without a database: `docs` documents, no stored analyses. */
function drawnArchive(docs: readonly SourceFile[], lineage: object): LoadedArchive {
  return {
    sources: [...docs], extractions: new Map(), storedOf: () => undefined, stale: () => 0, lineage,
    vocabulary: { lowerVocab: new Set(), midCapVocab: new Set(), strings: [], storedFor: () => undefined, counts: () => VocabularyCounts.fromCounts(new Map(), new Map(), []) },
  };
}

const archived = (n: number): SourceFile => ({
  uri: `archive://local/test/doc-${n}.txt`, label: `archive:doc-${n}.txt`, format: 'plaintext',
  text: `Pelabuhan Kota Baru menambah ${n} dermaga baru tahun ini, kata Direktur Rina Hartono.\n`,
});

const WHEN = 1_700_000_000;

describe('a folder indexed again when its archive working set grows', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-grown-reads-'));
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.writeFileSync(path.join(dir, 'notes', 'a.txt'), 'Catatan wawancara: dermaga dibuka pada Senin.\n');
    // A time of change in whole seconds, which setting it again restores exactly.
    fs.utimesSync(path.join(dir, 'notes', 'a.txt'), WHEN, WHEN);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes the folder’s unchanged files as they were read, and reads a changed one again', async () => {
    const folders = new Folders(), lineage = {}, status = { state: 'connected' as const, address: 'test' };
    const index = (docs: SourceFile[]) => folders.indexWithArchive(dir, ['notes/*.txt'], { allowOutside: false }, {}, drawnArchive(docs, lineage), status);
    const textOf = (f: Awaited<ReturnType<typeof index>>) => f.folder.loaded.corpus.docs.find(d => d.label.endsWith('a.txt'))?.text ?? '';
    const file = path.join(dir, 'notes', 'a.txt');
    const first = await index([archived(1)]);
    assert.match(textOf(first), /Senin/);
    // The same size and time of change: the growth does not open the file, so a change that keeps both goes unseen
    // (which is how the test tells that it was not read).
    fs.writeFileSync(file, 'Catatan wawancara: dermaga dibuka pada Rabu..\n');
    fs.utimesSync(file, WHEN, WHEN);
    const grown = await index([archived(1), archived(2)]);
    assert.equal(grown.folder.loaded.corpus.docs.length, 3);
    assert.match(textOf(grown), /Senin/);
    // A file whose time of change moved is read again.
    fs.utimesSync(file, WHEN, WHEN + 5);
    const again = await index([archived(1), archived(2), archived(3)]);
    assert.match(textOf(again), /Rabu/);
    assert.equal(again.folder.loaded.corpus.docs.length, 4);
  });
});
