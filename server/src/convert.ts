import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticSeverity, Location, Range } from 'vscode-languageserver';
import { Corpus } from './core/index/corpus';
import { CoreDiagnostic, EvidenceRef, Severity } from './core/checks/types';
import { SourceLocation } from './core/features/navigation';

// The one place where core offsets become protocol positions (line + UTF-16 character). The language server
// and the CLI both go through here, so the editor and the command line report the very same ranges.

export class SourceDocuments {
  private docs = new Map<number, TextDocument>();
  constructor(readonly corpus: Corpus) {}

  get(doc: number): TextDocument {
    let d = this.docs.get(doc);
    if (!d) {
      const src = this.corpus.docs[doc];
      d = TextDocument.create(src.uri, src.format, 0, src.text);
      this.docs.set(doc, d);
    }
    return d;
  }

  location(loc: SourceLocation): Location {
    return { uri: this.corpus.docs[loc.doc].uri, range: toRange(this.get(loc.doc), loc.start, loc.end) };
  }
}

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function evidenceLocation(e: EvidenceRef, sources: SourceDocuments): Location {
  return sources.location({ doc: e.doc, start: e.start, end: e.end });
}

/** A core diagnostic as LSP sends it; fixes and an unknown name travel in `data` for the code-action handler. */
export function toLspDiagnostic(d: CoreDiagnostic, draft: TextDocument, sources: SourceDocuments): Diagnostic {
  return {
    range: toRange(draft, d.start, d.end),
    severity: LSP_SEVERITY[d.severity],
    code: d.code,
    source: 'sumber',
    message: d.message,
    // The editor already names the file of each related location; the message is the source's own words.
    relatedInformation: d.evidence.map(e => ({ location: evidenceLocation(e, sources), message: clip(e.text) })),
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
  message: string;
  evidence: Array<{ path: string; range: Range; text: string }>;
  fixes: Array<{ title: string; range: Range; newText: string }>;
}

/** The CLI's JSON form of a diagnostic: the same range as the LSP one, evidence as workspace paths. */
export function toJsonDiagnostic(d: CoreDiagnostic, draft: TextDocument, sources: SourceDocuments): JsonDiagnostic {
  const lsp = toLspDiagnostic(d, draft, sources);
  return {
    range: lsp.range,
    severity: d.severity,
    code: d.code,
    message: d.message,
    evidence: d.evidence.map(e => ({ path: e.label, range: toRange(sources.get(e.doc), e.start, e.end), text: e.text })),
    fixes: (lsp.data as { fixes: JsonDiagnostic['fixes'] }).fixes,
  };
}
