import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { Client } from 'pg';
import { startTestPostgres, TestPostgres } from './postgres';
import { archiveOfSeeds, runSumber } from './cli';
import { makeWorkspace, REPO } from '../workspace';
import { connect } from '../../server/src/archive/database';
import { WorkingSet } from '../../server/src/archive/working-set';
import { corpusWithArchive } from '../../server/src/archive/load';
import { needsOf } from '../../server/src/archive/needs';
import { analyzeDraft, checkDraft } from '../../server/src/core/checks/check';
import { Corpus } from '../../server/src/core/index/corpus';

// Checking a draft against the archive: the findings are those of the same files indexed locally, evidence
// from the archive says so, and local sources can be added to it.

const DRAFT = path.join(REPO, 'examples/draft.md');

/** The CLI without an archive from the environment: each test names its own. */
const run = (args: string[], cwd: string) => runSumber(args, cwd, { SUMBER_DB: '' });

/** The findings of a JSON report, with the archive's label taken off the sources it names (evidence, messages). */
function findings(json: string): unknown {
  return JSON.parse(json.replace(/archive:(seeds|filler)\//g, '$1/'));
}

/** The client with every query's text noted, in order: what a draw asked the archive. */
function counting(db: Client): { client: Client; queries: string[] } {
  const queries: string[] = [];
  const client = new Proxy(db, {
    get: (target, prop) => prop === 'query'
      ? (...args: unknown[]) => { queries.push(String(args[0])); return (target.query as (...a: unknown[]) => unknown)(...args); }
      : Reflect.get(target, prop),
  });
  return { client, queries };
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

  it('builds the same corpus each time it takes a drawn document\'s stored analysis', async () => {
    // A build takes a stored analysis again when the one that took it first was cancelled, or when the folder's
    // own files change a word's standing: it must read what the archive stored, not what the first build made of it.
    const db = await connect({ url, timeoutMs: 10_000 });
    try {
      const set = await WorkingSet.open(db, 'check_test');
      const text = fs.readFileSync(DRAFT, 'utf8');
      assert.ok(await set.draw(db, needsOf([analyzeDraft(Corpus.empty(), text, 'markdown')])) >= 5);
      const built = async () => {
        const { corpus } = await corpusWithArchive(set.loaded(), undefined);
        const names = corpus.registry.entities.map(e => `${e.name}:${e.mentions.length}`).sort();
        const found = checkDraft(corpus, text, 'markdown').map(d => `${d.code} ${d.message}`);
        return { names, found };
      };
      const first = await built();
      assert.ok(first.found.length >= 3, 'the example draft has findings');
      assert.deepEqual(await built(), first);
    } finally {
      await db.end();
    }
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

  it('draws only the documents a draft needs from a larger archive, analysed on threads, and finds the same', async () => {
    // Filler on other subjects, enough text for ingest and the local index to analyse on threads; with quotes and
    // figures, which a thread's packed analysis once lost on its way into the archive.
    const filler = path.join(dir, 'filler');
    fs.mkdirSync(filler, { recursive: true });
    const towns = ['Wonosari', 'Kalibaru', 'Sumberjaya', 'Tanjungsari'], crops = ['padi', 'jagung', 'kedelai', 'cabai'];
    for (let d = 0; d < 24; d++) {
      const lines: string[] = [];
      for (let p = 0; lines.join('\n').length < 24_000; p++) {
        const town = towns[(d + p) % 4], crop = crops[(d * 3 + p) % 4], tons = 100 + ((d * 37 + p * 11) % 900);
        lines.push(`Panen ${crop} di Kecamatan ${town} tahun ${2000 + (p % 24)} mencapai ${tons} ton, kata Kepala Dinas Pertanian Sutrisno${d} Wibowo. `
          + `“Kami berharap hasil ${crop} naik ${p % 9 + 2} persen lagi,” ujar Sutrisno${d} kepada wartawan di balai desa.`);
      }
      fs.writeFileSync(path.join(filler, `laporan-${d}.txt`), lines.join('\n\n') + '\n');
    }
    const big = await pg.createDatabase('check_scale_test');
    const env = { SUMBER_DB: '' };
    assert.equal((await run(['db', 'migrate', '--db', big], dir)).code, 0);
    const ingested = await runSumber(['ingest', '--db', big, '--threads', '2', 'seeds', 'filler'], dir, env);
    assert.equal(ingested.code, 0, ingested.stderr);
    const local = await run(['check', '--no-cache', '--format', 'json', '--corpus', 'seeds', '--corpus', 'filler', 'draft.md'], dir);
    const archive = await run(['check', '--db', big, '--format', 'json', 'draft.md'], dir);
    assert.deepEqual(findings(archive.stdout), findings(local.stdout));
    assert.doesNotMatch(archive.stderr, /stored by another version/, 'every analysis stored whole, none made again here');
    const drawn = archive.stderr.match(/checked against (\d+) of the archive's (\d+) documents/);
    assert.ok(drawn, archive.stderr);
    assert.equal(Number(drawn[2]), 29);
    assert.ok(Number(drawn[1]) >= 5 && Number(drawn[1]) < 29, `the draft about the seeds draws them and little else: ${drawn[0]}`);
    // A draft about the filler finds its figures and quotes in the archive as the local index does.
    fs.writeFileSync(path.join(dir, 'panen.md'), 'Panen padi di Kecamatan Wonosari tahun 2000 mencapai 999 ton, kata Kepala Dinas Pertanian Sutrisno0 Wibowo.\n\n'
      + 'Sutrisno3 berkata: “Kami berharap hasil jagung turun 4 persen lagi.”\n');
    const localPanen = await run(['check', '--no-cache', '--format', 'json', '--corpus', 'seeds', '--corpus', 'filler', 'panen.md'], dir);
    const archivePanen = await run(['check', '--db', big, '--format', 'json', 'panen.md'], dir);
    const codes = JSON.parse(archivePanen.stdout).files[0].diagnostics.map((d: any) => d.code);
    assert.ok(codes.includes('number-mismatch'), archivePanen.stdout);
    assert.ok(codes.some((c: string) => c.startsWith('quote')), archivePanen.stdout);
    assert.deepEqual(findings(archivePanen.stdout), findings(localPanen.stdout));
  });

  it('draws for a draft grown by a sentence what one draw of the whole draft brings, asking nothing again', async () => {
    // The larger archive of the test before: the seeds and the filler, of which the draft draws little.
    const big = url.replace('/check_test', '/check_scale_test');
    fs.mkdirSync(path.join(dir, 'reports'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'reports', 'kakatua.txt'), 'Fotografer Margono Sastrowardoyo memotret burung kakatua jambul kuning di hutan Halmahera.\n');
    assert.equal((await run(['ingest', '--db', big, 'reports'], dir)).code, 0);
    const db = await connect({ url: big, timeoutMs: 10_000 });
    try {
      const text = fs.readFileSync(DRAFT, 'utf8');
      const grown = text + '\n\nMargono Sastrowardoyo memotret kakatua jambul kuning di Halmahera.\n';
      const needs = (t: string) => needsOf([analyzeDraft(Corpus.empty(), t, 'markdown')]);
      const { client: counted, queries } = counting(db);
      const step = await WorkingSet.open(db, 'check_scale_test');
      await step.draw(db, needs(text));
      assert.equal(await step.draw(counted, needs(text), counted), 0);
      assert.deepEqual(queries, [], 'the same draft asks the archive nothing');
      const before = step.size;
      assert.ok(await step.draw(counted, needs(grown), counted) > 0, 'the new sentence draws the report');
      assert.ok(step.size > before);
      const once = await WorkingSet.open(db, 'check_scale_test');
      await once.draw(db, needs(grown));
      const paths = (set: WorkingSet) => set.loaded().sources.map(s => s.uri).sort();
      assert.ok(paths(step).length > 0);
      assert.deepEqual(paths(step), paths(once));
    } finally {
      await db.end();
    }
  });

  it('asks nothing again for a quotation a typo away from one asked, and asks for one rewritten', async () => {
    const big = url.replace('/check_test', '/check_scale_test');
    const db = await connect({ url: big, timeoutMs: 10_000 });
    try {
      const draft = (quote: string) => fs.readFileSync(DRAFT, 'utf8') + `\n\nSeorang petani berkata: “${quote}”\n`;
      const needs = (t: string) => needsOf([analyzeDraft(Corpus.empty(), t, 'markdown')]);
      const { client: counted, queries } = counting(db);
      const set = await WorkingSet.open(db, 'check_scale_test');
      await set.draw(db, needs(draft('Kami berharap hasil cabai naik 7 persen lagi.')));
      // The same sentence with the typo: its words' stems are asked about (a new word), its quotation is not.
      await set.draw(counted, needs(draft('Kami berharap hasil cabai naik 7 persen lgi.')), counted);
      assert.ok(!queries.some(q => /sumber\.quotes/.test(q)), queries.join('\n'));
      await set.draw(counted, needs(draft('Kami berharap hasil jagung turun 4 persen lagi.')), counted);
      assert.ok(queries.some(q => /sumber\.quotes/.test(q)), 'a quotation rewritten is asked about');
    } finally {
      await db.end();
    }
  });

  it('asks again for what a draw that failed on the way did not bring', async () => {
    // The larger archive of the tests before; the draft's quotation is a filler report's, its other words the seeds'.
    const big = url.replace('/check_test', '/check_scale_test');
    const db = await connect({ url: big, timeoutMs: 10_000 });
    try {
      const text = fs.readFileSync(DRAFT, 'utf8') + '\n\nSeorang petani berkata: “Kami berharap hasil cabai naik 7 persen lagi.”\n';
      const needs = needsOf([analyzeDraft(Corpus.empty(), text, 'markdown')]);
      assert.ok(needs.quotes.length > 0);
      // The connection drops when the quotations are looked up, after the words' and names' documents are read.
      const dropping = new Proxy(db, {
        get: (target, prop) => prop === 'query'
          ? (...args: unknown[]) => /sumber\.quotes/.test(String(args[0])) ? Promise.reject(new Error('connection lost'))
            : (target.query as (...a: unknown[]) => unknown)(...args)
          : Reflect.get(target, prop),
      });
      const retried = await WorkingSet.open(db, 'check_scale_test');
      await assert.rejects(retried.draw(dropping, needs, dropping), /connection lost/);
      await retried.draw(db, needs);
      const once = await WorkingSet.open(db, 'check_scale_test');
      await once.draw(db, needs);
      const paths = (set: WorkingSet) => set.loaded().sources.map(s => s.uri).sort();
      assert.ok(paths(once).some(p => p.includes('/filler/')), 'the quotation draws a filler report');
      assert.deepEqual(paths(retried), paths(once));
    } finally {
      await db.end();
    }
  });

  it('says plainly that an archive at an address is not there', async () => {
    const r = await run(['check', '--db', url.replace('check_test', 'no_such_archive'), 'draft.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot reach the archive .*no_such_archive.*does not exist/);
  });
});
