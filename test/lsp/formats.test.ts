import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { LspClient } from './lsp-client';
import { SOURCES_REQUEST, SourcesResult } from '../../server/src/protocol';
import { FORMAT_FIXTURES, makeWorkspace, removeWorkspace, Workspace } from '../workspace';

// In the editor, a Word or web page source opens as the read-only text Sumber extracted from it (the
// `sumber-source:` documents the client serves through `sumber/sourceText`): go-to-source and evidence land in
// that text, where the positions hold, and the virtual document names the original file.

// Two drafts, one per language (a draft's language decides its stemming and stopwords).
const DRAFT = '“The new terminal will open in 2027 and it will double our capacity,” said Martin Okafor.\n';
const DRAFT_ID = 'Banjir merendam sedikitnya 2.100 rumah di Kecamatan Bekasi Timur pada Selasa.\n';

describe('language server with web page and Word sources', function () {
  this.timeout(30000);
  let ws: Workspace;
  let client: LspClient;
  before(async () => {
    ws = makeWorkspace(DRAFT, 'draft.md', FORMAT_FIXTURES);
    client = new LspClient({ 'workspace/configuration': (p: any) => p.items.map(() => ({ indexCache: false })) });
    await client.request('initialize', { processId: process.pid, rootUri: ws.rootUri, workspaceFolders: null, capabilities: { workspace: { configuration: true } } });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: DRAFT } });
    client.notify('textDocument/didOpen', { textDocument: { uri: idUri(), languageId: 'markdown', version: 1, text: DRAFT_ID } });
  });
  const idUri = () => `${ws.rootUri}/draft-id.md`;
  after(async () => { await client.shutdown(); removeWorkspace(ws); });

  const sourceText = async (uri: string): Promise<string> => {
    assert.match(uri, /^sumber-source:/);
    const original = decodeURIComponent(uri.slice(uri.indexOf('?') + 1));
    const answer = await client.request<{ text: string } | null>('sumber/sourceText', { uri: original });
    assert.ok(answer, `no text for ${original}`);
    return answer.text;
  };
  const at = (text: string, range: any) => {
    const lines = text.split('\n');
    assert.equal(range.start.line, range.end.line);
    return lines[range.start.line].slice(range.start.character, range.end.character);
  };

  it('goes from a quote to the answer in the extracted transcript', async () => {
    const locs = await client.request<any[]>('textDocument/definition', { textDocument: { uri: ws.draftUri }, position: { line: 0, character: 10 } });
    const target = locs.find(l => l.uri.includes('harbour-interview.docx'));
    assert.ok(target, JSON.stringify(locs));
    assert.match(target.uri, /^sumber-source:.*\/seeds\/harbour-interview\.docx\.txt\?file%3A/);
    assert.match(at(await sourceText(target.uri), target.range), /^The new terminal will open in 2027/);
  });

  it('points evidence at the extracted text of the right file', async () => {
    const { diagnostics: found } = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === idUri() && p.diagnostics.length > 0);
    const number = found.find((d: any) => d.code === 'number-mismatch');
    const evidence = number.relatedInformation[0].location;
    assert.match(evidence.uri, /banjir-bekasi\.html\.txt\?/);
    // The view opens with the page's byline and day; the words still land where the evidence points.
    const view = await sourceText(evidence.uri);
    assert.match(view, /^By: Rina Wulandari\nDate: 2024-03-05\n/);
    assert.equal(at(view, evidence.range), '1.200');
    // The related information names the article as the CLI's evidence line does.
    assert.equal(number.relatedInformation[0].message, 'per “Banjir merendam 1.200 rumah di Bekasi Timur” (Rina Wulandari, 2024-03-05): 1.200');
    const { diagnostics } = await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.diagnostics.length > 0);
    const quote = diagnostics.find((d: any) => d.code === 'misattributed-quote');
    assert.match(quote.relatedInformation[0].location.uri, /harbour-interview\.docx\.txt\?/);
  });

  it('lists a saved page and a transcript in the Sources with their headline and day', async () => {
    const { folders } = await client.request<SourcesResult>(SOURCES_REQUEST, {});
    const byName = new Map(folders[0].sources.map(s => [s.label, s]));
    const page = byName.get('seeds/banjir-bekasi.html');
    assert.deepEqual([page?.headline, page?.date, page?.credit], ['Banjir merendam 1.200 rumah di Bekasi Timur', '2024-03-05', '“Banjir merendam 1.200 rumah di Bekasi Timur” (Rina Wulandari, 2024-03-05)']);
    assert.equal(byName.get('seeds/harbour-interview.docx')?.credit, '“Interview with the harbour director” (Lena Holm, 2024-03-12)');
  });

  it('serves extracted text only for sources of a corpus', async () => {
    assert.equal(await client.request('sumber/sourceText', { uri: ws.draftUri }), null);
    assert.equal(await client.request('sumber/sourceText', { uri: 'file:///etc/passwd' }), null);
    assert.equal(await client.request('sumber/sourceText', {}), null);
    assert.ok(fs.existsSync(ws.draft));
  });
});
