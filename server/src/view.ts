import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { sourceSummaries } from './core/features/source-list';
import { mentionsOf, peopleAndOrganisations } from './core/features/people-list';
import { claimRows } from './core/features/claim-list';
import { toRange } from './convert';
import { FolderCorpus } from './folders';
import { placeOf } from './support';
import { CLAIMS_REQUEST, ClaimsResult, MENTIONS_REQUEST, PEOPLE_REQUEST, PeopleResult, SOURCES_REQUEST, SourcesResult, ViewRange } from './protocol';
import type { ServerContext } from './server';
import { reasonIn } from './core/messages/notices';

// The requests behind the Sumber view: the sources, the people and organisations, and a draft's claims. Each
// handler takes what the server already holds (the folders' corpora, the drafts' last checks), asks the core for
// the list and turns offsets into positions. None indexes or checks: a view asks often, and must never be what
// makes the server work.

/** How many people and organisations the view lists: the most mentioned, enough for a story's cast. */
const PEOPLE_SHOWN = 200;

export function registerView(ctx: ServerContext): void {
  const { connection } = ctx;

  connection.onRequest(SOURCES_REQUEST, async (): Promise<SourcesResult> => ({
    folders: await Promise.all(ctx.folders.all().map(async folder => {
      const sources = ctx.drafts.sourcesOf(folder);
      // Why a file was skipped belongs to no draft: it is said in the editor's language (or the folder's setting).
      const lang = ctx.uiLanguage(await ctx.settingsFor(pathToFileURL(folder.root).toString()));
      return {
        name: path.basename(folder.root),
        sources: sourceSummaries(folder.loaded.corpus, uri => folder.loaded.extractions?.get(uri)?.meta).map(s => ({
          uri: sources.uriOf(s.doc), label: s.label, sentences: s.sentences, quotes: s.quotes, names: s.names,
          ...(s.headline ? { headline: s.headline } : {}), ...(s.date ? { date: s.date } : {}), ...(s.credit ? { credit: s.credit } : {}),
        })),
        skipped: folder.loaded.skipped.map(s => ({ uri: pathToFileURL(path.resolve(folder.root, s.path)).toString(), label: s.path, reason: reasonIn(lang, s.reason) })),
      };
    })),
  }));

  connection.onRequest(PEOPLE_REQUEST, (params: { uri?: unknown } | null): PeopleResult | null => {
    const folder = folderOf(ctx, typeof params?.uri === 'string' ? params.uri : undefined);
    if (!folder) return null;
    return { folder: pathToFileURL(folder.root).toString(), ...peopleAndOrganisations(folder.loaded.corpus, PEOPLE_SHOWN) };
  });

  connection.onRequest(MENTIONS_REQUEST, (params: { folder?: unknown; id?: unknown; name?: unknown } | null): Array<{ uri: string; range: ViewRange }> | null => {
    const { folder: uri, id, name } = params ?? {};
    if (typeof uri !== 'string' || typeof id !== 'number' || typeof name !== 'string') return null;
    const folder = ctx.folders.all().find(f => pathToFileURL(f.root).toString() === uri);
    const found = folder && mentionsOf(folder.loaded.corpus, id, name);
    if (!folder || !found) return null;
    const sources = ctx.drafts.sourcesOf(folder);
    return found.map(m => sources.location(m));
  });

  connection.onRequest(CLAIMS_REQUEST, (params: { uri?: unknown } | null): ClaimsResult | null => {
    const uri = params?.uri;
    const checked = typeof uri === 'string' ? ctx.drafts.lastCheck(uri) : undefined;
    if (typeof uri !== 'string' || !checked) return null;
    // Positions in the text that was checked: the draft may have changed since, and its next check brings new rows.
    const doc = TextDocument.create(uri, 'markdown', checked.version, checked.text);
    const sources = ctx.drafts.sourcesOf(checked.folder);
    return {
      uri, version: checked.version,
      claims: claimRows(checked.text, checked.report).map(row => ({
        range: toRange(doc, row.start, row.end), status: row.status, text: row.text, findings: row.findings,
        ...(row.support ? { support: { place: placeOf(sources, { start: row.start, end: row.end, evidence: row.support }, checked.lang, false), passage: row.support.text } } : {}),
      })),
    };
  });
}

/** The corpus a draft is checked against, or the first folder's; only a corpus indexed already. */
function folderOf(ctx: ServerContext, uri: string | undefined): FolderCorpus | undefined {
  const root = uri ? ctx.folders.rootFor(uri) : undefined;
  return (root ? ctx.folders.get(root) : undefined) ?? ctx.folders.all()[0];
}
