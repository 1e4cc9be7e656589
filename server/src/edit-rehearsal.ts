import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocFacts, TextFormat } from './core/facts/analyze';
import { CancellationToken, throwIfCancelled } from './core/cancellation';
import { Analysed, formatOfDocument, TokenSource } from './draft-analyses';
import { FolderCorpus } from './folders';
import { describe, isCancellation } from './lifecycle';
import type { ServerContext } from './server';
import type { Settings } from './settings';

// A writer's first edit of a draft took far longer than the later ones. With twenty writers' servers on a shared
// archive, all editing in the same moment once a second, first edits took 685-849 ms (p50, seven runs) against
// 216-269 ms for the later ones, and were most of the slowest edits. Once a draft's first check is published, the
// server rehearses an edit in the background: the draft with a letter typed into a word of one of its sentences,
// analysed through a copy of the draft's memo and checked: first edits then took 399-673 ms (nine runs). The same
// rehearsal on a sample of the corpus before the server is ready did not help, so what it warms belongs to the
// draft's own work in that server; which part (compiled code, the heap's growth) was not told apart. The rehearsal's analysis is kept nowhere; its sentence's result joins
// the sentence cache like any sentence checked ahead.

/** Letters a word needs before a letter is typed into it. */
const MIN_WORD = 4;

/**
 * The draft's text with a letter typed inside a word of its middle sentence (or the nearest one after it that has
 * such a word), so that one sentence is new and every sentence after it moves; undefined for a draft without one.
 */
export function rehearsalEdit(facts: DocFacts): string | undefined {
  const n = facts.sentences.length, word = new RegExp(`\\p{L}{${MIN_WORD},}`, 'u');
  for (let k = 0; k < n; k++) {
    const s = facts.sentences[(Math.floor(n / 2) + k) % n];
    const m = word.exec(facts.text.slice(s.start, s.end));
    if (!m) continue;
    const at = s.start + m.index + 2;
    return facts.text.slice(0, at) + facts.text[at] + facts.text.slice(at);
  }
  return undefined;
}

/** What a rehearsal needs of the server. */
export interface Rehearsing extends Pick<ServerContext, 'foreground' | 'documents' | 'connection'> {
  /** The analysis a text would get as the draft's next version, kept nowhere (DraftAnalyses.rehearse). */
  rehearse(uri: string, folder: FolderCorpus, text: string, format: TextFormat, between: () => Promise<void>, token: CancellationToken): Promise<DocFacts | undefined>;
  /** Checks an analysis into the folder's sentence cache (Drafts.checkAhead). */
  checkAhead(folder: FolderCorpus, facts: DocFacts, settings: Settings, token?: CancellationToken, between?: () => Promise<void>): Promise<void>;
}

/**
 * Rehearses an edit of a draft just checked for the first time, in the background: it holds still while foreground
 * work runs, and stops once the draft changes (the writer's own edit then did the work).
 */
export function rehearseEdit(ctx: Rehearsing, doc: TextDocument, analysed: Analysed, settings: Settings): void {
  const text = rehearsalEdit(analysed.facts);
  if (!text) return;
  // The document object is updated in place by later edits: the version to compare is the one checked.
  const token = new TokenSource(), started = Date.now(), uri = doc.uri, version = doc.version, format = formatOfDocument(doc);
  const between = async () => {
    await ctx.foreground.pause();
    if (ctx.documents.get(uri)?.version !== version) token.cancel();
  };
  void (async () => {
    await between();
    throwIfCancelled(token);
    const facts = await ctx.rehearse(uri, analysed.folder, text, format, between, token);
    if (facts) await ctx.checkAhead(analysed.folder, facts, settings, token, between);
    ctx.connection.console.log(`sumber: rehearsed an edit of ${uri} in ${Date.now() - started} ms`);
  })().catch(err => { if (!isCancellation(err)) ctx.connection.console.log(`sumber: rehearsing an edit failed: ${describe(err)}`); });
}
