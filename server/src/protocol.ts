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
  /** The shared archive checked beside the folder's sources, when one is set: reached, or why not. */
  archive?: { state: 'connected' | 'unreachable'; address: string; documents?: number; message?: string };
}

/**
 * Server → client notification after each check of a draft: how many of its claims the sources back. `coverage`
 * is absent when the draft was not checked (over the size limit). `summary` is the line for a person, in the
 * findings' language: "14 of 17 claims supported · 2 errors · 1 unsupported".
 */
export const COVERAGE_NOTIFICATION = 'sumber/coverage';

export interface CoverageParams {
  uri: string;
  version: number;
  coverage?: { claims: number; supported: number; errors: number; unsupported: number; summary: string };
  /** How many findings were published for that version (the Problems panel's count for the draft). */
  findings?: number;
}

/**
 * Client-side command (VS Code: `vscode.commands`), arguments `[name, documentUri]`: appends the name to
 * `sumber.knownNames` in the settings of the document's workspace folder. Settings belong to the editor, so the
 * editor writes them; the server offers the code action only to a client that says, in its initialization
 * options, that it runs this command (`{ [KNOWN_NAME_COMMAND_OPTION]: true }`).
 */
export const ADD_KNOWN_NAME_COMMAND = 'sumber.addKnownName';
export const KNOWN_NAME_COMMAND_OPTION = 'addKnownNameCommand';

/**
 * Initialization option: the editor's display language (VS Code's `vscode.env.language`, "id" or "en" …). What
 * belongs to no draft (indexing progress, skipped files, notices) is said in it unless `sumber.messageLanguage`
 * names a language; without it the server speaks English.
 */
export const DISPLAY_LANGUAGE_OPTION = 'displayLanguage';

/**
 * Server-side command (workspace/executeCommand), arguments `[uri, range]`: shows a source with the range selected,
 * through window/showDocument. The lens on a supported sentence runs it, so any client that shows documents for
 * the server can open the passage, with nothing of its own to register.
 */
export const SHOW_SOURCE_COMMAND = 'sumber.showSource';

/**
 * A web page, Word file or PDF source is read as the text extracted from it, so evidence and go-to-source
 * positions refer to that text, not to the file. The editor shows it as a read-only document of this scheme,
 * whose content the client asks the server for with SOURCE_TEXT_REQUEST `{ uri }` (the original file's uri); the
 * answer is `{ text }`, or null when no corpus holds that source. A PDF's text has a line where each page begins.
 */
export const SOURCE_SCHEME = 'sumber-source';
export const SOURCE_TEXT_REQUEST = 'sumber/sourceText';

/** The virtual document of an extracted source: its path with ".txt" (so it opens as text), the original in the query. */
export function extractedSourceUri(originalUri: string): string {
  const pathPart = originalUri.replace(/^[a-z][\w+.-]*:(?:\/\/[^/]*)?/i, '').replace(/[?#].*$/, '');
  return `${SOURCE_SCHEME}:${pathPart}.txt?${encodeURIComponent(originalUri)}`;
}

/** The original file's uri from a virtual document's query. */
export function originalOfExtracted(query: string): string {
  return decodeURIComponent(query);
}

// ── The Sumber view ─────────────────────────────────────────────────────────────────────────────
// Client → server requests behind the VS Code client's activity bar view (server/src/view.ts answers them from
// the core's lists). The client asks again when a corpus is indexed (`sumber/status`) or a draft checked
// (`sumber/coverage`), so nothing here is pushed.

export interface ViewRange { start: { line: number; character: number }; end: { line: number; character: number } }

/** `{}` → SourcesResult: every workspace folder's indexed sources, and the files it skipped with why. */
export const SOURCES_REQUEST = 'sumber/sources';

export interface SourcesResult {
  folders: Array<{
    /** The folder's name, for a workspace of several. */
    name: string;
    /**
     * `uri` is what opens: the file, or the view of the text extracted from a web page, Word file or PDF. Such a
     * file may name itself: `headline`, `date` (the day) and `credit` (“Headline” (Byline, date), as evidence says).
     */
    sources: Array<{ uri: string; label: string; sentences: number; quotes: number; names: number; headline?: string; date?: string; credit?: string }>;
    /** `reason` completes the file's name ("is a binary file"), in the editor's language (see DISPLAY_LANGUAGE_OPTION). */
    skipped: Array<{ uri: string; label: string; reason: string }>;
  }>;
}

/** `{ uri? }` → PeopleResult: the people and organisations of the corpus a draft (or the first folder) is checked against. */
export const PEOPLE_REQUEST = 'sumber/people';

export interface PeopleResult {
  /** The folder the list is of, for MENTIONS_REQUEST. */
  folder: string;
  entries: Array<{ id: number; name: string; kind: 'person' | 'organization'; mentions: number; documents: number; role?: string }>;
  /** How many there are in all (the list holds the most mentioned). */
  total: number;
}

/** `{ folder, id, name }` → Array<{ uri, range }>, the full name's first mention first; null when the list is stale. */
export const MENTIONS_REQUEST = 'sumber/mentions';

/** `{ uri }` → ClaimsResult, or null for a draft not checked yet: its claims as its last check found them. */
export const CLAIMS_REQUEST = 'sumber/claims';

export interface ClaimsResult {
  uri: string;
  /** The draft's version that was checked; ranges are in that version's text. */
  version: number;
  claims: Array<{
    range: ViewRange;
    status: 'supported' | 'error' | 'unsupported' | 'notice';
    text: string;
    findings: Array<{ code: string; severity: 'error' | 'warning' | 'information' | 'hint'; message: string }>;
    /** For a supported claim: where its passage stands ("vote.md ¶3") and the passage itself. */
    support?: { place: string; passage: string };
  }>;
}
