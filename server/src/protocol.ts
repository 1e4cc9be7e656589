// The messages Sumber adds to LSP, shared by the server and the VS Code client so both sides agree on names and
// shapes. Plain types and strings only: the client bundles this file without pulling in the server.

/** Server → client notification: the corpus state, for the language status item. */
export const STATUS_NOTIFICATION = 'sumber/status';

/** Client → server request: re-index every corpus; answers `{ documents }`. */
export const REINDEX_REQUEST = 'sumber/reindex';

export type IndexState = 'indexing' | 'ready' | 'empty' | 'error';

export interface StatusParams {
  state: IndexState;
  documents: number;
  sentences: number;
  entities: number;
  quotes: number;
  /** Corpus files that could not be read, with the reason. */
  skipped: string[];
  /** A sentence for a person, e.g. "5 documents indexed." */
  message: string;
}
