import { CodeAction, CodeActionKind, CodeLens, Hover, MarkupKind, Range, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SupportedClaim } from './core/checks/types';
import { citationEdits, isCited, supportHover } from './core/features/support';
import { say } from './core/messages/catalogue';
import { Lang } from './core/types';
import { SourceDocuments, toRange } from './convert';
import { formatOfDocument, SupportedIn } from './drafts';
import { SHOW_SOURCE_COMMAND } from './protocol';
import type { ServerContext } from './server';

// What backs each supported sentence, three ways: a lens over it that says where the passage stands and opens it
// ("↗ vote.md ¶3"; `sumber.showSupport` turns the lenses off), a hover with the passage itself, and the code action
// "Insert citation" that keeps it in the draft as a footnote. All three read the supported claims the last check
// found (Drafts.supported), so they agree with the diagnostics and cost no check of their own.

/**
 * How long a lens request waits for the check of the draft's version. Long enough for a new window's cold start:
 * answered empty after 5 s, the lenses of a draft whose first check took 8-9 s depended on VS Code asking again
 * after the refresh that follows the check, and in the onboarding test it sometimes never did (no lens drawn in
 * 60 s). Waiting costs nothing else: other requests are answered meanwhile, and an edit cancels the request.
 */
const LENS_WAIT_MS = 60_000;

/** "seeds/vote.md ¶3" (or "report.pdf p. 2 ¶3"); `short` names the file alone, as a lens has room for. */
export function placeOf(sources: SourceDocuments, claim: SupportedClaim, lang: Lang, short: boolean): string {
  const e = claim.evidence;
  const where = sources.paragraphOf(e.doc, e.start);
  const file = short ? e.label.split(/[\\/]/).pop() ?? e.label : e.label;
  return where.page !== undefined
    ? say(lang, 'support.place-page', { file, page: where.page, paragraph: where.paragraph })
    : say(lang, 'support.place', { file, paragraph: where.paragraph });
}

export function passageLocation(sources: SourceDocuments, claim: SupportedClaim): { uri: string; range: Range } {
  return sources.location({ doc: claim.evidence.doc, start: claim.evidence.start, end: claim.evidence.end });
}

export function registerSupport(ctx: ServerContext): void {
  const { connection, documents, drafts } = ctx;

  connection.onCodeLens(async (params): Promise<CodeLens[]> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || ctx.folders.isCorpusFile(doc.uri)) return [];
    // A check still running after the wait: no lenses yet rather than some of a line's, which VS Code may keep when
    // the refresh that follows the check adds the rest (see Drafts.whenChecked).
    if (!(await drafts.whenChecked(doc, LENS_WAIT_MS))) return [];
    const found = await drafts.supported(doc);
    if (!found?.settings.showSupport) return [];
    const sources = drafts.sourcesOf(found.folder);
    return found.claims.map(claim => {
      const at = passageLocation(sources, claim);
      return {
        range: toRange(doc, claim.start, claim.end),
        command: { title: `↗ ${placeOf(sources, claim, found.lang, true)}`, tooltip: say(found.lang, 'support.open'), command: SHOW_SOURCE_COMMAND, arguments: [at.uri, at.range] },
      };
    });
  });

  // The lens's command: the server asks the client to show the passage, selected (window/showDocument).
  connection.onExecuteCommand(async (params): Promise<void> => {
    if (params.command !== SHOW_SOURCE_COMMAND) return;
    const [uri, selection] = params.arguments ?? [];
    if (typeof uri !== 'string' || !isRange(selection)) return;
    await connection.window.showDocument({ uri, selection, takeFocus: true });
  });
}

function isRange(r: unknown): r is Range {
  const pos = (p: unknown) => !!p && typeof p === 'object' && Number.isInteger((p as { line?: unknown }).line) && Number.isInteger((p as { character?: unknown }).character);
  return !!r && typeof r === 'object' && pos((r as Range).start) && pos((r as Range).end);
}

/** The hover on a supported sentence (not on a name: that hover is features.ts's), or null; `found` as Drafts gives it. */
export function supportHoverAt(ctx: ServerContext, doc: TextDocument, offset: number, found: SupportedIn): Hover | null {
  const claim = found.claims.find(c => c.start <= offset && offset <= c.end);
  if (!claim) return null;
  const sources = ctx.drafts.sourcesOf(found.folder);
  const at = passageLocation(sources, claim);
  const link = `${at.uri}#L${at.range.start.line + 1},${at.range.start.character + 1}`;
  const hover = supportHover(claim, placeOf(sources, claim, found.lang, false), link, found.lang);
  return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(doc, hover.start, hover.end) };
}

/**
 * "Insert citation" for the supported sentence at the start of `range` (the cursor), unless a note mark already
 * follows it: a footnote in Markdown, a bracketed reference in plain text (core/features/support.ts).
 */
export async function citationActions(ctx: ServerContext, doc: TextDocument, range: Range): Promise<CodeAction[]> {
  const at = doc.offsetAt(range.start);
  const found = await ctx.drafts.supported(doc, { start: at, end: at });
  const claim = found?.claims.find(c => c.start <= at && at <= c.end);
  const markdown = formatOfDocument(doc) === 'markdown';
  const text = doc.getText();
  if (!found || !claim || isCited(text, claim.end, markdown)) return [];
  const sources = ctx.drafts.sourcesOf(found.folder);
  const edits = citationEdits(text, claim, { place: placeOf(sources, claim, found.lang, false), passage: claim.evidence.text }, markdown);
  return [{
    title: say(found.lang, 'action.cite', { place: placeOf(sources, claim, found.lang, true) }),
    kind: CodeActionKind.QuickFix,
    edit: { changes: { [doc.uri]: edits.map(e => TextEdit.replace(toRange(doc, e.start, e.end), e.newText)) } },
  }];
}
