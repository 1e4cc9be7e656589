import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DiagnosticSeverity, Location, Range } from 'vscode-languageserver';
import { Corpus } from './core/index/corpus';
import { CoreDiagnostic, EvidenceRef, Severity } from './core/checks/types';
import { SourceLocation } from './core/features/navigation';
import { describePlace, Extraction, paragraphAt, viewOf } from './extract';
import { extractedSourceUri } from './protocol';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsPageOf } from './core/messages/catalogue';
import { paragraphNumber, paragraphStarts } from './core/features/support';
import { evidenceNote, SourceMeta } from './core/features/source-credit';

// The one place where core offsets become protocol positions (line + UTF-16 character). The language server
// and the CLI both go through here, so the editor and the command line report the very same ranges.

export class SourceDocuments {
  private docs = new Map<number, TextDocument>();
  private paragraphs = new Map<number, number[]>();
  /** `extractions` by source uri: those sources' positions are in their extracted text, shown as a virtual document. */
  constructor(readonly corpus: Corpus, private readonly extractions: ReadonlyMap<string, Extraction> = new Map()) {}

  /** The uri a location in a source opens: the file itself, or the virtual document of an extracted source's text. */
  uriOf(doc: number): string {
    const uri = this.corpus.docs[doc].uri;
    return this.extractions.has(uri) ? extractedSourceUri(uri) : uri;
  }

  /** What an extracted source says of itself (headline, byline, date), when it says anything. */
  metaOf(doc: number): SourceMeta | undefined {
    const meta = this.extractions.get(this.corpus.docs[doc].uri)?.meta;
    return meta && (meta.headline || meta.byline || meta.date) ? meta : undefined;
  }

  /** Where an offset stands in the original of an extracted source ("paragraph 4"); undefined for a text source. */
  placeOf(doc: number, offset: number): string | undefined {
    const ex = this.extractions.get(this.corpus.docs[doc].uri);
    const p = ex && paragraphAt(ex, offset);
    return p ? describePlace(p) : undefined;
  }

  /**
   * The paragraph (and for a PDF, the page) of an offset into a source, as a reader of the original counts them:
   * an extracted source's paragraphs as extraction numbered them, a text source's as the analyser reads it.
   */
  paragraphOf(doc: number, offset: number): { page?: number; paragraph: number } {
    const ex = this.extractions.get(this.corpus.docs[doc].uri);
    const p = ex && paragraphAt(ex, offset);
    if (p) return p.page !== undefined ? { page: p.page, paragraph: p.number } : { paragraph: p.number };
    let starts = this.paragraphs.get(doc);
    if (!starts) {
      const src = this.corpus.docs[doc];
      starts = paragraphStarts(src.text, src.format === 'markdown');
      this.paragraphs.set(doc, starts);
    }
    return { paragraph: paragraphNumber(starts, offset) };
  }

  /** The document positions in a source are given in: the source's text, or the view of an extracted one. */
  get(doc: number): TextDocument {
    let d = this.docs.get(doc);
    if (!d) {
      const src = this.corpus.docs[doc];
      const ex = this.extractions.get(src.uri);
      d = TextDocument.create(src.uri, src.format, 0, ex ? viewOf(ex).text : src.text);
      this.docs.set(doc, d);
    }
    return d;
  }

  /** The range of offsets into a source's text, as positions in `get(doc)` (past a PDF view's page marks). */
  range(doc: number, start: number, end: number): Range {
    const ex = this.extractions.get(this.corpus.docs[doc].uri);
    if (!ex) return toRange(this.get(doc), start, end);
    const view = viewOf(ex);
    const from = view.offsetOf(start);
    return toRange(this.get(doc), from, Math.max(from, view.offsetOf(end, true)));
  }

  location(loc: SourceLocation): Location {
    return { uri: this.uriOf(loc.doc), range: this.range(loc.doc, loc.start, loc.end) };
  }
}

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

// The protocol's numbers, written out: the CLI converts findings too, and loading the language server's library
// for four constants cost every `sumber check` a few tens of ms.
const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

export function evidenceLocation(e: EvidenceRef, sources: SourceDocuments): Location {
  return sources.location({ doc: e.doc, start: e.start, end: e.end });
}

/**
 * A core diagnostic as LSP sends it; fixes and an unknown name travel in `data` for the code-action handler. The
 * code links to its page (codeDescription), which the editor shows as the code's link.
 */
export function toLspDiagnostic(d: CoreDiagnostic, draft: TextDocument, sources: SourceDocuments): Diagnostic {
  const codeDescription = codeDescriptionOf(d.code);
  return {
    range: toRange(draft, d.start, d.end),
    severity: LSP_SEVERITY[d.severity],
    code: d.code,
    ...(codeDescription ? { codeDescription } : {}),
    source: 'sumber',
    message: d.message,
    // The editor already names the file of each related location; the message is the source's own words, after
    // the article's headline, byline and date when it has them, as the CLI's evidence line gives them.
    relatedInformation: d.evidence.map(e => ({ location: evidenceLocation(e, sources), message: evidenceNote(clip(e.text), sources.metaOf(e.doc)) })),
    data: {
      fixes: d.fixes.map(f => ({ title: f.title, range: toRange(draft, f.start, f.end), newText: f.newText })),
      ...(d.name !== undefined ? { name: d.name } : {}),
    },
  };
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? flat.slice(0, 119) + '…' : flat;
}

export interface JsonDiagnostic {
  range: Range;
  severity: Severity;
  code: string;
  /** The page that explains the code, as in the editor. */
  codeDescription?: { href: string };
  message: string;
  /**
   * `range` is in the source's text (for a web page, Word file or PDF, the view of the extracted text); `place` is
   * where that is in the file; `source` is what the file says of itself (headline, byline, date), when anything.
   */
  evidence: Array<{ path: string; range: Range; text: string; place?: string; source?: SourceMeta }>;
  fixes: Array<{ title: string; range: Range; newText: string }>;
}

/** The CLI's JSON form of a diagnostic: the same range as the LSP one, evidence as workspace paths. */
export function toJsonDiagnostic(d: CoreDiagnostic, draft: TextDocument, sources: SourceDocuments): JsonDiagnostic {
  const lsp = toLspDiagnostic(d, draft, sources);
  return {
    range: lsp.range,
    severity: d.severity,
    code: d.code,
    ...(lsp.codeDescription ? { codeDescription: lsp.codeDescription } : {}),
    message: d.message,
    evidence: d.evidence.map(e => {
      const place = sources.placeOf(e.doc, e.start), source = sources.metaOf(e.doc);
      return { path: e.label, range: sources.range(e.doc, e.start, e.end), text: e.text, ...(place ? { place } : {}), ...(source ? { source } : {}) };
    }),
    fixes: (lsp.data as { fixes: JsonDiagnostic['fixes'] }).fixes,
  };
}

// Each finding links to the page that explains its code (docs/checks/CODE.md): the "learn more" a writer clicks
// on the code in the Problems panel. The pages ship beside the server, in the repository and in the extension
// (dist/ and docs/ are siblings; compiled tests run from out/server/src/), so the link is a file the editor opens
// wherever Sumber is installed, without a network.

let root: string | null | undefined;

/** The folder holding docs/checks/, found once by looking up from the server's own folder. */
function docsRoot(): string | undefined {
  if (root === undefined) {
    root = null;
    for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'docs', 'checks'))) { root = dir; break; }
    }
  }
  return root ?? undefined;
}

/** Each code's link, looked up once: a file-system call per finding per keystroke sat in every publish. */
const links = new Map<string, { href: string } | undefined>();

/** The link to the page of a code, when the page is there. */
export function codeDescriptionOf(code: string): { href: string } | undefined {
  if (links.has(code)) return links.get(code);
  const base = docsRoot();
  const file = base && path.join(base, docsPageOf(code));
  const link = file && fs.existsSync(file) ? { href: pathToFileURL(file).toString() } : undefined;
  links.set(code, link);
  return link;
}
