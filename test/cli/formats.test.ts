import * as assert from 'node:assert/strict';
import { checkAgainstFormats } from './check-formats';

// `sumber check` against a saved web page and a Word transcript: claims they support pass, a planted mismatch
// and a misattributed answer are reported with evidence in the right file, and the page's boilerplate (its
// "read also" links, footer) supports nothing.

// One draft per language: a draft's language decides its stemming and stopwords.
const SUPPORTED_ID = [
  'Banjir merendam sedikitnya 1.200 rumah di Kecamatan Bekasi Timur, Jawa Barat, pada Selasa setelah hujan deras.',
  '“Kami sudah mengerahkan 30 perahu karet untuk mengevakuasi warga,” kata Dedi Supriyadi.',
  'Sebanyak 3.400 warga mengungsi ke masjid dan sekolah terdekat.',
];
const SUPPORTED_EN = [
  '“The new terminal will open in 2027 and it will double our capacity,” said Ana Lindqvist.',
  'Forty-two container ships were delayed during the four-day strike.',
];

const check = (draft: string) => checkAgainstFormats(draft);

describe('sumber check with web page and Word sources', function () {
  this.timeout(30000);

  it('passes claims the page and the transcript support', () => {
    for (const draft of [SUPPORTED_ID, SUPPORTED_EN]) {
      const { diagnostics, stderr } = check(draft.join('\n\n') + '\n');
      assert.deepEqual(diagnostics.map(d => `${d.code}: ${d.message}`), []);
      assert.equal(stderr, '');
    }
  });

  it('reports a planted number mismatch with evidence in the web page, by paragraph', () => {
    const { diagnostics, text } = check('Banjir merendam sedikitnya 2.100 rumah di Kecamatan Bekasi Timur, Jawa Barat, pada Selasa.\n');
    const d = diagnostics.find(x => x.code === 'number-mismatch');
    assert.ok(d, JSON.stringify(diagnostics));
    assert.equal(d.evidence[0].path, 'seeds/banjir-bekasi.html');
    assert.equal(d.evidence[0].text, '1.200');
    assert.equal(d.evidence[0].place, 'paragraph 3');
    assert.match(text, /evidence seeds\/banjir-bekasi\.html \(paragraph 3\) per “Banjir merendam 1\.200 rumah di Bekasi Timur” \(Rina Wulandari, 2024-03-05\): 1\.200\n/);
  });

  it('names the transcript speaker of an answer put in another mouth', () => {
    const { diagnostics } = check('“The new terminal will open in 2027 and it will double our capacity,” said Martin Okafor.\n');
    const d = diagnostics.find(x => x.code === 'misattributed-quote');
    assert.ok(d, JSON.stringify(diagnostics));
    assert.match(d.message, /The sources say Ana Lindqvist said this; the draft says Martin Okafor\./);
    assert.equal(d.evidence[0].path, 'seeds/harbour-interview.docx');
    assert.equal(d.evidence[0].place, 'paragraph 6');
    assert.deepEqual(d.fixes.map((f: any) => f.newText), ['Ana Lindqvist']);
  });

  it('supports nothing by a byline the body does not repeat', () => {
    // The page's and the transcript's authors are metadata: shown with the source, never read as its text.
    for (const claim of ['Rina Wulandari melaporkan banjir di Kecamatan Bekasi Timur, Jawa Barat.',
      'Lena Holm interviewed Ana Lindqvist about the new terminal.']) {
      const { diagnostics } = check(claim + '\n');
      assert.ok(diagnostics.some(d => d.severity === 'warning' || d.severity === 'error'), `${claim}: ${JSON.stringify(diagnostics)}`);
      assert.ok(diagnostics.every(d => d.evidence.every((e: any) => !/Rina Wulandari|Lena Holm/.test(e.text))), JSON.stringify(diagnostics));
    }
  });

  it('flags a claim that only the page boilerplate makes', () => {
    // A "read also" link and the footer of the page: text on the page, but no part of the article.
    for (const claim of ['Harga cabai rawit naik 40 persen di Pasar Kramat Jati menjelang Ramadan.',
      'Redaksi Kabar Harian berkantor di Jalan Kebon Sirih 12, Jakarta Pusat, sejak 1998.']) {
      const { diagnostics } = check(claim + '\n');
      assert.ok(diagnostics.some(d => d.severity === 'warning' || d.severity === 'error'), `${claim}: ${JSON.stringify(diagnostics)}`);
      assert.ok(diagnostics.every(d => d.evidence.every((e: any) => !/Kramat Jati|Kebon Sirih/.test(e.text))));
    }
  });
});
