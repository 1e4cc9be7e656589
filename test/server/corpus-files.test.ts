import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusConcerns, DEFAULT_CORPUS, expandCorpus, loadCorpus, loadCorpusAsync, readSource, readSources, readSourcesAsync } from '../../server/src/corpus-files';
import { TempWorkspace } from './temp-workspace';

// Finding and reading corpus files in real temporary folders: a folder layout and patterns in, the files,
// skipped files, unmatched patterns and errors out. Nothing may throw or hang, whatever the folder holds.

const ws = new TempWorkspace('sumber-files-');
const { write, rels } = ws;

describe('corpus files', () => {
  ws.each();

  it('reads again only the files whose size or time of change moved since the last reading', async () => {
    const a = write('a.txt', 'Teks pertama.\n'), b = write('b.txt', 'Teks kedua.\n'), bad = write('c.txt', Buffer.from([0, 1, 2, 0]));
    const first = await readSourcesAsync(ws.root, [a, b, bad], f => f);
    assert.deepEqual(first.skipped.map(x => x.path), ['c.txt']);
    // b changes size; a is untouched.
    fs.writeFileSync(b, 'Teks kedua, kini lebih panjang.\n');
    const second = await readSourcesAsync(ws.root, [a, b, bad], f => f, {}, new Map(), {}, first.reads);
    assert.equal(second.sources[0], first.sources[0], 'a is taken as it was read');
    assert.notEqual(second.sources[1], first.sources[1]);
    assert.equal(second.sources[1].text, 'Teks kedua, kini lebih panjang.\n');
    assert.deepEqual(second.skipped.map(x => x.path), ['c.txt'], 'an unreadable file stays skipped, with its reason');
    // Same size, another time of change: read again.
    fs.writeFileSync(a, 'Teks PERTAMA.\n');
    fs.utimesSync(a, new Date(), new Date(Date.now() + 5000));
    const third = await readSourcesAsync(ws.root, [a, b], f => f, {}, new Map(), {}, second.reads);
    assert.equal(third.sources[0].text, 'Teks PERTAMA.\n');
    assert.equal(third.sources[1], second.sources[1]);
  });


  it('loads an update with the listing of the last load, and a new file with a new one', async () => {
    const a = write('sources/a.txt', 'Menteri meresmikan pelabuhan baru di Kendari.\n');
    write('sources/b.txt', 'Gubernur membuka jalan tol di Makassar.\n');
    const uri = (f: string) => f;
    const first = await loadCorpusAsync(ws.root, ['sources/**/*.txt'], uri, { threads: 0 }, {});
    fs.writeFileSync(a, 'Menteri meresmikan bandara baru di Kendari.\n');
    const changed = await loadCorpusAsync(ws.root, ['sources/**/*.txt'], uri, { threads: 0 }, {}, undefined, { touched: new Set([a]), earlierReads: first.reads, listedBefore: first.expansion });
    assert.equal(changed.expansion, first.expansion, 'the folder was not walked again');
    assert.ok(changed.corpus.docs.some(d => d.text.includes('bandara')));
    const c = write('sources/c.txt', 'Wali kota menutup pasar lama di Palu.\n');
    const added = await loadCorpusAsync(ws.root, ['sources/**/*.txt'], uri, { threads: 0 }, {}, undefined, { touched: new Set([c]), earlierReads: changed.reads, listedBefore: changed.expansion });
    assert.notEqual(added.expansion, changed.expansion);
    assert.deepEqual(rels(added.files), ['sources/a.txt', 'sources/b.txt', 'sources/c.txt']);
  });

  it('selects what globs and plain paths name, source types only', () => {
    write('seeds/a.txt'); write('seeds/x/y/b.md'); write('seeds/c.json', '{}'); write('seedsx/d.txt'); write('notes/e.markdown');
    write('seeds/node_modules/f.txt');
    // Saved web pages, Word files and PDFs are sources too (their text is extracted when they are read).
    write('seeds/p.html', '<p>x</p>'); write('seeds/q.htm', '<p>x</p>'); write('seeds/r.docx', 'PK'); write('seeds/s.pdf', '%PDF-1.7');
    const r = expandCorpus(ws.root, [...DEFAULT_CORPUS, 'notes', '{a,b}.md']);
    assert.deepEqual(rels(r.files), ['notes/e.markdown', 'seeds/a.txt', 'seeds/p.html', 'seeds/q.htm', 'seeds/r.docx', 'seeds/s.pdf', 'seeds/x/y/b.md']);
    assert.deepEqual(r.unmatched, ['{a,b}.md']);
    assert.deepEqual(r.errors, []);
  });

  it('reports a malformed pattern and carries on with the others', () => {
    write('seeds/a.txt');
    const r = expandCorpus(ws.root, ['seeds/{a,b.txt', 'seeds/*.txt']);
    assert.deepEqual(rels(r.files), ['seeds/a.txt']);
    assert.deepEqual(r.unmatched, ['seeds/{a,b.txt']);
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0].message, /unclosed \{ .*"seeds\/\{a,b\.txt"/);
  });

  it('starts a glob walk at its literal folder, so a huge sibling tree is never visited', () => {
    write('seeds/a.txt'); write('seeds/deep/b.txt');
    for (let i = 0; i < 40; i++) for (let j = 0; j < 10; j++) write(`archive/${i}/${j}.txt`, 'x');
    const budget = { maxEntries: 20 };
    const r = expandCorpus(ws.root, ['seeds/**/*.txt'], budget);
    assert.deepEqual(rels(r.files), ['seeds/a.txt', 'seeds/deep/b.txt']);
    assert.deepEqual(r.errors, []);
    // The same budget over the whole ws.root runs out, and says so instead of walking on.
    const all = expandCorpus(ws.root, ['**/*.txt'], budget);
    assert.equal(all.errors.length, 1);
    assert.match(all.errors[0].message, /"\*\*\/\*\.txt" was cut short after looking at 20 files and folders/);
  });

  it('reports a path through a file and a symbolic link loop without throwing', () => {
    write('seeds/x.txt');
    fs.symlinkSync('loop-b', path.join(ws.root, 'loop-a'));
    fs.symlinkSync('loop-a', path.join(ws.root, 'loop-b'));
    fs.symlinkSync('loop.txt', path.join(ws.root, 'seeds', 'loop.txt'));
    fs.symlinkSync('..', path.join(ws.root, 'seeds', 'up'));
    const r = expandCorpus(ws.root, ['seeds/x.txt/y', 'seeds/x.txt/*.md', 'loop-a', 'loop-a/*.txt', 'seeds/**/*.txt']);
    assert.deepEqual(rels(r.files), ['seeds/x.txt']);
    assert.deepEqual(r.unmatched, ['seeds/x.txt/y', 'seeds/x.txt/*.md', 'loop-a', 'loop-a/*.txt']);
    const byPattern = Object.fromEntries(r.errors.map(e => [e.pattern, e.message]));
    assert.match(byPattern['seeds/x.txt/y'], /goes through a file as if it were a folder/);
    assert.match(byPattern['seeds/x.txt/*.md'], /needs seeds\/x\.txt to be a folder, but it is a file/);
    assert.match(byPattern['loop-a'], /symbolic link loop/);
    assert.match(byPattern['loop-a/*.txt'], /symbolic link loop/);
    assert.deepEqual(r.skipped.find(s => s.path === 'seeds/loop.txt')?.reason, 'is a symbolic link loop');
    assert.match(r.skipped.find(s => s.path === 'seeds/up')?.reason ?? '', /loop/);
  });

  it('follows links to files and folders inside the root, reading each file once', () => {
    write('library/a.txt'); write('library/sub/b.md');
    fs.mkdirSync(path.join(ws.root, 'seeds'));
    fs.symlinkSync(path.join(ws.root, 'library', 'a.txt'), path.join(ws.root, 'seeds', 'a.txt'));
    fs.symlinkSync(path.join('..', 'library', 'sub'), path.join(ws.root, 'seeds', 'sub'));
    const r = expandCorpus(ws.root, DEFAULT_CORPUS);
    assert.deepEqual(rels(r.files), ['seeds/a.txt', 'seeds/sub/b.md']);
    const twice = expandCorpus(ws.root, ['library', 'seeds']);
    assert.deepEqual(rels(twice.files), ['library/a.txt', 'library/sub/b.md']);
  });

  it('skips links leading outside the root unless outside paths are allowed', () => {
    const outside = path.join(ws.outside, 'elsewhere');
    fs.mkdirSync(path.join(outside, 'dir'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'Rahasia.\n');
    fs.writeFileSync(path.join(outside, 'dir', 'c.txt'), 'Rahasia.\n');
    write('seeds/a.txt');
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(ws.root, 'seeds', 'secret.txt'));
    fs.symlinkSync(path.join(outside, 'dir'), path.join(ws.root, 'seeds', 'dir'));
    const r = expandCorpus(ws.root, ['seeds']);
    assert.deepEqual(rels(r.files), ['seeds/a.txt']);
    assert.deepEqual(r.skipped.map(s => s.path).sort(), ['seeds/dir', 'seeds/secret.txt']);
    assert.match(r.skipped.find(s => s.path === 'seeds/secret.txt')!.reason, /outside the workspace folder/);
    const allowed = expandCorpus(ws.root, ['seeds'], { allowOutside: true });
    assert.deepEqual(rels(allowed.files), ['seeds/a.txt', 'seeds/dir/c.txt', 'seeds/secret.txt']);
  });

  it('refuses paths outside the ws.root, and files that are not sources even when outside paths are allowed', () => {
    const outside = path.join(ws.outside, 'secret');
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'notes.txt'), 'Rahasia.\n');
    fs.writeFileSync(path.join(outside, 'keys.json'), '{}');
    write('.env', 'TOKEN=x'); write('settings.json', '{}');
    const patterns = ['../secret', path.join(outside, 'notes.txt'), '../secret/*.txt', '.env', 'settings.json'];
    const r = expandCorpus(ws.root, patterns);
    assert.deepEqual(r.files, []);
    assert.deepEqual(r.unmatched, patterns);
    assert.equal(r.errors.length, 5);
    for (const e of r.errors.slice(0, 3)) assert.match(e.message, /outside the workspace folder/);
    for (const e of r.errors.slice(3)) assert.match(e.message, /is not a source file \(\.txt, \.md, \.markdown, \.html, \.htm, \.docx or \.pdf\)/);
    const allowed = expandCorpus(ws.root, [...patterns, path.join(outside, 'keys.json')], { allowOutside: true });
    assert.deepEqual(allowed.files, [path.join(outside, 'notes.txt')]);
    assert.deepEqual(allowed.errors.map(e => e.pattern), ['.env', 'settings.json', path.join(outside, 'keys.json')]);
  });

  it('decodes UTF-16 with a byte order mark, strips the UTF-8 one, and still skips binary files', () => {
    const text = 'Presiden Joko Widodo — 40 persen.\n';
    const le = write('seeds/le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = write('seeds/be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    const u8 = write('seeds/u8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const bin = write('seeds/bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
    const odd = write('seeds/odd.txt', Buffer.from([0xff, 0xfe, 0x41]));
    assert.deepEqual(readSource(le), { text });
    assert.deepEqual(readSource(be), { text });
    assert.deepEqual(readSource(u8), { text });
    assert.deepEqual(readSource(bin), { error: 'is a binary file' });
    assert.deepEqual(readSource(odd), { error: 'is not valid UTF-16' });
  });

  it('reads each file whole and exactly, however its size compares with the one read before', async () => {
    // Text reads share one buffer: a long file after short ones makes it grow, short ones after it must not see
    // the long one's tail, and a UTF-16 file between them decodes from the same memory.
    const long = 'Menteri berkata bahwa ekspor naik. '.repeat(4000), utf16 = 'Presiden Joko Widodo — 40 persen.\n';
    const files = [
      write('a.txt', 'Pendek.\n'), write('b.txt', long), write('c.txt', 'Juga pendek.\n'),
      write('d.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')])), write('e.txt', 'x'),
    ];
    const read = await readSourcesAsync(ws.root, files, f => f);
    assert.deepEqual(read.sources.map(s => s.text), ['Pendek.\n', long, 'Juga pendek.\n', utf16, 'x']);
    // Each reading remembers the size and time of change the read saw.
    assert.equal(read.reads.get(files[1])?.size, Buffer.byteLength(long));
    assert.equal(read.reads.get(files[4])?.mtimeMs, fs.statSync(files[4]).mtimeMs);
  });

  it('skips a file over the size limit', () => {
    const big = write('seeds/big.txt', 'kata '.repeat(1000));
    const small = write('seeds/small.txt');
    const r = readSources(ws.root, [big, small], f => f, { maxFileBytes: 4000 });
    assert.deepEqual(r.sources.map(s => s.label), ['seeds/small.txt']);
    assert.equal(r.skipped.length, 1);
    assert.match(r.skipped[0].reason, /^is larger than 3\.9 KB, the limit for one source file \(it has 4\.9 KB\)$/);
    assert.match((readSource(big, { maxFileBytes: 1024 * 1024 }) as { text: string }).text, /^kata kata/);
  });

  it('loads a corpus and says why patterns gave nothing', () => {
    write('seeds/a.txt', 'Menteri Keuangan Sri Mulyani mengumumkan anggaran.\n');
    const loaded = loadCorpus(ws.root, ['seeds/*.txt', '../x/*.md', 'seeds/{a'], undefined, undefined, {});
    assert.equal(loaded.corpus.docs.length, 1);
    assert.deepEqual(loaded.unmatched, ['../x/*.md', 'seeds/{a']);
    assert.deepEqual(loaded.errors.map(e => e.pattern), ['../x/*.md', 'seeds/{a']);
  });

  it('says which changed paths concern a corpus, folders holding it included', () => {
    const at = (rel: string) => path.join(ws.root, rel);
    const concerns = (patterns: string[], rel: string) => corpusConcerns(ws.root, patterns, at(rel));
    assert.equal(concerns(DEFAULT_CORPUS, 'seeds/x/a.txt'), true);
    assert.equal(concerns(DEFAULT_CORPUS, 'seeds/x/a.json'), false);
    assert.equal(concerns(DEFAULT_CORPUS, 'seeds'), true);
    assert.equal(concerns(DEFAULT_CORPUS, 'seeds/x'), true);
    assert.equal(concerns(DEFAULT_CORPUS, 'draft.md'), false);
    assert.equal(concerns(DEFAULT_CORPUS, 'other'), false);
    assert.equal(concerns(['docs/sources/*.md'], 'docs'), true);
    assert.equal(concerns(['docs/sources/*.md'], 'docs/sources/deeper'), false);
    assert.equal(concerns(['notes'], 'notes/sub/a.md'), true);
    assert.equal(concerns(['seeds/{a'], 'seeds/a.txt'), false);
    assert.equal(corpusConcerns(ws.root, ['../x/*.md'], path.join(ws.outside, 'x', 'a.md')), false);
  });
});
