import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';
import { REPO } from '../workspace';

// A figure the writer gave that the passage's story never states ("bertemu selama lima jam" where the sources say
// they met and nothing of how long) undoes the passage's support. A figure the story does state, in another
// sentence, other units, as a span between two dates, as the names it lists or as a collective, does not.

const story = [
  'Presiden Rusia Vladimir Putin dan Presiden Tiongkok Xi Jinping bertemu di Beijing pada hari Kamis untuk membahas perdagangan dan energi.',
  'Pertemuan berikutnya dijadwalkan berlangsung selama tiga hari di Kazan.',
  'Perang Inggris-Burma Pertama berlangsung dari tahun 1823 hingga 1826.',
  'Istri dan ketiga anaknya tinggal di Stratford, dan Shakespeare mengunjungi mereka setahun sekali.',
].join('\n\n');
const indonesian = Corpus.build([{ uri: 'pertemuan.txt', label: 'pertemuan.txt', format: 'plaintext', text: story }]);
const harbourDir = path.join(REPO, 'test/fixtures/harbour');
const harbour = Corpus.build(fs.readdirSync(harbourDir).sort().map((f): SourceFile => ({ uri: f, label: f, format: 'plaintext', text: fs.readFileSync(path.join(harbourDir, f), 'utf8') })));
const findings = (text: string, sources: Corpus) =>
  checkDraft(sources, text + '\n', 'markdown').filter(d => d.severity === 'error' || d.severity === 'warning');

describe('a figure no source states', () => {
  it('flags a duration the story never gives as a warning, naming the figure first', () => {
    const [d, more] = findings('Putin dan Xi bertemu selama lima jam di Beijing pada hari Kamis untuk membahas perdagangan dan energi.', indonesian);
    assert.equal(more, undefined);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /tidak memuat “lima”/);
  });

  it('flags a span of years its two dates do not make', () => {
    assert.equal(findings('Perang Inggris-Burma Pertama berlangsung selama 5 tahun.', indonesian)[0]?.code, 'unsupported-claim');
  });

  it('passes a figure the story states in words, as a span between its dates or as a collective', () => {
    assert.deepEqual(findings('Pertemuan berikutnya dijadwalkan berlangsung selama 3 hari di Kazan.', indonesian), []);
    assert.deepEqual(findings('Perang Inggris-Burma Pertama berlangsung selama 3 tahun.', indonesian), []);
    assert.deepEqual(findings('Shakespeare mempunyai tiga anak yang tinggal di Stratford.', indonesian), []);
  });

  it('passes an English figure the source writes into a compound ("a nine-day strike"), and flags another', () => {
    assert.deepEqual(findings('The last strike at the port, in 2009, lasted nine days and was over pension changes.', harbour), []);
    // The compound's unit is the claim's ("nine-day", "eleven days"): the two spans are compared as figures.
    const [d] = findings('The last strike at the port, in 2009, lasted eleven days and was over pension changes.', harbour);
    assert.equal(d?.code, 'number-mismatch');
    assert.match(d.message, /“nine”; the draft says “eleven”/);
  });
});
