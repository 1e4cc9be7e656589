import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { Client } from 'pg';
import { startTestPostgres, TestPostgres } from './postgres';
import { archiveOfSeeds, runSumber } from './cli';
import { makeWorkspace, REPO } from '../workspace';

// Checking a draft against the archive: the findings are those of the same files indexed locally, evidence
// from the archive says so, and local sources can be added to it.

const DRAFT = path.join(REPO, 'examples/draft.md');

/** The CLI without an archive from the environment: each test names its own. */
const run = (args: string[], cwd: string) => runSumber(args, cwd, { SUMBER_DB: '' });

/** The findings of a JSON report, with the archive's label taken off the sources it names (evidence, messages). */
function findings(json: string): unknown {
  return JSON.parse(json.replace(/archive:seeds\//g, 'seeds/'));
}

describe('checking against the archive', function () {
  this.timeout(120_000);
  let pg: TestPostgres;
  let url: string;
  let dir: string;
  before(async () => {
    pg = startTestPostgres();
    url = await pg.createDatabase('check_test');
    dir = makeWorkspace(fs.readFileSync(DRAFT, 'utf8')).dir;
    await archiveOfSeeds(url, dir);
  });
  after(() => {
    pg?.remove();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds what a local index of the same files finds, with evidence labelled as the archive\'s', async () => {
    const local = await run(['check', '--no-cache', '--format', 'json', '--corpus', 'seeds', 'draft.md'], dir);
    const archive = await run(['check', '--db', url, '--format', 'json', 'draft.md'], dir);
    assert.equal(archive.code, local.code, archive.stderr);
    const diagnostics = JSON.parse(archive.stdout).files[0].diagnostics;
    assert.ok(diagnostics.length >= 3, 'the example draft has findings');
    assert.ok(diagnostics.flatMap((d: any) => d.evidence).every((e: any) => e.path.startsWith('archive:seeds/')));
    assert.deepEqual(findings(archive.stdout), findings(local.stdout));
    const text = await run(['check', '--db', url, 'draft.md'], dir);
    assert.match(text.stdout, /^ {4}evidence archive:seeds\/\S+\.txt:\d+:\d+ /m);
  });

  it('adds local sources to the archive, each finding saying where its evidence is', async () => {
    fs.mkdirSync(path.join(dir, 'notes'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'notes', 'interview.txt'), 'Menteri Perdagangan Zorbaya Kelantika mengatakan ekspor naik 12 persen pada Maret 2024.\n');
    fs.writeFileSync(path.join(dir, 'claims.md'), 'Zorbaya Kelantika mengatakan ekspor naik 15 persen pada Maret 2024.\n\nPutin dan Xi bertemu di Moskow pada Maret 2023.\n');
    const both = await run(['check', '--db', url, '--corpus', 'notes', '--format', 'json', 'claims.md'], dir);
    const archiveOnly = await run(['check', '--db', url, '--format', 'json', 'claims.md'], dir);
    const codes = (out: string) => JSON.parse(out).files[0].diagnostics.map((d: any) => d.code);
    const number = JSON.parse(both.stdout).files[0].diagnostics.find((d: any) => d.code === 'number-mismatch');
    assert.ok(number, both.stdout);
    assert.equal(number.evidence[0].path, 'notes/interview.txt');
    assert.ok(!codes(archiveOnly.stdout).includes('number-mismatch'), 'the archive alone does not know the minister');
    assert.ok(codes(archiveOnly.stdout).includes('unknown-entity'));
  });

  it('checks documents stored by another version of Sumber from their text, the same, and says they were', async () => {
    const local = await run(['check', '--no-cache', '--format', 'json', '--corpus', 'seeds', 'draft.md'], dir);
    // An analysis stored without this code's layout number: read as this layout, it would be taken apart wrongly.
    const db = new Client({ connectionString: url });
    await db.connect();
    const rows = await db.query('SELECT id, analysis FROM sumber.documents');
    try {
      for (const r of rows.rows) {
        const { doc, strings } = v8.deserialize(r.analysis);
        await db.query('UPDATE sumber.documents SET analysis = $2 WHERE id = $1', [r.id, v8.serialize({ doc, strings })]);
      }
      const archive = await run(['check', '--db', url, '--format', 'json', 'draft.md'], dir);
      assert.deepEqual(findings(archive.stdout), findings(local.stdout));
      assert.match(archive.stderr, new RegExp(`${rows.rows.length} documents of the archive were stored by another version of Sumber`));
    } finally {
      for (const r of rows.rows) await db.query('UPDATE sumber.documents SET analysis = $2 WHERE id = $1', [r.id, r.analysis]);
      await db.end();
    }
  });

  it('says plainly that an archive at an address is not there', async () => {
    const r = await run(['check', '--db', url.replace('check_test', 'no_such_archive'), 'draft.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot reach the archive .*no_such_archive.*does not exist/);
  });
});
