import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../workspace';
import { Translate } from '../../client/src/statusText';
import { clip, describeClaim, describeMorePeople, describePerson, describeSkippedFile, describeSource, describeSummary } from '../../client/src/viewText';

// What the Sumber view's rows and the Sumber status bar item say: file names with their counts, people with their
// mentions, claims with what settles them; in English, and in Indonesian through the bundle.

const bundle = JSON.parse(fs.readFileSync(path.join(REPO, 'l10n/bundle.l10n.id.json'), 'utf8')) as Record<string, string>;
const id: Translate = (m, ...args) => (bundle[m] ?? m).replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 40 } });

describe('the Sumber view\'s rows', () => {
  it('names a source by its file, with its counts; a skipped file with why', () => {
    const row = describeSource({ uri: 'file:///w/seeds/a.txt', label: 'seeds/a.txt', sentences: 12, quotes: 1, names: 8 });
    assert.equal(row.label, 'a.txt');
    assert.equal(row.description, '12 sentences · 1 quote · 8 names');
    assert.equal(row.tooltip, 'seeds/a.txt\n12 sentences · 1 quote · 8 names');
    assert.equal(describeSource({ uri: '', label: 'a.txt', sentences: 1, quotes: 0, names: 1 }, id).description, '1 kalimat · 0 kutipan · 1 nama');
    const skipped = describeSkippedFile({ uri: 'file:///w/seeds/photo.txt', label: 'seeds/photo.txt', reason: 'is a binary file' });
    assert.deepEqual([skipped.label, skipped.description, skipped.tooltip], ['photo.txt', 'is a binary file', 'seeds/photo.txt is a binary file']);
  });

  it('puts a saved article\'s headline and day before its counts, and its credit in the hover', () => {
    const row = describeSource({
      uri: 'sumber-source:/w/seeds/banjir.html.txt', label: 'seeds/banjir.html', sentences: 9, quotes: 1, names: 6,
      headline: 'Banjir merendam 1.200 rumah di Bekasi Timur setelah hujan deras semalaman', date: '2024-03-05',
      credit: '“Banjir merendam 1.200 rumah di Bekasi Timur setelah hujan deras semalaman” (Rina Wulandari, 2024-03-05)',
    });
    assert.equal(row.label, 'banjir.html');
    assert.equal(row.description, '“Banjir merendam 1.200 rumah di Bekasi Timur…” · 2024-03-05 · 9 sentences · 1 quote · 6 names');
    assert.equal(row.tooltip, 'seeds/banjir.html\n“Banjir merendam 1.200 rumah di Bekasi Timur setelah hujan deras semalaman” (Rina Wulandari, 2024-03-05)\n9 sentences · 1 quote · 6 names');
    // A date alone, as a Word file without a title has it.
    assert.equal(describeSource({ uri: '', label: 'a.docx', sentences: 1, quotes: 0, names: 1, date: '2024-03-12', credit: '2024-03-12' }).description, '2024-03-12 · 1 sentence · 0 quotes · 1 name');
  });

  it('gives a person their mentions, the role in the hover, and says when the list is cut', () => {
    const row = describePerson({ id: 3, name: 'Vladimir Putin', kind: 'person', mentions: 24, documents: 5, role: 'Presiden Rusia' });
    assert.deepEqual([row.label, row.description, row.icon], ['Vladimir Putin', '24 mentions', 'person']);
    assert.equal(row.tooltip, 'Vladimir Putin\nPresiden Rusia\n24 mentions in 5 sources');
    assert.equal(describePerson({ id: 4, name: 'Kremlin', kind: 'organization', mentions: 1, documents: 1 }, id).description, '1 sebutan');
    assert.equal(describeMorePeople(200, 200), undefined);
    assert.equal(describeMorePeople(200, 230)?.label, 'and 30 more');
  });

  it('shows a claim\'s words, and after them the finding, or where the passage that backs it stands', () => {
    const wrong = describeClaim({
      range: range(14), status: 'error', text: 'China menyediakan sekitar 40 persen peralatan mesin.',
      findings: [{ code: 'number-mismatch', severity: 'error', message: 'Sumber menyebut “70 persen”; draf menyebut “40 persen”.' }],
    }, id);
    assert.deepEqual([wrong.label, wrong.description, wrong.icon], ['China menyediakan sekitar 40 persen peralatan mesin.', 'Sumber menyebut “70 persen”; draf menyebut “40 persen”.', 'error']);
    assert.match(wrong.tooltip, /^Keliru \(baris 15\)\n/);
    const backed = describeClaim({ range: range(2), status: 'supported', text: 'Ini kunjungan pertama.', findings: [], support: { place: 'seeds/b.txt ¶6', passage: 'Ini merupakan kunjungan pertama.' } });
    assert.deepEqual([backed.description, backed.icon, backed.iconColor], ['↗ seeds/b.txt ¶6', 'pass', 'testing.iconPassed']);
    assert.match(backed.tooltip, /seeds\/b\.txt ¶6: “Ini merupakan kunjungan pertama\.”/);
    assert.equal(describeClaim({ range: range(4), status: 'unsupported', text: 'X.', findings: [{ code: 'unsupported-claim', severity: 'warning', message: 'No source says this.' }] }).icon, 'warning');
  });

  it('cuts a long claim at a word, so the row has room for what settles it', () => {
    assert.equal(clip('Ini merupakan kunjungan pertama.', 60), 'Ini merupakan kunjungan pertama.');
    assert.equal(clip('Presiden Rusia Vladimir Putin tiba di Beijing untuk kunjungan kenegaraan dua hari.', 60), 'Presiden Rusia Vladimir Putin tiba di Beijing untuk…');
    assert.equal(clip('Bulan lalu di Beijing, Menteri Luar Negeri AS Antony Blinken menuduh China.', 30), 'Bulan lalu di Beijing…');
    const long = describeClaim({ range: range(2), status: 'supported', text: 'Presiden Rusia Vladimir Putin tiba di Beijing untuk kunjungan kenegaraan dua hari.', findings: [] });
    assert.equal(long.label, 'Presiden Rusia Vladimir Putin tiba di Beijing untuk…');
    assert.match(long.tooltip, /kenegaraan dua hari\./, 'the whole sentence in the hover');
  });

  it('says the sources and the draft\'s findings in the status bar', () => {
    assert.equal(describeSummary(undefined, 3), undefined, 'nothing before the first index');
    assert.equal(describeSummary(5, 2), 'Sumber: 5 sources · 2 findings');
    assert.equal(describeSummary(1, 1), 'Sumber: 1 source · 1 finding');
    assert.equal(describeSummary(5, undefined), 'Sumber: 5 sources', 'no draft in front');
    assert.equal(describeSummary(5, 6, id), 'Sumber: 5 sumber · 6 temuan');
  });
});
