import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type { Message } from 'vscode-languageserver/node';
import { DirectMessageReader, DirectMessageWriter } from '../../server/src/stdio-transport';
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

function frame(message: unknown, extraHeader = ''): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n${extraHeader}\r\n`, 'ascii'), body]);
}

describe('the stdio message reader', () => {
  it('hands on each message within the read that completes it, however the bytes are cut', () => {
    const messages = [
      { jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: { text: 'Xi Jinping — “Presiden Tiongkok” 🇨🇳' } },
      { jsonrpc: '2.0', method: 'textDocument/didChange', params: { text: 'é'.repeat(70_000) } },
      { jsonrpc: '2.0', id: 2, method: 'shutdown' },
    ];
    const frames = [frame(messages[0]), frame(messages[1], 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n'), frame(messages[2])];
    const bytes = Buffer.concat(frames), ends = [frames[0].length, frames[0].length + frames[1].length, bytes.length];
    // Cut at every byte of a multi-byte character and of a header, and in large pieces.
    for (const size of [1, 3, 7, 4096, bytes.length]) {
      const stream = new PassThrough(), reader = new DirectMessageReader(stream), got: unknown[] = [];
      reader.listen(m => got.push(m));
      let wrote = 0;
      for (let at = 0; at < bytes.length; at += size) {
        stream.emit('data', bytes.subarray(at, at + size));
        wrote = Math.min(bytes.length, at + size);
        // Delivered as soon as the message's last byte is in: nothing waits for a later turn.
        assert.equal(got.length, ends.filter(end => end <= wrote).length, `pieces of ${size}, ${wrote} bytes read`);
      }
      assert.deepEqual(got, messages);
    }
  });

  it('reports a body that is not JSON or a header without a length, and reads on', () => {
    const stream = new PassThrough(), reader = new DirectMessageReader(stream), got: unknown[] = [], errors: unknown[] = [];
    reader.onError(e => errors.push(e));
    reader.listen(m => got.push(m));
    const broken = Buffer.from('Content-Length: 5\r\n\r\n{oops', 'ascii'), headless = Buffer.from('X-Nothing: 1\r\n\r\n', 'ascii');
    stream.emit('data', Buffer.concat([broken, headless, frame({ jsonrpc: '2.0', id: 7, result: null })]));
    assert.equal(errors.length, 2);
    assert.deepEqual(got, [{ jsonrpc: '2.0', id: 7, result: null }]);
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
