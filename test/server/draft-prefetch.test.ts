import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { recentDrafts } from '../../server/src/draft-prefetch';

// Which drafts the server draws for ahead when a shared archive connects: the folder's newest Markdown and text
// files that are not sources, not open, not empty and not too long, as many as the setting says.

describe('drafts drawn ahead', () => {
  let dir: string;
  const write = (rel: string, text: string, minutesAgo: number) => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    const at = new Date(Date.now() - minutesAgo * 60_000);
    fs.utimesSync(file, at, at);
    return pathToFileURL(file).toString();
  };
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-ahead-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes the newest drafts first, leaving out sources, open drafts, empty and long files and tool folders', async () => {
    const source = write('sources/wawancara.txt', 'Menteri mengatakan ekspor naik.\n', 0);
    const open = write('drafts/terbuka.md', 'Draf yang sedang dibuka.\n', 1);
    const newest = write('drafts/pelabuhan.md', 'Bongkar muat naik pada bulan Juni.\n', 2);
    const older = write('catatan.txt', 'Catatan dari rapat redaksi.\n', 30);
    const oldest = write('drafts/arsip/lama.markdown', 'Draf lama tentang panen.\n', 600);
    write('drafts/kosong.md', '   \n', 3);
    write('transkrip.txt', 'kata '.repeat(2000), 4);
    write('node_modules/paket/README.md', 'Bukan draf.\n', 0);
    write('gambar.png', 'bukan teks', 0);
    const skip = { skip: (uri: string) => uri === source || uri === open };
    const found = await recentDrafts(dir, 10, 5_000, skip);
    assert.deepEqual(found.map(d => d.uri), [newest, older, oldest]);
    assert.deepEqual(found.map(d => d.format), ['markdown', 'plaintext', 'markdown']);
    assert.equal(found[0].text, 'Bongkar muat naik pada bulan Juni.\n');
    assert.deepEqual((await recentDrafts(dir, 2, 5_000, skip)).map(d => d.uri), [newest, older]);
    assert.deepEqual(await recentDrafts(dir, 0, 5_000, skip), []);
  });

  it('leaves out a source told by its path, before asking about its URI', async () => {
    write('sources/wawancara.txt', 'Menteri mengatakan ekspor naik.\n', 0);
    const draft = write('drafts/pelabuhan.md', 'Bongkar muat naik pada bulan Juni.\n', 2);
    const asked: string[] = [];
    const found = await recentDrafts(dir, 10, 5_000, {
      source: file => file.endsWith(path.join('sources', 'wawancara.txt')),
      skip: uri => { asked.push(uri); return false; },
    });
    assert.deepEqual(found.map(d => d.uri), [draft]);
    assert.deepEqual(asked, [draft]);
  });
});
