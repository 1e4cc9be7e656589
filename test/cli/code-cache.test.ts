import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SERVER } from '../lsp/lsp-client';
import { REPO } from '../workspace';

// Every Sumber process starts from V8's code cache when it has one (server/src/start.ts): the first run leaves the
// cache, later runs read it and do not write it again, one that V8 refuses is made again (once), and a cache of
// another build is removed. What the program prints never depends on it.

describe('the code cache of a Sumber process', function () {
  this.timeout(60000);
  let home: string, draft: string;

  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-code-cache-'));
    draft = path.join(home, 'draft.md');
    fs.writeFileSync(draft, 'Putin bertemu Xi Jinping di Beijing.\n');
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  const run = (env: Record<string, string> = {}, nodeFlags: string[] = []) => {
    const r = spawnSync(process.execPath, [...nodeFlags, SERVER, 'check', '--no-cache', draft], { cwd: REPO, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: home, ...env } });
    assert.equal(r.stderr, '');
    return r.stdout;
  };
  const codeDir = () => path.join(home, 'sumber', 'code');
  const files = () => (fs.existsSync(codeDir()) ? fs.readdirSync(codeDir()).sort() : []);
  /** The cache of a process started without flags of its own: the first one made. */
  const cacheFile = () => {
    const bins = files().filter(f => f.endsWith('.bin'));
    assert.ok(bins.length >= 1, files().join(' '));
    return path.join(codeDir(), bins.sort((a, b) => fs.statSync(path.join(codeDir(), a)).mtimeMs - fs.statSync(path.join(codeDir(), b)).mtimeMs)[0]);
  };

  it('is left by the first run and read, not written, by the next', () => {
    const first = run();
    const file = cacheFile(), made = fs.statSync(file).mtimeMs;
    assert.ok(fs.statSync(file).size > 100_000, 'the cache holds the compiled program');
    assert.equal(run(), first);
    assert.equal(fs.statSync(file).mtimeMs, made, 'the second run used the cache instead of making it again');
    assert.deepEqual(files(), [path.basename(file)]);
  });

  it('is kept apart for a process started with other V8 flags, which V8 would refuse it to', () => {
    const first = run();
    const file = cacheFile(), made = fs.statSync(file).mtimeMs;
    assert.equal(run({}, ['--regexp-tier-up-ticks=20']), first);
    assert.equal(files().filter(f => f.endsWith('.bin')).length, 2, files().join(' '));
    assert.equal(run(), first);
    assert.equal(fs.statSync(file).mtimeMs, made, 'the first cache is still used by a process with the usual flags');
    assert.ok(!files().some(f => f.endsWith('.refused')), files().join(' '));
  });

  it('is made again when V8 refuses it, and the new one is used', () => {
    const first = run();
    const file = cacheFile();
    fs.writeFileSync(file, Buffer.alloc(4096, 7));
    assert.equal(run(), first);
    assert.ok(fs.statSync(file).size > 100_000, 'a new cache replaced the refused one');
    assert.ok(files().some(f => f.endsWith('.refused')), 'the refusal is remembered');
    const made = fs.statSync(file).mtimeMs;
    assert.equal(run(), first);
    assert.equal(fs.statSync(file).mtimeMs, made);
  });

  it('removes the cache of another build when it makes its own', () => {
    fs.mkdirSync(codeDir(), { recursive: true });
    fs.writeFileSync(path.join(codeDir(), 'an-older-build.bin'), 'old');
    run();
    assert.ok(!files().includes('an-older-build.bin'), files().join(' '));
    cacheFile();
  });

  it('is neither read nor written with SUMBER_CODE_CACHE=0', () => {
    const first = run({ SUMBER_CODE_CACHE: '0' });
    assert.deepEqual(files(), []);
    assert.equal(run(), first);
  });

  it('compiles a program of ASCII only, which Node reads and V8 scans as one byte a character', () => {
    for (const name of ['sumber-main.js', 'analysis-worker.js']) {
      const bytes = fs.readFileSync(path.join(path.dirname(SERVER), name));
      const at = bytes.findIndex(b => b > 0x7f);
      assert.equal(at, -1, `${name} has a byte over 127 at ${at}: ${bytes.subarray(Math.max(0, at - 40), at + 10).toString()}`);
    }
  });
});
