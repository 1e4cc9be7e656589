import { AbstractMessageWriter, Message, MessageReader, MessageWriter, StreamMessageReader } from 'vscode-languageserver/node';

// The transport over standard input and output (`sumber lsp --stdio`, as Neovim and other editors start it).
//
// The library's stream writer takes a lock through setImmediate for each message and waits for the header's write
// to complete before it writes the body: a response then waits two or three turns of the event loop, and while a
// check runs each turn comes after one of its slices (a hover during a check took 10-30 ms, nearly all of it
// there). This writer hands each message to the stream in one call at once; a stream keeps the order of its
// writes, so no lock is needed. The editor's own transport (IPC) writes at once already.

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

/**
 * Reader and writer over the process's standard streams, and the exit when the client closes its end: the exit code
 * says whether `shutdown` came first, as the protocol asks (the library does this only for the streams it opens).
 */
export function stdioTransport(shutDown: () => boolean): [MessageReader, MessageWriter] {
  const leave = () => process.exit(shutDown() ? 0 : 1);
  process.stdin.on('end', leave);
  process.stdin.on('close', leave);
  return [new StreamMessageReader(process.stdin), new DirectMessageWriter(process.stdout)];
}
