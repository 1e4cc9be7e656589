import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { prepareSample, SampleFs, takeOpenRequest } from '../../client/src/sampleFiles';
import { REPO } from '../workspace';

// "Open Sample Corpus and Draft" on real folders: the first run copies the bundled seeds and draft, a later run
// keeps the writer's edits and own files and brings back only what is missing, and the marker asks the new
// window to open the draft once.

const nodeFs: SampleFs<string> = {
  join: (dir, name) => path.join(dir, name),
  list: async (dir) => fs.readdirSync(dir, { withFileTypes: true }).map((e): [string, boolean] => [e.name, e.isDirectory()]),
  exists: async (p) => fs.existsSync(p),
  mkdir: async (dir) => { fs.mkdirSync(dir, { recursive: true }); },
  copy: async (from, to) => fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL),
  read: async (p) => fs.readFileSync(p, 'utf8'),
  write: async (p, text) => fs.writeFileSync(p, text),
};

const BUNDLED = { seeds: path.join(REPO, 'seeds'), draft: path.join(REPO, 'examples/draft.md') };

describe('the sample folder', () => {
  let root: string, sample: string;
  beforeEach(() => { root = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-sample-')); sample = path.join(root, 'storage', 'sample'); });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('gets the seeds and the draft the first time, and asks once for the draft to open', async () => {
    await prepareSample(nodeFs, sample, BUNDLED);
    assert.deepEqual(fs.readdirSync(path.join(sample, 'seeds')).sort(), fs.readdirSync(BUNDLED.seeds).sort());
    assert.equal(fs.readFileSync(path.join(sample, 'draft.md'), 'utf8'), fs.readFileSync(BUNDLED.draft, 'utf8'));
    assert.equal(await takeOpenRequest(nodeFs, sample), true);
    assert.equal(await takeOpenRequest(nodeFs, sample), false, 'reopening the folder later opens nothing by itself');
  });

  it('keeps the writer\'s edits and files when opened again, and brings back a deleted seed', async () => {
    await prepareSample(nodeFs, sample, BUNDLED);
    const draft = path.join(sample, 'draft.md');
    fs.writeFileSync(draft, 'Kalimat saya sendiri.\n');
    fs.writeFileSync(path.join(sample, 'seeds', 'wawancara-saya.txt'), 'Catatan wawancara.\n');
    const [first] = fs.readdirSync(BUNDLED.seeds).sort();
    fs.rmSync(path.join(sample, 'seeds', first));
    await takeOpenRequest(nodeFs, sample);
    await prepareSample(nodeFs, sample, BUNDLED);
    assert.equal(fs.readFileSync(draft, 'utf8'), 'Kalimat saya sendiri.\n');
    assert.ok(fs.existsSync(path.join(sample, 'seeds', 'wawancara-saya.txt')));
    assert.ok(fs.existsSync(path.join(sample, 'seeds', first)));
    assert.equal(await takeOpenRequest(nodeFs, sample), true, 'each run asks for the draft again');
  });

  it('takes no request from a folder without the marker, or with one the writer broke', async () => {
    fs.mkdirSync(path.join(sample, '.vscode'), { recursive: true });
    assert.equal(await takeOpenRequest(nodeFs, sample), false);
    fs.writeFileSync(path.join(sample, '.vscode', 'sumber-sample.json'), '{ not json');
    assert.equal(await takeOpenRequest(nodeFs, sample), false);
  });
});
