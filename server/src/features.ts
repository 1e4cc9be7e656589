import { CodeAction, CodeActionKind, Hover, Location, LocationLink, MarkupKind, TextEdit } from 'vscode-languageserver/node';
import { hoverAt } from './core/features/hover';
import { referencesAt, sourceLinksAt, SourceLocation } from './core/features/navigation';
import { toRange } from './convert';
import { ignoreEdit } from './core/features/ignore-edit';
import { CHECK_CODES } from './core/checks/types';
import { formatOfDocument } from './drafts';
import { ADD_KNOWN_NAME_COMMAND } from './protocol';
import { SOURCE_TEXT_REQUEST } from './protocol';
import { viewOf } from './extract';
import type { ServerContext } from './server';
import { readerLanguage, say } from './core/messages/catalogue';
import { detectLanguage } from './core/text/language';
import { citationActions, supportHoverAt } from './support';

// Hover, definition, references and quick fixes (with "Insert citation" from support.ts): each handler finds the document, asks the core with an
// offset, and converts offsets to positions at the edge. Every finding can be ignored (a disable comment on its
// line); an unknown name can be added to `sumber.knownNames` by a command the client runs.

interface FixData { fixes?: Array<{ title: string; range: TextEdit['range']; newText: string }>; name?: string }

const CHECKS: ReadonlySet<string> = new Set(CHECK_CODES);

export function registerFeatures(ctx: ServerContext): void {
  const { connection, documents, drafts } = ctx;

  connection.onHover(async (params): Promise<Hover | null> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || ctx.folders.isCorpusFile(doc.uri)) return null;
    // The settings once, for the analysis and the support hover both: each request to the client waits its turn
    // behind a running check's slices.
    const settings = await ctx.settingsFor(doc.uri);
    const offset = doc.offsetAt(params.position);
    // While the last keystroke's analysis is being made, a hover away from it is answered from the one before.
    const found = await drafts.factsAt(doc, settings, offset);
    if (!found) return null;
    const { analysed, at, toNow } = found;
    const { facts, folder } = analysed;
    const sources = drafts.sourcesOf(folder);
    const link = (loc: SourceLocation) => {
      const l = sources.location(loc);
      return `${l.uri}#L${l.range.start.line + 1},${l.range.start.character + 1}`;
    };
    // The dossier's own words in the findings' language: the setting's, else the draft's.
    const hover = hoverAt(folder.loaded.corpus, facts, at, link, readerLanguage(settings.check.messageLanguage, facts.lang));
    // Not on a name: on a supported sentence, the hover shows the passage that backs it (support.ts).
    if (!hover) {
      const supported = drafts.supportedOf(analysed, settings, { start: at, end: at });
      const claims = supported.claims.map(c => ({ ...c, start: toNow(c.start), end: toNow(c.end) }));
      return supportHoverAt(ctx, doc, offset, { ...supported, claims });
    }
    return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(doc, toNow(hover.start), toNow(hover.end)) };
  });

  // A client that takes links is given the source's words as the selection to reveal; others get those words' place.
  connection.onDefinition(async (params, token): Promise<Location[] | LocationLink[]> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || ctx.folders.isCorpusFile(doc.uri)) return [];
    const analysed = await drafts.facts(doc);
    if (!analysed) return [];
    const { facts, folder } = analysed;
    const sources = drafts.sourcesOf(folder);
    const links = sourceLinksAt(folder.loaded.corpus, facts, doc.offsetAt(params.position), token);
    if (!ctx.canLinkDefinitions) return links.map(l => sources.location(l.selection));
    return links.map(l => ({
      originSelectionRange: toRange(doc, l.origin.start, l.origin.end),
      targetUri: sources.uriOf(l.target.doc),
      targetRange: sources.location(l.target).range,
      targetSelectionRange: sources.location(l.selection).range,
    }));
  });

  connection.onReferences(async (params): Promise<Location[]> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const analysed = await drafts.facts(doc);
    if (!analysed) return [];
    const { facts, folder } = analysed;
    const sources = drafts.sourcesOf(folder);
    return referencesAt(folder.loaded.corpus, facts, doc.offsetAt(params.position)).map(l => sources.location(l));
  });

  // The text extracted from a web page, Word file or PDF, for the client's read-only view of it: the text that
  // evidence and go-to-source positions point into. Only sources of a corpus are served, nothing else on disk.
  connection.onRequest(SOURCE_TEXT_REQUEST, (params: { uri?: unknown } | null): { text: string } | null => {
    const uri = params?.uri;
    if (typeof uri !== 'string') return null;
    for (const folder of ctx.folders.all()) {
      const ex = folder.loaded.extractions?.get(uri);
      if (ex) return { text: viewOf(ex).text };
    }
    return null;
  });

  connection.onCodeAction(async (params): Promise<CodeAction[]> => {
    const actions: CodeAction[] = [];
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    // The titles speak the findings' language: the setting's, else the draft's (as analysed, or guessed from its text).
    const lang = readerLanguage((await ctx.settingsFor(uri)).check.messageLanguage, doc ? (await drafts.facts(doc))?.facts.lang ?? detectLanguage(doc.getText()) : 'en');
    for (const d of params.context.diagnostics) {
      if (d.source !== 'sumber') continue;
      const data = d.data as FixData | undefined;
      for (const fix of data?.fixes ?? []) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: { changes: { [uri]: [TextEdit.replace(fix.range, fix.newText)] } },
        });
      }
      if (typeof data?.name === 'string' && d.code === 'unknown-entity' && ctx.canAddKnownName) {
        const title = say(lang, 'action.known-name', { name: data.name });
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: ADD_KNOWN_NAME_COMMAND, arguments: [data.name, uri] } });
      }
      // Notices (a directive Sumber cannot read, a draft too large) are not findings a directive silences.
      if (doc && typeof d.code === 'string' && CHECKS.has(d.code)) {
        const edit = ignoreEdit(doc.getText(), formatOfDocument(doc), doc.offsetAt(d.range.start), d.code);
        actions.push({
          title: say(lang, 'action.ignore'),
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: { changes: { [uri]: [TextEdit.insert(doc.positionAt(edit.start), edit.newText)] } },
        });
      }
    }
    if (doc) actions.push(...await citationActions(ctx, doc, params.range));
    return actions;
  });
}
