import { Console } from 'node:console';
import { AbstractMessageReader, AbstractMessageWriter, Connection, createConnection, DataCallback, Disposable, IPCMessageReader, IPCMessageWriter, Message, MessageReader, MessageWriter, ProposedFeatures } from 'vscode-languageserver/node';

// The transport over standard input and output (`sumber lsp --stdio`, as Neovim and other editors start it).
//
// The library's stream writer takes a lock through setImmediate for each message and waits for the header's write
// to complete before it writes the body: a response then waits two or three turns of the event loop, and while a
// check runs each turn comes after one of its slices (a hover during a check took 10-30 ms, nearly all of it
// there). This writer hands each message to the stream in one call at once; a stream keeps the order of its
// writes, so no lock is needed. The editor's own transport (IPC) writes at once already.
//
// The library's stream reader, likewise, hands each message on through a lock taken with setImmediate and two awaits:
// while a check ran, a hover's bytes were read at once but the message reached the server a slice or two later
// (at 10 MB of sources, 5-8 ms after its bytes). This reader hands each message on as its last byte is read.

export class DirectMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (err: Error) => this.fireError(err));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    const frame = Buffer.concat([Buffer.from(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii'), body]);
    return new Promise((resolve, reject) => {
      this.out.write(frame, err => {
        if (!err) return resolve();
        this.fireError(err, msg, ++this.errors);
        reject(err);
      });
    });
  }

  end(): void {
    this.out.end();
  }
}

/** The longest header block taken before a blank line: past it, the input is not the protocol. */
const MAX_HEADER_BYTES = 8 * 1024;

export class DirectMessageReader extends AbstractMessageReader implements MessageReader {
  /** Bytes read and not yet handed on, as read (joined only when a header or a whole body is there). */
  private chunks: Buffer[] = [];
  private size = 0;
  /** The body length the last header announced, or -1 while a header is awaited. */
  private bodyLength = -1;

  constructor(private readonly input: NodeJS.ReadableStream) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer | string) => this.take(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, callback);
    const onError = (err: Error) => this.fireError(err);
    const onClose = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('close', onClose);
    return Disposable.create(() => {
      this.input.off('data', onData);
      this.input.off('error', onError);
      this.input.off('close', onClose);
    });
  }

  private take(chunk: Buffer, callback: DataCallback): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    for (;;) {
      if (this.bodyLength < 0 && !this.readHeader()) return;
      if (this.size < this.bodyLength) return;
      const all = this.joined(), body = all.subarray(0, this.bodyLength);
      this.rest(all.subarray(this.bodyLength));
      this.bodyLength = -1;
      try {
        callback(JSON.parse(body.toString('utf8')) as Message);
      } catch (err) {
        // A body that is not JSON (or a handler that threw) is reported; the messages after it are still read.
        this.fireError(err);
      }
    }
  }

  /** Reads a header block if a whole one is there: true once the body's length is known. */
  private readHeader(): boolean {
    const all = this.joined(), end = all.indexOf('\r\n\r\n');
    if (end < 0) {
      if (all.length > MAX_HEADER_BYTES) { this.rest(Buffer.alloc(0)); this.fireError(new Error('a message header without an end')); }
      return false;
    }
    const header = all.subarray(0, end).toString('ascii');
    this.rest(all.subarray(end + 4));
    const length = /(?:^|\r\n)content-length: *(\d+) *(?:\r\n|$)/i.exec(header);
    if (!length) {
      this.fireError(new Error(`a message header without a Content-Length: ${header.slice(0, 200)}`));
      return this.readHeader();
    }
    this.bodyLength = Number(length[1]);
    return true;
  }

  private joined(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0]!;
  }

  private rest(bytes: Buffer): void {
    this.chunks = [bytes];
    this.size = bytes.length;
  }
}

/**
 * Reader and writer over the process's standard streams, and the exit when the client closes its end: the exit code
 * says whether `shutdown` came first, as the protocol asks (the library does this only for the streams it opens).
 */
export function stdioTransport(shutDown: () => boolean, arrived: () => void = () => undefined): [MessageReader, MessageWriter] {
  const leave = () => process.exit(shutDown() ? 0 : 1);
  process.stdin.on('end', leave);
  process.stdin.on('close', leave);
  return [noticing(new DirectMessageReader(process.stdin), arrived), new DirectMessageWriter(process.stdout)];
}

/**
 * A reader that calls `arrived` as each message is read, before the library queues it for its handler (a turn of
 * the event loop later). Background work that resumes in that turn then sees the client active and waits
 * (foreground.ts); told only by the handler, one of its slices ran first: right after a warm start at 10 MB, a
 * hover waited 2-17 ms there between being read and being handled.
 */
export function noticing(reader: MessageReader, arrived: () => void): MessageReader {
  const listen = reader.listen.bind(reader);
  reader.listen = callback => listen(message => { arrived(); callback(message); });
  return reader;
}

/**
 * The server's connection: over standard input and output, with this file's writer, when started with --stdio;
 * otherwise as the library finds it (IPC from VS Code, a socket). A stray console.log from any module would corrupt
 * a stdio stream: every console method writes to stderr, and the log's own ones go to the client's log.
 */
export function openConnection(shutDown: () => boolean, arrived: () => void = () => undefined): Connection {
  // The editor's client starts the server with --node-ipc: the library's own choice of transport then, but with a
  // reader that says when each message arrives. Other transports (--socket, --pipe) are left to the library.
  const raw = process.argv.includes('--stdio')
    ? createConnection(ProposedFeatures.all, ...stdioTransport(shutDown, arrived))
    : process.argv.includes('--node-ipc')
      ? createConnection(ProposedFeatures.all, noticing(new IPCMessageReader(process), arrived), new IPCMessageWriter(process))
      : createConnection(ProposedFeatures.all);
  globalThis.console = new Console(process.stderr, process.stderr);
  console.log = (...a: unknown[]) => raw.console.log(a.map(String).join(' '));
  console.info = console.debug = console.log;
  return raw;
}
