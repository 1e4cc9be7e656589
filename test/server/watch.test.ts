import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Folders, FolderCorpus } from '../../server/src/folders';
import { DEFAULT_CORPUS } from '../../server/src/corpus-files';
import { watchFolders } from '../../server/src/watch';
import { watchTree } from '../../server/src/tree-watch';

// The server's own watcher (for clients that cannot watch files) on a real folder: a corpus folder that is
// deleted, renamed away or moved into place must trigger a re-index, and no callback may take it down.

let tmp: string;
let root: string;
let folder: FolderCorpus;
let stop: (() => void) | undefined;
const folders = new Folders();

function watch(onChange: (root: string) => void, accept = (_root: string, file: string) => folders.affects(folder, file), errors: unknown[] = []) {
  stop = watchFolders(() => [root], accept, onChange, 20, { pollMs: 300, onError: e => errors.push(e) });
}

/** Resolves with the root the next time onChange fires, or rejects after `ms`. */
function nextChange(ms = 1500): { onChange: (root: string) => void; fired: Promise<string> } {
  let resolve!: (root: string) => void;
  const fired = new Promise<string>((res, rej) => { resolve = res; setTimeout(() => rej(new Error(`no change reported within ${ms} ms`)), ms).unref(); });
  return { onChange: r => resolve(r), fired };
}

const settle = () => new Promise(r => setTimeout(r, 100));

describe('watching corpus folders', () => {
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-watch-'));
    root = path.join(tmp, 'ws');
    fs.mkdirSync(path.join(root, 'seeds'), { recursive: true });
    fs.writeFileSync(path.join(root, 'seeds', 'a.txt'), 'Teks sumber.\n');
    folder = folders.index(root, [...DEFAULT_CORPUS]).folder;
  });
  afterEach(() => {
    stop?.();
    stop = undefined;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('notices the corpus folder renamed away', async () => {
    const { onChange, fired } = nextChange();
    watch(onChange);
    await settle();
    fs.renameSync(path.join(root, 'seeds'), path.join(tmp, 'seeds-old'));
    assert.equal(await fired, root);
  });

  it('notices the corpus folder deleted', async () => {
    const { onChange, fired } = nextChange();
    watch(onChange);
    await settle();
    fs.rmSync(path.join(root, 'seeds'), { recursive: true });
    assert.equal(await fired, root);
  });

  it('notices a corpus folder moved into place', async () => {
    fs.rmSync(path.join(root, 'seeds'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'incoming'));
    fs.writeFileSync(path.join(tmp, 'incoming', 'b.md'), 'Teks baru.\n');
    const { onChange, fired } = nextChange();
    watch(onChange);
    await settle();
    fs.renameSync(path.join(tmp, 'incoming'), path.join(root, 'seeds'));
    assert.equal(await fired, root);
  });

  it('ignores files outside the corpus', async () => {
    let changes = 0;
    watch(() => changes++);
    await settle();
    fs.writeFileSync(path.join(root, 'draft.md'), 'Draf.\n');
    fs.mkdirSync(path.join(root, 'other'));
    fs.writeFileSync(path.join(root, 'seeds', 'picture.png'), 'x');
    await new Promise(r => setTimeout(r, 500));
    assert.equal(changes, 0);
  });

  it('survives callbacks that throw, and keeps watching', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    let resolve!: () => void;
    const second = new Promise<void>(r => { resolve = r; });
    watch(() => { if (++calls === 2) resolve(); throw new Error('onChange failed'); }, (_r, file) => {
      if (file.endsWith('boom.txt')) throw new Error('accept failed');
      return folders.affects(folder, file);
    }, errors);
    await settle();
    fs.writeFileSync(path.join(root, 'seeds', 'boom.txt'), 'x');
    fs.writeFileSync(path.join(root, 'seeds', 'c.txt'), 'x');
    await new Promise(r => setTimeout(r, 200));
    fs.writeFileSync(path.join(root, 'seeds', 'd.txt'), 'x');
    await second;
    assert.ok(errors.some(e => (e as Error).message === 'accept failed'));
    assert.ok(errors.some(e => (e as Error).message === 'onChange failed'));
  });

  it('notices the root folder itself going away', async () => {
    const { onChange, fired } = nextChange();
    watch(onChange);
    await settle();
    fs.rmSync(root, { recursive: true });
    assert.equal(await fired, root);
  });

  it('notices a source saved in a folder made after the watch began, and one deep in an old folder', async () => {
    fs.mkdirSync(path.join(root, 'seeds', '2023', 'maret'), { recursive: true });
    let fired = nextChange();
    watch(fired.onChange);
    await settle();
    fs.writeFileSync(path.join(root, 'seeds', '2023', 'maret', 'c.txt'), 'Teks lama yang disunting.\n');
    assert.equal(await fired.fired, root);
    fs.mkdirSync(path.join(root, 'seeds', '2024'));
    await settle();
    fired = nextChange();
    stop?.();
    watch(fired.onChange);
    await settle();
    fs.mkdirSync(path.join(root, 'seeds', '2024', 'april'));
    await settle();
    fs.writeFileSync(path.join(root, 'seeds', '2024', 'april', 'd.txt'), 'Teks baru.\n');
    assert.equal(await fired.fired, root);
  });
});

describe('watching a folder tree folder by folder', () => {
  it('takes one watch per folder, not per file, and walks the folders below by turns', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-tree-'));
    try {
      for (let d = 0; d < 3; d++) {
        fs.mkdirSync(path.join(dir, `d${d}`, 'sub'), { recursive: true });
        for (let f = 0; f < 200; f++) fs.writeFileSync(path.join(dir, `d${d}`, 'sub', `${f}.txt`), 'x');
      }
      const heard: Array<string | undefined> = [];
      const w = watchTree(dir, r => heard.push(r), e => { throw e; }, false);
      const watches = () => (w as unknown as { watches: Map<string, unknown> }).watches.size;
      // Only the root within the call; the folders below come by turns.
      assert.equal(watches(), 1);
      try {
        await new Promise(r => setTimeout(r, 200));
        fs.writeFileSync(path.join(dir, 'd2', 'sub', '7.txt'), 'changed');
        await new Promise(r => setTimeout(r, 200));
        assert.ok(heard.includes(path.join('d2', 'sub', '7.txt')), JSON.stringify(heard));
        assert.equal(watches(), 7);
      } finally {
        w.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
