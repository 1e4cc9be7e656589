import { Connection, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

// LSP manners and a server that stays up. The protocol library answers whatever it is asked, whenever: before
// `initialize`, after `shutdown`, and an exception in an async notification handler becomes an unhandled
// rejection that kills the process (the client then restarts it a few times and gives up). Every handler is
// registered through `guard`, which answers requests with the error codes the specification names and keeps a
// failing handler from taking the server down.

type Phase = 'new' | 'running' | 'shutdown';

/** Registration methods whose handlers answer requests; every other `on…` registers a notification handler. */
const REQUESTS = new Set([
  'onHover', 'onDefinition', 'onReferences', 'onCodeAction', 'onCodeLens', 'onInlayHint', 'onDocumentSymbol',
  'onWorkspaceSymbol', 'onCompletion', 'onExecuteCommand', 'onWillSaveTextDocumentWaitUntil', 'onRequest',
]);
/** Handlers the lifecycle itself needs in every phase. */
const UNGUARDED = new Set(['onInitialize', 'onShutdown', 'onExit', 'onProgress', 'listen', 'onDispose']);

export class Lifecycle {
  private phase: Phase = 'new';
  /** Told of every request and notification the client sends (the background waits for a quiet moment). */
  private activity: () => void = () => undefined;

  constructor(private readonly report: (message: string) => void) {}

  /** Calls `listener` whenever a request or notification comes in. */
  onActivity(listener: () => void): void {
    this.activity = listener;
  }

  get running(): boolean {
    return this.phase === 'running';
  }

  initialized(): void {
    if (this.phase === 'new') this.phase = 'running';
  }

  shutDown(): void {
    this.phase = 'shutdown';
  }

  /** The error a request gets in the current phase, or undefined when it may run. */
  private refusal(): ResponseError<void> | undefined {
    if (this.phase === 'new') return new ResponseError(ErrorCodes.ServerNotInitialized, 'The server has not been initialized.');
    if (this.phase === 'shutdown') return new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down.');
    return undefined;
  }

  /** A request handler that is refused outside the running phase and never throws past the protocol. */
  request<A extends unknown[], R>(name: string, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R | ResponseError<void>> {
    return async (...args: A) => {
      this.activity();
      const refused = this.refusal();
      if (refused) return refused;
      try {
        return await handler(...args);
      } catch (err) {
        if (isCancellation(err)) return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
        this.report(`${name} failed: ${describe(err)}`);
        return new ResponseError(ErrorCodes.InternalError, `${name} failed: ${describe(err)}`);
      }
    };
  }

  /** A notification handler that is dropped before initialisation and after shutdown, and never throws. */
  notification<A extends unknown[]>(name: string, handler: (...args: A) => unknown): (...args: A) => void {
    return (...args: A) => {
      this.activity();
      if (this.phase !== 'running') return;
      this.run(name, () => handler(...args));
    };
  }

  /** Runs work (a timer, a watcher callback) so that neither a throw nor a rejection escapes. */
  run(name: string, work: () => unknown): void {
    try {
      const r = work();
      if (r && typeof (r as Promise<unknown>).then === 'function') {
        (r as Promise<unknown>).then(undefined, err => { if (!isCancellation(err)) this.report(`${name} failed: ${describe(err)}`); });
      }
    } catch (err) {
      if (!isCancellation(err)) this.report(`${name} failed: ${describe(err)}`);
    }
  }

  /**
   * The connection as the rest of the server sees it: every `on…` registration goes through `request` or
   * `notification`. TextDocuments.listen takes it too, so document sync obeys the same phases.
   */
  guard(connection: Connection): Connection {
    return new Proxy(connection, {
      get: (target, prop, receiver) => {
        const value = Reflect.get(target, prop, receiver);
        if (typeof prop !== 'string' || typeof value !== 'function' || !prop.startsWith('on') || UNGUARDED.has(prop)) {
          return typeof value === 'function' ? value.bind(target) : value;
        }
        return (...args: unknown[]) => {
          const i = args.findIndex(a => typeof a === 'function');
          if (i < 0) return value.apply(target, args);
          const label = typeof args[0] === 'string' ? `${prop} ${args[0]}` : prop;
          const h = args[i] as (...a: unknown[]) => unknown;
          args[i] = REQUESTS.has(prop) ? this.request(label, h) : this.notification(label, h);
          return value.apply(target, args);
        };
      },
    });
  }
}

export function isCancellation(err: unknown): boolean {
  return err instanceof Error && err.name === 'CancelledError';
}

export function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
