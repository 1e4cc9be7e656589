import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient } from './lsp-client';
import { makeWorkspace, removeWorkspace } from '../workspace';
import { DRAFT } from './notes-draft';
import { CLAIMS_REQUEST, ClaimsResult, MENTIONS_REQUEST, PEOPLE_REQUEST, PeopleResult, SOURCES_REQUEST, SourcesResult } from '../../server/src/protocol';

// The requests behind the Sumber view, over LSP on the seed corpus: the sources (and a file it could not read, with
// why), the people with their mentions' places, and an open draft's claims as its last check found them.


describe('the Sumber view\'s requests over LSP', function () {
  this.timeout(30000);

  it('lists the sources and the skipped file, the people with their mentions, and the draft\'s claims', async () => {
    const ws = makeWorkspace(DRAFT);
    fs.writeFileSync(path.join(ws.dir, 'seeds', 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const client = new LspClient();
    try {
      await client.request('initialize', { processId: process.pid, rootUri: ws.rootUri, capabilities: {} });
      client.notify('initialized', {});
      client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
      const coverage = await client.waitFor('sumber/coverage', p => p.uri === ws.draftUri);
      assert.equal(coverage.findings, 2, 'the coverage notification counts the published findings');

      const { folders } = await client.request<SourcesResult>(SOURCES_REQUEST, {});
      assert.equal(folders.length, 1);
      assert.equal(folders[0].sources.length, 5);
      const first = folders[0].sources[0];
      assert.equal(first.label, 'seeds/000_c230f47f23c97080.txt');
      assert.ok(first.uri.startsWith(ws.rootUri) && first.sentences > 0 && first.names > 0, JSON.stringify(first));
      assert.deepEqual(folders[0].skipped, [{ uri: `${ws.rootUri}/seeds/photo.txt`, label: 'seeds/photo.txt', reason: 'is a binary file' }]);

      const people = await client.request<PeopleResult>(PEOPLE_REQUEST, { uri: ws.draftUri });
      const putin = people.entries.find(e => e.name === 'Vladimir Putin');
      assert.ok(putin, people.entries.map(e => e.name).join(', '));
      assert.equal(putin.kind, 'person');
      assert.equal(people.entries[0].mentions >= putin.mentions, true);
      const mentions = await client.request<Array<{ uri: string; range: { start: { line: number } } }>>(MENTIONS_REQUEST, { folder: people.folder, id: putin.id, name: putin.name });
      assert.equal(mentions.length, putin.mentions);
      assert.ok(mentions.every(m => m.uri.startsWith(`${ws.rootUri}/seeds/`)));
      assert.equal(await client.request(MENTIONS_REQUEST, { folder: people.folder, id: putin.id, name: 'Somebody Else' }), null, 'a stale row finds nothing');

      const claims = await client.request<ClaimsResult>(CLAIMS_REQUEST, { uri: ws.draftUri });
      assert.equal(claims.version, 1);
      assert.deepEqual(claims.claims.map(c => [c.range.start.line, c.status]), [[2, 'error'], [4, 'unsupported'], [6, 'supported']]);
      assert.match(claims.claims[0].findings[0].message, /70 persen/);
      assert.equal(claims.claims[1].findings[0].code, 'unknown-entity');
      assert.match(claims.claims[2].support?.place ?? '', /^seeds\/004_b5881bf3274fa01a\.txt ¶\d+$/);
      assert.equal(await client.request(CLAIMS_REQUEST, { uri: `${ws.rootUri}/not-open.md` }), null);
    } finally { await client.shutdown(); removeWorkspace(ws); }
  });
});
