import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { Message } from 'vscode-languageserver/node';
import { DirectMessageWriter } from '../../server/src/stdio-transport';
import { LspClient } from './lsp-client';

// The stdio writer hands each message to the stream whole and at once: the frame must be exactly what the protocol
// reads (a byte count of the UTF-8 body), messages must keep their order, and a failed stream must be reported.

function frames(bytes: Buffer): unknown[] {
  const out: unknown[] = [];
  let at = 0;
  while (at < bytes.length) {
    const headerEnd = bytes.indexOf('\r\n\r\n', at);
    const length = Number(/Content-Length: (\d+)/.exec(bytes.subarray(at, headerEnd).toString('ascii'))![1]);
    out.push(JSON.parse(bytes.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')));
    at = headerEnd + 4 + length;
  }
  return out;
}

describe('the stdio message writer', () => {
  it('frames each message by its UTF-8 byte count and keeps their order, written at once', async () => {
    const stream = new PassThrough(), chunks: Buffer[] = [];
    stream.on('data', c => chunks.push(c));
    const writer = new DirectMessageWriter(stream);
    const messages = [
      { jsonrpc: '2.0', id: 1, result: { contents: 'Xi Jinping — “Presiden Tiongkok” 🇨🇳' } },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///d.md', diagnostics: [] } },
      { jsonrpc: '2.0', id: 2, result: null },
    ];
    const written = messages.map(m => writer.write(m));
    // Handed to the stream within the call: nothing waits for a later turn of the event loop.
    assert.equal(stream.writableLength + Buffer.concat(chunks).length > 0, true);
    await Promise.all(written);
    assert.deepEqual(frames(Buffer.concat(chunks)), messages);
  });

  it('reports a write to a closed stream as an error', async () => {
    const stream = new PassThrough();
    const writer = new DirectMessageWriter(stream);
    const errors: unknown[] = [];
    writer.onError(e => errors.push(e));
    stream.destroy();
    await assert.rejects(writer.write({ jsonrpc: '2.0', id: 3, result: null } as Message));
    assert.ok(errors.length >= 1);
  });
});

describe('the server over stdio when the client goes', function () {
  this.timeout(30000);
  const start = async () => {
    const client = new LspClient();
    await client.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    client.notify('initialized', {});
    return client;
  };

  it('exits with 0 after shutdown and exit', async () => {
    const client = await start();
    await client.request('shutdown', null);
    client.notify('exit', null);
    assert.equal(await client.exitCode(), 0);
  });

  it('exits with 1 when its input closes without a shutdown', async () => {
    const client = await start();
    client.closeInput();
    assert.equal(await client.exitCode(), 1);
  });
});
