import * as fs from 'node:fs';
import { Connection, DidChangeTextDocumentParams, DidOpenTextDocumentParams, TextDocumentContentChangeEvent, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { uriToPath } from './folders';

// Document sync that survives a confused client. The protocol library applies whatever `didOpen` and `didChange`
// say: a change with `range: null` or a missing version is applied wrongly or dropped without a word, and from
// then on the server's copy of the draft differs from the editor's. Here every change is validated first; a
// malformed one is logged and answered by a full re-sync: the document's text is taken again from the file on
// disk, the one copy both sides can agree on. A draft that has no file (untitled) keeps its last good text. An
// open is validated too (checkedOpen).

export function checkedSync(connection: Connection, documents: TextDocuments<TextDocument>, log: (message: string) => void): Connection {
  return new Proxy(connection, {
    get: (target, prop, receiver) => {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'onDidOpenTextDocument') return (handler: (params: DidOpenTextDocumentParams) => void) => target.onDidOpenTextDocument(params => {
        const repaired = checkedOpen(params, log);
        if (repaired) handler(repaired);
      });
      if (prop !== 'onDidChangeTextDocument') return typeof value === 'function' ? value.bind(target) : value;
      return (handler: (params: DidChangeTextDocumentParams) => void) => target.onDidChangeTextDocument(params => {
        const problem = malformed(params);
        if (!problem) return handler(params);
        const uri = typeof params?.textDocument?.uri === 'string' ? params.textDocument.uri : undefined;
        const doc = uri ? documents.get(uri) : undefined;
        log(`a malformed document change${uri ? ` for ${uri}` : ''} was ignored: ${problem}`);
        if (!doc || !uri) return;
        const text = readDisk(uri);
        const version = Number.isInteger(params.textDocument.version) ? params.textDocument.version : doc.version + 1;
        if (text === undefined) {
          log(`${uri} has no file to re-read; Sumber keeps its last good copy until the document is reopened.`);
          return;
        }
        log(`re-synchronised ${uri} from the file on disk.`);
        return handler({ textDocument: { uri, version }, contentChanges: [{ text }] });
      });
    },
  });
}

/**
 * A didOpen as the document store may take it, or undefined when it cannot. The store keeps whatever it is given,
 * so an open without text (or with a URI that is no string) became a document whose text is undefined, and
 * every later check of it threw. Without both there is nothing to check: the open is dropped and logged. A
 * missing version or language is only sloppy: version 0 and no language stand in.
 */
export function checkedOpen(params: DidOpenTextDocumentParams | undefined, log: (message: string) => void): DidOpenTextDocumentParams | undefined {
  const td = params && typeof params === 'object' ? params.textDocument : undefined;
  const uri = td && typeof td === 'object' ? td.uri : undefined;
  if (typeof uri !== 'string' || typeof td?.text !== 'string') {
    log(`a malformed document open${typeof uri === 'string' ? ` for ${uri}` : ''} was ignored: ${typeof uri === 'string' ? 'no text' : 'no document URI'}`);
    return undefined;
  }
  return { textDocument: { uri, text: td.text, version: Number.isInteger(td.version) ? td.version : 0, languageId: typeof td.languageId === 'string' ? td.languageId : '' } };
}

/** Why a didChange cannot be applied as it is, or undefined when it is well formed. */
export function malformed(params: DidChangeTextDocumentParams | undefined): string | undefined {
  if (!params || typeof params !== 'object') return 'no parameters';
  if (typeof params.textDocument?.uri !== 'string') return 'no document URI';
  if (!Number.isInteger(params.textDocument.version)) return 'no valid version';
  if (!Array.isArray(params.contentChanges)) return 'contentChanges is not a list';
  for (const change of params.contentChanges) {
    if (!change || typeof change !== 'object' || typeof change.text !== 'string') return 'a change without text';
    const c = change as { range?: unknown; rangeLength?: unknown };
    if ('range' in c && c.range !== undefined && !isRange(c.range)) return `a change with an invalid range (${JSON.stringify(c.range)})`;
    if (!TextDocumentContentChangeEvent.isIncremental(change) && !TextDocumentContentChangeEvent.isFull(change)) return 'a change that is neither incremental nor full';
  }
  return undefined;
}

function isRange(r: unknown): boolean {
  const pos = (p: unknown) => !!p && typeof p === 'object' && Number.isInteger((p as { line: unknown }).line) && (p as { line: number }).line >= 0
    && Number.isInteger((p as { character: unknown }).character) && (p as { character: number }).character >= 0;
  return !!r && typeof r === 'object' && pos((r as { start: unknown }).start) && pos((r as { end: unknown }).end);
}

function readDisk(uri: string): string | undefined {
  const file = uriToPath(uri);
  if (!file) return undefined;
  try { return fs.readFileSync(file, 'utf8'); } catch { return undefined; }
}
