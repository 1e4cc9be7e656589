import * as assert from 'node:assert/strict';
import { LspClient } from './lsp-client';
import { makeWorkspace, removeWorkspace, Workspace } from '../workspace';
import { SAMPLE_LINES } from './sample-draft';

// Settings are asked of the client once per document and kept until the client says they changed: a hover must
// not wait for a round trip to the client (each one waits behind a running check's slices), and a change must
// still take effect at once.

describe('settings kept per document over LSP', function () {
  this.timeout(30000);
  let ws: Workspace;
  let client: LspClient;
  const config: Record<string, unknown> = { debounceMs: 0 };
  const asked: string[] = [];
  const registered: any[] = [];

  before(async () => {
    ws = makeWorkspace(SAMPLE_LINES.join('\n'));
    client = new LspClient({
      'workspace/configuration': (p: any) => p.items.map((item: any) => { asked.push(item.scopeUri); return config; }),
      'client/registerCapability': (p: any) => { registered.push(...p.registrations); return null; },
    });
    await client.request('initialize', {
      processId: process.pid, rootUri: ws.rootUri,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { hover: { contentFormat: ['markdown'] } } },
    });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri: ws.draftUri, languageId: 'markdown', version: 1, text: SAMPLE_LINES.join('\n') } });
    await client.waitFor('textDocument/publishDiagnostics', p => p.uri === ws.draftUri && p.version === 1);
  });
  after(async () => { await client.shutdown(); removeWorkspace(ws); });

  it('registers for changes of the sumber section', () => {
    const change = registered.find(r => r.method === 'workspace/didChangeConfiguration');
    assert.ok(change, 'a registration for workspace/didChangeConfiguration');
    assert.equal(change.registerOptions?.section, 'sumber');
  });

  it('answers hovers without asking the client for the settings again', async () => {
    const before = asked.length;
    for (let i = 0; i < 5; i++) {
      const hover = await client.request('textDocument/hover', { textDocument: { uri: ws.draftUri }, position: { line: 2, character: 3 } });
      assert.match(hover.contents.value, /Antony Blinken/);
    }
    assert.equal(asked.length, before, `the hovers asked for settings ${asked.length - before} times`);
  });

  it('asks again after the client says the settings changed, and the new ones apply', async () => {
    const codes = (d: any[]) => d.map(x => x.code);
    const first = client.notifications.filter(n => n.method === 'textDocument/publishDiagnostics' && n.params.uri === ws.draftUri).at(-1)!;
    const code = codes(first.params.diagnostics)[0];
    assert.ok(code, 'the sample draft has a finding to turn off');
    const before = asked.length;
    config.severity = { [code]: 'off' };
    const next = client.waitForNext('textDocument/publishDiagnostics', p => p.uri === ws.draftUri);
    client.notify('workspace/didChangeConfiguration', { settings: null });
    assert.ok(!codes((await next).diagnostics).includes(code), `${code} is still reported after it was turned off`);
    assert.ok(asked.length > before, 'the settings were not asked again');
  });
});
