import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { extractSource, paragraphAt } from '../../server/src/extract';
import { attributeTranscript } from '../../server/src/extract/transcript';
import { loadCorpusAsync, readSourcesAsync } from '../../server/src/corpus-files';
import { IndexCache } from '../../server/src/index-cache';
import { FORMAT_FIXTURES as FIXTURES } from '../workspace';

// The extraction layer on the fixtures that scripts/make-format-fixtures.mjs writes with real tools: a news page
// with its site around the article, and a Word transcript.

const HTML = path.join(FIXTURES, 'banjir-bekasi.html');
const DOCX = path.join(FIXTURES, 'harbour-interview.docx');

async function extracted(file: string, bytes = fs.readFileSync(file)) {
  const r = await extractSource(file, bytes);
  if ('error' in r) throw new Error(r.error);
  return r;
}

/** A Word file with one edit in its XML part, zipped again with the same tool that read it. */
async function editDocx(bytes: Buffer, part: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('extraction: saved web pages', () => {
  it('keeps the article and its headline, and drops navigation, banners, link lists, footers, scripts and styles', async () => {
    const ex = await extracted(HTML);
    assert.equal(ex.text.split('\n')[0], 'Banjir merendam 1.200 rumah di Bekasi Timur');
    assert.match(ex.text, /sedikitnya 1\.200 rumah di Kecamatan Bekasi Timur/);
    assert.match(ex.text, /“Kami sudah mengerahkan 30 perahu karet untuk mengevakuasi warga,” kata Dedi/);
    for (const boilerplate of ['Beranda', 'cookie', 'Baca juga', 'BACA JUGA', 'Pintu air', 'BMKG', 'cabai', 'jalan tol', 'Berita terkait', 'Kali Cikeas', 'Kebon Sirih', 'dataLayer', 'font-family', 'Pedoman']) {
      assert.ok(!ex.text.includes(boilerplate), `"${boilerplate}" should not be in:\n${ex.text}`);
    }
    assert.deepEqual(ex.meta, { headline: 'Banjir merendam 1.200 rumah di Bekasi Timur', byline: 'Rina Wulandari', date: '2024-03-05T14:20:00+07:00' });
  });

  it('separates paragraphs by blank lines and numbers them as they stand on the page', async () => {
    const ex = await extracted(HTML);
    const paras = ex.text.trim().split('\n\n');
    assert.equal(paras.length, ex.paragraphs.length);
    ex.paragraphs.forEach((p, i) => assert.equal(ex.text.slice(p.start, p.end), paras[i]));
    // Headline 1, byline line 2 (metadata, not text), "read also" line 4 (dropped) still count.
    const at = (needle: string) => paragraphAt(ex, ex.text.indexOf(needle))?.number;
    assert.equal(at('Banjir merendam sedikitnya'), 3);
    assert.equal(at('Kepala Badan'), 5);
    assert.equal(at('Dedi meminta'), 9);
  });

  it('reads the charset a page declares', async () => {
    const page = '<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><article><p>' + 'Le caf\xe9 ouvre \xe0 huit heures. '.repeat(20) + '</p></article></body></html>';
    const ex = await extracted('page.html', Buffer.from(page, 'latin1'));
    assert.match(ex.text, /Le café ouvre à huit heures\./);
  });

  it('refuses a binary file named .html', async () => {
    assert.deepEqual(await extractSource('x.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])), { error: 'is a binary file, not a web page' });
  });
});

describe('extraction: Word files', () => {
  it('reads paragraphs and the core properties, and writes transcript answers as attributed quotes', async () => {
    const ex = await extracted(DOCX);
    assert.deepEqual(ex.meta, { headline: 'Interview with the harbour director', byline: 'Lena Holm', date: '2024-03-12T09:30:00Z' });
    assert.match(ex.text, /^Interview with the harbour director\n\nRecorded at the port office/);
    assert.match(ex.text, /\n\n“The new terminal will open in 2027 and it will double our capacity,” said Ana Lindqvist\.\n/);
    assert.match(ex.text, /“The union never agreed to the new overtime rules, and our members will vote again in May,” said Martin Okafor\./);
    // "Q" names no one: the question stays as it is.
    assert.match(ex.text, /\n\nQ: What comes next for the port\?\n/);
    assert.equal(paragraphAt(ex, ex.text.indexOf('The new terminal'))?.number, 6);
  });

  it('says why a damaged or foreign file cannot be read', async () => {
    const bytes = fs.readFileSync(DOCX);
    const truncated = await extractSource('x.docx', bytes.subarray(0, bytes.length >> 1));
    assert.deepEqual(truncated, { error: 'is not a readable Word file: it is cut short or damaged (its zip directory is missing)' });
    const badXml = await extractSource('x.docx', await editDocx(bytes, 'word/document.xml', () => '<w:document><w:body><w:p>cut'));
    assert.ok('error' in badXml && /^is not a readable Word file \(.+\)$/.test(badXml.error) && !badXml.error.includes('\n'), JSON.stringify(badXml));
    const text = await extractSource('x.docx', Buffer.from('not a zip at all'));
    assert.deepEqual(text, { error: 'is not a readable Word file: it is not a zip archive' });
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const other = await extractSource('x.docx', await zip.generateAsync({ type: 'nodebuffer' }));
    assert.deepEqual(other, { error: 'is not a readable Word file: it has no document body (word/document.xml)' });
  });
});

describe('extraction: transcripts', () => {
  const blocks = (...texts: string[]) => texts.map((text, i) => ({ text, number: i + 1 }));

  it('leaves a document alone whose labels do not recur', () => {
    const b = blocks('Catatan: angka ini sementara.', 'Banjir merendam rumah warga.');
    assert.deepEqual(attributeTranscript(b), b);
  });

  it('uses the transcript language for the reporting verb and keeps inner quotes from closing the answer', () => {
    const out = attributeTranscript(blocks('Moderator: Silakan.', 'BUDI SANTOSO: Kami bilang "cukup" kepada mereka. Ini sudah berakhir.', 'Moderator: Terima kasih.'));
    assert.equal(out[1].text, '“Kami bilang \'cukup\' kepada mereka. Ini sudah berakhir,” kata Budi Santoso.');
    assert.equal(out[0].text, '“Silakan,” kata Moderator.');
  });
});

describe('reading extracted sources', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-extract-'));
    fs.mkdirSync(path.join(dir, 'seeds'));
    for (const f of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, 'seeds', f));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists a damaged Word file as skipped, with the reason, and reads the rest', async () => {
    const broken = path.join(dir, 'seeds', 'broken.docx');
    fs.writeFileSync(broken, fs.readFileSync(DOCX).subarray(0, 3000));
    const files = fs.readdirSync(path.join(dir, 'seeds')).sort().map(f => path.join(dir, 'seeds', f));
    const r = await readSourcesAsync(dir, files, f => f, {});
    assert.deepEqual(r.sources.map(s => s.label), ['seeds/banjir-bekasi.html', 'seeds/harbour-interview.docx', 'seeds/rail-punctuality-2023.pdf']);
    assert.equal(r.skipped.length, 1);
    assert.equal(r.skipped[0].path, 'seeds/broken.docx');
    assert.match(r.skipped[0].reason, /^is not a readable Word file/);
    assert.equal(r.extracted, 4);
  });

  it('gives other work a turn after each extraction and each page of a PDF, and stops when cancelled', async () => {
    const files = fs.readdirSync(path.join(dir, 'seeds')).sort().map(f => path.join(dir, 'seeds', f));
    let pauses = 0;
    await readSourcesAsync(dir, files, f => f, {}, new Map(), { pause: async () => { pauses++; } });
    // Three files, and the report's three pages.
    assert.equal(pauses, 6);
    await assert.rejects(readSourcesAsync(dir, files, f => f, {}, new Map(), { token: { isCancellationRequested: true } }), { name: 'CancelledError' });
  });

  it('takes extractions from the cache while the bytes are the same, and extracts a changed file again', async () => {
    const cache = new IndexCache(path.join(dir, 'cache'));
    const patterns = ['seeds/**/*.docx', 'seeds/**/*.html', 'seeds/**/*.pdf'];
    const load = () => loadCorpusAsync(dir, patterns, f => f, {}, {}, cache);
    const first = await load();
    assert.equal(first.fromCache, false);
    assert.equal(first.corpus.docs.length, 3);
    assert.equal(cache.readExtractions(dir, patterns).size, 3);
    assert.equal((await load()).fromCache, true);
    const docx = path.join(dir, 'seeds', 'harbour-interview.docx');
    // A change to the metadata only: the text is the same, the file is not, so the entry is not reused.
    fs.writeFileSync(docx, await editDocx(fs.readFileSync(docx), 'docProps/core.xml', x => x.replace('Lena Holm', 'Lena Holm-Berg')));
    const metaChanged = await load();
    assert.equal(metaChanged.fromCache, false);
    assert.equal(metaChanged.extractions?.get(docx)?.meta.byline, 'Lena Holm-Berg');
    fs.writeFileSync(docx, await editDocx(fs.readFileSync(docx), 'word/document.xml', x => x.replace('Forty-two', 'Forty-five')));
    const textChanged = await load();
    assert.equal(textChanged.fromCache, false);
    assert.match(textChanged.corpus.docs.find(d => d.uri === docx)!.text, /Forty-five container ships/);
  });
});
