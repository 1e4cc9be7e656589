import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SERVER } from '../lsp/lsp-client';
import { makeWorkspace, removeWorkspace } from '../workspace';
import { stripJsonc } from '../../server/src/workspace-settings';

// Dismissed findings stay dismissed on the command line: disable comments in the draft, --known-name, and the
// names the editor wrote to .vscode/settings.json. Each changes what `sumber check` prints and its exit code.

const NUMBER = 'China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.';
const ENTITY = 'Dalam wawancara dengan BBC, Zelensky memperingatkan bahwa Rusia dapat melancarkan perangnya ke Eropa.';

function check(draft: string, args: string[] = [], settings?: string) {
  const ws = makeWorkspace(draft, 'draft.txt');
  try {
    if (settings !== undefined) {
      fs.mkdirSync(path.join(ws.dir, '.vscode'));
      fs.writeFileSync(path.join(ws.dir, '.vscode', 'settings.json'), settings);
    }
    const r = spawnSync(process.execPath, [SERVER, 'check', '--no-cache', '--format', 'json', ...args, 'draft.txt'], { cwd: ws.dir, encoding: 'utf8' });
    const codes = r.stdout ? JSON.parse(r.stdout).files[0].diagnostics.map((d: any) => `${d.range.start.line}:${d.code}`) : [];
    return { status: r.status, codes, stderr: r.stderr };
  } finally { removeWorkspace(ws); }
}

describe('sumber check with dismissed findings', function () {
  this.timeout(30000);

  it('reports both findings without directives or names, exit 1', () => {
    const r = check([NUMBER, ENTITY].join('\n'));
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(r.codes, ['0:number-mismatch', '1:unknown-entity']);
  });

  it('drops a finding silenced by a disable comment', () => {
    const r = check(['<!-- sumber-disable-next-line number-mismatch -->', NUMBER, ENTITY].join('\n'));
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(r.codes, ['2:unknown-entity']);
  });

  it('exits 0 once the comment and --known-name dismiss everything', () => {
    const r = check(['<!-- sumber-disable-next-line number-mismatch -->', NUMBER, ENTITY].join('\n'), ['--known-name', 'bbc']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.codes, []);
  });

  it('reads sumber.knownNames from .vscode/settings.json, comments and trailing commas included', () => {
    const settings = '{\n  // names I interviewed\n  "sumber.knownNames": ["BBC", ], /* more later */\n  "editor.rulers": [120],\n}\n';
    const r = check(ENTITY, [], settings);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.codes, []);
  });

  it('says so and goes on when .vscode/settings.json cannot be parsed', () => {
    const r = check(ENTITY, [], '{ "sumber.knownNames": [BBC] }');
    assert.equal(r.status, 1);
    assert.deepEqual(r.codes, ['0:unknown-entity']);
    assert.match(r.stderr, /could not read .*settings\.json.*knownNames are not used/);
  });

  it('reports an unknown code as information, which does not fail the run', () => {
    const r = check(['<!-- sumber-disable-next-line number-mismatch, numbr-mismatch -->', NUMBER].join('\n'));
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.codes, ['0:unknown-directive-code']);
  });

  it('needs a name after --known-name', () => {
    const r = check(NUMBER, ['--known-name= ']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--known-name needs a name/);
  });
});

describe('stripJsonc', () => {
  it('keeps comment marks and commas inside strings', () => {
    const text = '{"a": "// not a comment, ]", /* c */ "b": [1, 2,],}';
    assert.deepEqual(JSON.parse(stripJsonc(text)), { a: '// not a comment, ]', b: [1, 2] });
  });
});
