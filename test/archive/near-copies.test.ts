import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startTestPostgres, TestPostgres } from './postgres';
import { runSumber } from './cli';
import { makeWorkspace } from '../workspace';

// An archive's near-copies of one sentence, differing in a figure or a negation: more documents hold a claim's words
// than are drawn for it (working-set.ts), and the one the claim quotes must be among them, or the archive flags a
// sentence the same files indexed locally pass.

const run = (args: string[], cwd: string) => runSumber(args, cwd, { SUMBER_DB: '' });

/** Twenty weekly reports, the price in the same words each week; half of them deny what the other half say. */
function writeReports(dir: string): void {
  const folder = path.join(dir, 'laporan');
  fs.mkdirSync(folder);
  for (let w = 1; w <= 20; w++) {
    const lines = [
      `Pada hari ke-${w} musim itu, nelayan di Kota ${w} mencatat ${w + 20} ton tangkapan.`,
      `Harga beras medium di Pasar Induk Cipinang naik menjadi Rp ${(12_000 + 35 * w).toLocaleString('de-DE')} per kilogram pada pekan ini.`,
      `${w % 2 ? 'Ada' : 'Tidak ada'} pedagang yang menganggap bahwa beras Cianjur dan beras Pandan Wangi adalah dua beras yang sama.`,
    ];
    fs.writeFileSync(path.join(folder, `pekan-${String(w).padStart(2, '0')}.txt`), lines.join('\n') + '\n');
  }
}

/** The findings of a JSON report, with the archive's label taken off the sources it names. */
function findings(json: string): unknown {
  return JSON.parse(json.replace(/archive:laporan\//g, 'laporan/'));
}

describe('an archive of near-copies', function () {
  this.timeout(120_000);
  let pg: TestPostgres;
  let dir: string;
  before(() => { pg = startTestPostgres(); });
  after(() => {
    pg?.remove();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('draws the copy a claim quotes, so it passes as with a local index', async () => {
    const draft = 'Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 12.700 per kilogram pada pekan ini.\n\n'
      + 'Tidak ada pedagang yang menganggap bahwa beras Cianjur dan beras Pandan Wangi adalah dua beras yang sama.\n';
    dir = makeWorkspace(draft).dir;
    writeReports(dir);
    const url = await pg.createDatabase('near_copies_test');
    assert.equal((await run(['db', 'migrate', '--db', url], dir)).code, 0);
    const ingested = await run(['ingest', '--db', url, 'laporan'], dir);
    assert.equal(ingested.code, 0, ingested.stderr);
    const local = await run(['check', '--no-cache', '--format', 'json', '--corpus', 'laporan', 'draft.md'], dir);
    const archive = await run(['check', '--db', url, '--format', 'json', 'draft.md'], dir);
    assert.equal(local.code, 0, local.stdout);
    assert.equal(archive.code, 0, archive.stdout);
    assert.deepEqual(findings(archive.stdout), findings(local.stdout));
    // A price no week had is flagged by both, against a week's price.
    fs.writeFileSync(path.join(dir, 'wrong.md'), 'Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 19.990 per kilogram pada pekan ini.\n');
    const wrong = await run(['check', '--db', url, '--format', 'json', 'wrong.md'], dir);
    assert.deepEqual(JSON.parse(wrong.stdout).files[0].diagnostics.map((d: { code: string }) => d.code), ['number-mismatch']);
  });
});
