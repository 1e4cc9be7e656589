import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { SERVER } from '../lsp/lsp-client';
import { makeWorkspace, removeWorkspace } from '../workspace';

// `sumber entities`: the people in a story, resolved as the hover resolves them.

const DRAFT = [
  'Presiden Rusia Vladimir Putin tiba di Beijing. Putin bertemu Xi Jinping.',
  '',
  'Menurut analis Rangga Pramudita, pertemuan itu simbolis.',
  '',
].join('\n');

const sumber = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [SERVER, ...args], { cwd, encoding: 'utf8' });

describe('sumber entities', function () {
  this.timeout(30000);

  it('lists a draft\'s names by the entity they refer to, with the sources\' roles and counts', () => {
    const ws = makeWorkspace(DRAFT);
    try {
      const r = sumber(ws.dir, 'entities', '--format', 'json', 'draft.md');
      assert.equal(r.status, 0, r.stderr);
      const [file] = JSON.parse(r.stdout).files;
      const putin = file.entities.find((e: any) => e.name === 'Vladimir Putin');
      assert.ok(putin, r.stdout);
      assert.equal(putin.kind, 'person');
      assert.equal(putin.draftMentions, 2);
      assert.deepEqual(putin.forms, ['Vladimir Putin', 'Putin']);
      assert.ok(putin.sourceMentions > 10 && putin.roles.some((x: string) => /Presiden Rusia/.test(x)), JSON.stringify(putin));
      const analyst = file.entities.find((e: any) => e.name === 'Rangga Pramudita');
      assert.equal(analyst?.known, false);
      assert.equal(analyst?.sourceMentions, 0);
      // Most mentioned first.
      assert.equal(file.entities[0].name, 'Vladimir Putin');
      // The draft is Indonesian, so are the list's words, as the hover's are; --lang en says them in English.
      const text = sumber(ws.dir, 'entities', 'draft.md').stdout;
      assert.match(text, /Vladimir Putin \(orang\): 2× dalam draf sebagai “Vladimir Putin”, “Putin”; \d+ kali dalam sumber \(\d+ dokumen\)/);
      assert.match(text, /Rangga Pramudita \(orang\): 1× dalam draf; tidak ada dalam sumber/);
      const en = sumber(ws.dir, 'entities', '--lang', 'en', 'draft.md').stdout;
      assert.match(en, /Vladimir Putin \(person\): 2× in the draft as “Vladimir Putin”, “Putin”; \d+ in the sources \(\d+ documents\)/);
      assert.match(en, /Rangga Pramudita \(person\): 1× in the draft; not in the sources/);
    } finally { removeWorkspace(ws); }
  });

  it('lists the sources\' own names without a draft, most mentioned first', () => {
    const ws = makeWorkspace(DRAFT);
    try {
      const r = sumber(ws.dir, 'entities', '--format', 'json');
      assert.equal(r.status, 0, r.stderr);
      const [all] = JSON.parse(r.stdout).files;
      const counts = all.entities.map((e: any) => e.sourceMentions);
      assert.deepEqual(counts, [...counts].sort((a: number, b: number) => b - a));
      assert.ok(all.entities.slice(0, 10).some((e: any) => e.name === 'Vladimir Putin'));
    } finally { removeWorkspace(ws); }
  });

  it('exits 2 on a missing draft', () => {
    const ws = makeWorkspace(DRAFT);
    try { assert.equal(sumber(ws.dir, 'entities', 'nope.md').status, 2); } finally { removeWorkspace(ws); }
  });
});
