import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { decodeSource, expandCorpus, readSources } from '../../server/src/corpus-files';
import { problemOf } from '../../server/src/corpus-walk';
import { extractSource } from '../../server/src/extract';
import { isKnownReason, isKnownSettingProblem, REASON_FORMS, reasonIn, SETTING_PROBLEM_FORMS, settingProblemIn } from '../../server/src/core/messages/notices';
import { toSettings } from '../../server/src/settings';
import { statusOf, FolderCorpus } from '../../server/src/folders';
import { Corpus } from '../../server/src/core/index/corpus';
import { FORMAT_FIXTURES, REPO } from '../workspace';

// What Sumber says about the set-up, in the editor's language: why a source was skipped, why a pattern cannot be
// used, what is wrong with a setting. Each is made in English (the log keeps it), and core/messages/notices.ts
// says it in Indonesian. Everything the makers produce must be in its book, or an Indonesian writer would read it
// in English: the makers' own outputs are the input here.

const WRONG = {
  corpus: 'seeds', supportThreshold: 2, severity: { 'number-mismatch': 'loud' }, knownNames: ['Ana', 3], messageLanguage: 'fr',
  debounceMs: -1, maxDraftSizeKB: 0, indexCache: 'yes', showSupport: 1,
};

const UNREADABLE = path.join(REPO, 'test/fixtures/unreadable');
const errorOf = (r: { error: string } | object): string => ('error' in r ? (r as { error: string }).error : assert.fail(JSON.stringify(r).slice(0, 200)));

async function readersReasons(): Promise<string[]> {
  const reasons = [
    errorOf(decodeSource(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]))),
    errorOf(decodeSource(Buffer.from([0xff, 0xfe, 0x41]))),
    errorOf(decodeSource(Buffer.from([0x41, 0xff, 0xfe, 0x42]))),
    errorOf(decodeSource(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))),
    ...['ENOTDIR', 'ELOOP', 'EACCES', 'ENAMETOOLONG', 'ENOENT', 'EIO'].map(code => problemOf(Object.assign(new Error(code), { code }))),
    errorOf(await extractSource('x.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))),
    errorOf(await extractSource('x.docx', Buffer.from('not a zip at all'))),
    errorOf(await extractSource('x.pdf', Buffer.from('<html>not a pdf</html>'))),
    errorOf(await extractSource('x.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]))),
    errorOf(await extractSource('memo.pdf', fs.readFileSync(path.join(UNREADABLE, 'protected-memo.pdf')))),
    errorOf(await extractSource('letter.pdf', fs.readFileSync(path.join(UNREADABLE, 'scanned-letter.pdf')))),
  ];
  const docx = fs.readFileSync(path.join(FORMAT_FIXTURES, 'harbour-interview.docx'));
  reasons.push(errorOf(await extractSource('x.docx', docx.subarray(0, docx.length >> 1))));
  const zip = new JSZip();
  zip.file('hello.txt', 'hi');
  reasons.push(errorOf(await extractSource('x.docx', await zip.generateAsync({ type: 'nodebuffer' }))));
  return reasons;
}

describe('why a source was skipped, in the writer\'s language', () => {
  let root = '';
  beforeEach(() => { root = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-reasons-')); });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('knows every reason the readers give, and says each in Indonesian', async () => {
    const big = path.join(root, 'big.txt');
    fs.writeFileSync(big, 'kata '.repeat(1000));
    fs.mkdirSync(path.join(root, 'folder.txt'));
    const read = readSources(root, [big, path.join(root, 'folder.txt')], f => f, { maxFileBytes: 4000 }).skipped.map(s => s.reason);
    for (const reason of [...await readersReasons(), ...read]) {
      assert.ok(isKnownReason(reason), `not in the table: ${reason}`);
      assert.notEqual(reasonIn('id', reason), reason, reason);
      assert.equal(reasonIn('en', reason), reason);
    }
  });

  it('says the common ones plainly, values and a reason inside another carried over', () => {
    assert.equal(reasonIn('id', 'is a binary file'), 'adalah berkas biner');
    assert.equal(reasonIn('id', 'has no text layer: its pages are images (a scan?), which Sumber cannot read without OCR'),
      'tidak memiliki lapisan teks: halamannya berupa gambar (hasil pindaian?), yang tidak dapat dibaca Sumber tanpa OCR');
    assert.equal(reasonIn('id', 'is larger than 3.9 KB, the limit for one source file (it has 4.9 KB)'),
      'lebih besar dari 3.9 KB, batas untuk satu berkas sumber (ukurannya 4.9 KB)');
    assert.equal(reasonIn('id', 'is not a readable Word file: it is not a zip archive'), 'bukan berkas Word yang dapat dibaca: berkas ini bukan arsip zip');
    assert.equal(reasonIn('id', 'corpus pattern "../x/*.txt" points outside the workspace folder, so it is not read'),
      'pola sumber "../x/*.txt" menunjuk ke luar folder kerja, jadi tidak dibaca');
  });

  it('says why a corpus pattern cannot be used, a malformed glob included', () => {
    const patterns = ['seeds/{a,b.txt', 'seeds/[ab.txt', `seeds/${'{a,b}'.repeat(12)}.txt`, `${'x'.repeat(2000)}.txt`, '../outside/*.txt'];
    const errors = expandCorpus(fs.mkdtempSync(path.join(root, 'w-')), patterns).errors.map(e => e.message);
    assert.equal(errors.length, patterns.length, errors.join('\n'));
    for (const e of errors) assert.ok(isKnownReason(e), `not in the table: ${e}`);
    assert.match(reasonIn('id', errors[0]), /^ada \{ tanpa penutup di karakter ke-7 dalam pola "seeds\/\{a,b\.txt"$/);
  });

  it('leaves a reason it does not know as it came', () => {
    assert.equal(reasonIn('id', 'fell into the harbour'), 'fell into the harbour');
    assert.equal(isKnownReason('fell into the harbour'), false);
  });

  it('has the same values in both forms of every reason', () => {
    const names = (form: string) => [...form.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
    for (const [en, id] of REASON_FORMS) assert.deepEqual(names(id), names(en), en);
  });

  it('says the corpus status in the editor\'s language: documents indexed, skipped files and no sources', () => {
    fs.mkdirSync(path.join(root, 'seeds'));
    fs.writeFileSync(path.join(root, 'seeds', 'a.txt'), 'Menteri Keuangan Sri Mulyani mengumumkan anggaran.\n');
    fs.writeFileSync(path.join(root, 'seeds', 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const expanded = expandCorpus(root, ['seeds/*.txt']);
    const { sources, skipped } = readSources(root, expanded.files, f => f);
    const folder: FolderCorpus = {
      root, patterns: ['seeds/*.txt'], allowOutside: false, files: new Set(), generation: 1,
      loaded: { corpus: Corpus.build(sources), files: expanded.files, skipped, unmatched: [], errors: [] },
    };
    assert.equal(statusOf(folder, 'en').message, '1 document indexed; skipped 1 unreadable file.');
    assert.deepEqual(statusOf(folder, 'en').skipped, ['seeds/photo.txt is a binary file']);
    assert.equal(statusOf(folder, 'id').message, '1 dokumen diindeks; 1 berkas yang tak terbaca dilewati.');
    assert.deepEqual(statusOf(folder, 'id').skipped, ['seeds/photo.txt adalah berkas biner']);
    const empty: FolderCorpus = { ...folder, patterns: ['notes/*.txt'], loaded: { ...folder.loaded, corpus: Corpus.empty(), files: [], skipped: [] } };
    assert.equal(statusOf(empty, 'id').message, `Tidak ada sumber untuk memeriksa draf: tidak ada berkas yang cocok dengan notes/*.txt (di ${root}).`);
    assert.equal(statusOf(empty, 'en').message, `No sources to check against: no files match notes/*.txt (in ${root}).`);
  });
});

describe('a setting\'s problem in the writer\'s language', () => {
  it('knows every problem the validation makes, and says each in Indonesian', () => {
    const problems = [...toSettings(WRONG).problems, ...toSettings({ knownNames: 'Ana' }).problems];
    assert.equal(problems.length, 10, problems.join('\n'));
    for (const p of problems) {
      assert.ok(isKnownSettingProblem(p), `not in the book: ${p}`);
      assert.notEqual(settingProblemIn('id', p), p);
      assert.equal(settingProblemIn('en', p), p);
    }
  });

  it('keeps the setting and its values as written', () => {
    const [problem] = toSettings({ supportThreshold: 2 }).problems;
    assert.match(problem, /^sumber\.supportThreshold must be a number from 0 to 1; using [\d.]+\.$/);
    assert.match(settingProblemIn('id', problem), /^sumber\.supportThreshold harus berupa angka dari 0 sampai 1; yang dipakai: [\d.]+\.$/);
    assert.equal(settingProblemIn('id', toSettings({ messageLanguage: 'fr' }).problems[0]),
      'sumber.messageLanguage harus salah satu dari auto, en, id; yang dipakai: auto (bahasa draf).');
  });

  it('has the same values in both forms of every problem', () => {
    const names = (form: string) => [...form.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
    for (const [en, id] of SETTING_PROBLEM_FORMS) assert.deepEqual(names(id), names(en), en);
  });
});
