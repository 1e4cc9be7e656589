import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CORPUS, formatOf, loadCorpusAsync, LoadedCorpus, readSource } from './corpus-files';
import { BuildProgress } from './core/index/corpus';
import { TextFormat } from './core/facts/analyze';
import { defaultCacheDir, IndexCache } from './index-cache';
import { analyzeDraft, DEFAULT_OPTIONS } from './core/checks/check';
import { SentenceCheckCache } from './core/checks/sentence-cache';
import { DEFAULT_MAX_DRAFT_KB, isOversized, oversizeFinding } from './core/checks/draft-limit';
import { SourceDocuments, toJsonDiagnostic, JsonDiagnostic } from './convert';
import { CheckOptions, CoreDiagnostic } from './core/checks/types';
import { Coverage, coverageOf, describeCoverage } from './core/checks/coverage';
import { readWorkspaceKnownNames } from './workspace-settings';
import type * as Server from './server';
import { formatEntities, listEntities } from './cli-entities';
import { MESSAGE_LANGUAGES, MessageLanguage, readerLanguage, say } from './core/messages/catalogue';
import { reasonIn } from './core/messages/notices';
import { Lang } from './core/types';
import { detectLanguage } from './core/text/language';
import { INGEST_GROWING_PERCENT, adaptHeapGrowth, limitHeapGrowth } from './heap-growth';
import { tuneTierUp } from './tier-up';
import { evidenceNote } from './core/features/source-credit';
import { loadForDrafts, loadWithArchive, runDb, runIngest } from './cli-archive';
import { ArchiveError } from './archive/database';

// `sumber check | index | entities | lsp`. The CLI loads the corpus and checks drafts through exactly the functions the
// language server uses, so both report the same findings at the same positions.

const USAGE = `Usage:
  sumber check [--corpus PATH_OR_GLOB]... [--db URL] [--format text|json] [--max-draft-size KB] [--known-name NAME]...
               [--lang auto|en|id] [--cache DIR | --no-cache] [--threads N] FILE...
  sumber index [--corpus PATH_OR_GLOB]... [--db URL] [--lang auto|en|id] [--cache DIR | --no-cache] [--threads N]
  sumber entities [--corpus PATH_OR_GLOB]... [--db URL] [--format text|json] [--lang auto|en|id] [--cache DIR | --no-cache] [FILE...]
  sumber ingest [--db URL] [--threads N] [--prune] PATH...
  sumber db migrate|status [--db URL]
  sumber lsp --stdio

Without --corpus, the corpus is ${DEFAULT_CORPUS.join(', ')} under the current directory.
\`entities\` lists the names of each FILE with what the sources say of them, or the sources' own names without FILE.
A draft larger than --max-draft-size (default ${DEFAULT_MAX_DRAFT_KB} KB) is reported, not checked.
--known-name NAME (repeatable) is a name you vouch for although no source mentions it (an interviewee): it is
not reported as unknown-entity. The names in sumber.knownNames of ./.vscode/settings.json count too.
A finding is silenced in the draft itself with <!-- sumber-disable-next-line CODE -->, <!-- sumber-disable-line
CODE --> at the end of a line, or <!-- sumber-disable CODE --> ... <!-- sumber-enable CODE --> (no CODE: all).
Sources are analysed on --threads worker threads (default: one per core; 0: none); small corpora on none.
--lang sets the language of the messages: auto (the default) speaks each draft's own language, Indonesian or English;
what belongs to no draft (skipped files, the sources' names) is in English unless --lang names en or id.
\`ingest\` analyses files (a folder: every source type under it) into a shared archive on PostgreSQL, at --db URL or
SUMBER_DB (postgres://user@host/db, with ?sslmode=require for TLS); the password comes from PGPASSWORD or ~/.pgpass.
\`check\`, \`index\` and \`entities\` with --db URL use the archive's documents as stored (and the local --corpus too).
\`db migrate\` creates or updates the archive's schema. A file stored with the same content is not written again;
--prune removes the stored documents under the PATHs whose file is gone.
The analysed corpus is kept in --cache (default ${defaultCacheDir()}), so a run on unchanged sources skips analysis.

Exit codes:
  0  no errors or warnings
  1  check reported an error or a warning
  2  bad usage or input: unknown option, a draft that is missing or unreadable, no sources, a bad pattern
  3  an internal error (please report it)`;

class UsageError extends Error {}

interface Args {
  command: string; corpus: string[]; format: 'text' | 'json'; files: string[]; maxDraftKB: number; cache: string | undefined; knownNames: string[];
  lang: MessageLanguage; threads?: number; db?: string; prune?: boolean;
}

function parseArgs(argv: string[]): Args {
  const [command = '', ...rest] = argv;
  const args: Args = { command, corpus: [], format: 'text', files: [], maxDraftKB: DEFAULT_MAX_DRAFT_KB, cache: defaultCacheDir(), knownNames: [], lang: 'auto' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => { const v = rest[++i]; if (v === undefined) throw new UsageError(`${a} needs a value`); return v; };
    if (a === '--corpus') args.corpus.push(value());
    else if (a.startsWith('--corpus=')) args.corpus.push(a.slice(9));
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = a === '--format' ? value() : a.slice(9);
      if (f !== 'text' && f !== 'json') throw new UsageError(`unknown format "${f}" (text or json)`);
      args.format = f;
    } else if (a === '--max-draft-size' || a.startsWith('--max-draft-size=')) {
      const v = Number(a.includes('=') ? a.slice(a.indexOf('=') + 1) : value());
      if (!Number.isFinite(v) || v < 1) throw new UsageError(`--max-draft-size needs a size in KB (at least 1)`);
      args.maxDraftKB = v;
    } else if (a === '--known-name' || a.startsWith('--known-name=')) {
      const name = (a.includes('=') ? a.slice(a.indexOf('=') + 1) : value()).trim();
      if (!name) throw new UsageError('--known-name needs a name');
      args.knownNames.push(name);
    } else if (a === '--threads' || a.startsWith('--threads=')) {
      const v = Number(a.includes('=') ? a.slice(a.indexOf('=') + 1) : value());
      if (!Number.isInteger(v) || v < 0) throw new UsageError('--threads needs a whole number (0: analyse on the main thread)');
      args.threads = v;
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const lang = a === '--lang' ? value() : a.slice(7);
      const known = MESSAGE_LANGUAGES.find(l => l === lang);
      if (!known) throw new UsageError(`unknown message language "${lang}" (${MESSAGE_LANGUAGES.join(', ')})`);
      args.lang = known;
    } else if (a === '--prune') args.prune = true;
    else if (a === '--db') args.db = value();
    else if (a.startsWith('--db=')) args.db = a.slice(5);
    else if (a === '--no-cache') args.cache = undefined;
    else if (a === '--cache') args.cache = path.resolve(value());
    else if (a.startsWith('--cache=')) args.cache = path.resolve(a.slice(8));
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else args.files.push(a);
  }
  return args;
}

/** An input problem: the message is for the user, the exit code is 2, and no stack trace is printed. */
class InputError extends Error {}

/** Progress on a terminal only: a script reading stderr gets the findings' warnings, not a counter. */
function terminalProgress(): BuildProgress {
  if (!process.stderr.isTTY) return {};
  let last = 0;
  return {
    onProgress: (done, total) => {
      if (Date.now() - last < 200 && done < total) return;
      last = Date.now();
      process.stderr.write(`\rsumber: indexing ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} files${done === total ? '\n' : ''}`);
    },
  };
}

/** `drafts`: what `check` will check, so that of an archive only the documents they need are read. */
async function load(args: Args, drafts?: ReadonlyArray<{ text: string; format: TextFormat }>): Promise<LoadedCorpus> {
  const root = process.cwd();
  // Paths the user types on the command line are theirs to choose, inside the working directory or not.
  const loaded = args.db && drafts ? await loadForDrafts(args, drafts, terminalProgress())
    : args.db ? await loadWithArchive(args, terminalProgress()) : await loadCorpusAsync(root, args.corpus.length ? args.corpus : DEFAULT_CORPUS, f => pathToFileURL(f).toString(), { allowOutside: true, threads: args.threads }, terminalProgress(),
    args.cache ? new IndexCache(args.cache) : undefined);
  // What belongs to no draft (patterns, skipped files, an empty corpus) is said in the language --lang names, else
  // in English; the editor says the same from the same words in its display language.
  const lang = args.lang === 'id' ? 'id' : 'en';
  for (const note of loaded.notes ?? []) process.stderr.write(`sumber: ${note}\n`);
  for (const e of loaded.errors) process.stderr.write(`sumber: ${reasonIn(lang, e.message)}\n`);
  // The default lists one glob per source type; only patterns the user gave (or an empty corpus) deserve a word.
  const explained = new Set(loaded.errors.map(e => e.pattern));
  if (args.corpus.length || !loaded.corpus.docs.length) {
    for (const u of loaded.unmatched.filter(u => !explained.has(u))) process.stderr.write(`sumber: ${say(lang, 'cli.no-match', { pattern: u })}\n`);
  }
  for (const s of loaded.skipped) process.stderr.write(`sumber: ${say(lang, 'cli.skipped', { file: s.path, reason: reasonIn(lang, s.reason) })}\n`);
  if (loaded.errors.length) throw new InputError(say(lang, 'cli.patterns'));
  if (!loaded.corpus.docs.length) {
    throw new InputError(args.corpus.length ? say(lang, 'cli.empty') : say(lang, 'cli.empty-default', { patterns: DEFAULT_CORPUS.join(lang === 'id' ? ' atau ' : ' or ') }));
  }
  return loaded;
}

async function runCheck(args: Args): Promise<number> {
  if (!args.files.length) throw new UsageError('check needs at least one FILE');
  // Every draft is read before the corpus is loaded: a typo in a file name is an input error, said at once.
  // A draft is read whatever its size (the source-file cap is not for drafts): the draft limit then says what it is.
  const drafts = args.files.map(file => ({ file, read: readSource(file, { maxFileBytes: 1024 ** 3 }) }));
  const unreadable = drafts.filter(d => 'error' in d.read);
  for (const d of unreadable) process.stderr.write(`sumber: ${d.file} ${(d.read as { error: string }).error}\n`);
  if (unreadable.length) throw new InputError(`${unreadable.length === 1 ? 'a draft' : 'drafts'} could not be read; nothing was checked`);
  const fromWorkspace = readWorkspaceKnownNames(process.cwd());
  for (const p of fromWorkspace.problems) process.stderr.write(`sumber: ${p}\n`);
  // The editor's options with the names vouched for: the only setting the CLI shares with the workspace.
  const options: CheckOptions = { ...DEFAULT_OPTIONS, knownNames: [...fromWorkspace.names, ...args.knownNames], messageLanguage: args.lang };
  const checked = drafts.flatMap(({ file, read }) => {
    const text = (read as { text: string }).text;
    return isOversized(text, args.maxDraftKB) ? [] : [{ text, format: formatOf(file) }];
  });
  const { corpus, files: corpusFiles, extractions } = await load(args, checked);
  const sources = new SourceDocuments(corpus, extractions);
  const checker = new SentenceCheckCache(corpus);
  const corpusSet = new Set(corpusFiles.map(f => path.resolve(f)));
  const results: FileResult[] = [];
  const languages = new Set<Lang>();
  let failing = false;
  for (const { file, read } of drafts) {
    const text = (read as { text: string }).text;
    if (corpusSet.has(path.resolve(file))) process.stderr.write(`sumber: ${file} is part of the corpus; checking it anyway\n`);
    const doc = TextDocument.create(pathToFileURL(path.resolve(file)).toString(), formatOf(file), 0, text);
    // The same path as the editor's: analysis, then the sentence checks and the draft's disable comments (both in
    // SentenceCheckCache.report); an oversized draft gets one notice and no coverage (nothing was read as a claim).
    let found: CoreDiagnostic[], coverage: FileResult['coverage'];
    if (isOversized(text, args.maxDraftKB)) {
      const lang = readerLanguage(args.lang, detectLanguage(text));
      languages.add(lang);
      found = [oversizeFinding(text, args.maxDraftKB, '--max-draft-size', lang)];
    } else {
      const draft = analyzeDraft(corpus, text, formatOf(file));
      languages.add(readerLanguage(args.lang, draft.lang));
      const report = await checker.report(draft, options);
      const counts = coverageOf(report.claims, report.diagnostics);
      found = report.diagnostics;
      coverage = { ...counts, summary: describeCoverage(readerLanguage(args.lang, draft.lang), counts) };
    }
    const diags = found.map(d => toJsonDiagnostic(d, doc, sources));
    if (diags.some(d => d.severity === 'error' || d.severity === 'warning')) failing = true;
    results.push({ path: file, diagnostics: diags, ...(coverage ? { coverage } : {}) });
  }
  if (args.format === 'json') process.stdout.write(JSON.stringify({ files: results }, null, 2) + '\n');
  // The closing count speaks the drafts' language when they share one (or the one --lang names), else English.
  else process.stdout.write(formatText(results, languages.size === 1 ? [...languages][0] : readerLanguage(args.lang, 'en')));
  return failing ? 1 : 0;
}

/** One draft's result: its findings and, when it was checked, how many of its claims the sources back. */
interface FileResult { path: string; diagnostics: JsonDiagnostic[]; coverage?: Coverage & { summary: string } }

function formatText(results: FileResult[], lang: Lang): string {
  const lines: string[] = [];
  let count = 0;
  for (const f of results) {
    for (const d of f.diagnostics) {
      count++;
      lines.push(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`);
      // A web page or Word file has no lines of its own: its evidence says the paragraph instead, and the article it
      // is (headline, byline, date) as the editor's related information does.
      for (const e of d.evidence) {
        const at = e.place ? ` (${e.place})` : `:${e.range.start.line + 1}:${e.range.start.character + 1}`;
        lines.push(`    evidence ${e.path}${at} ${evidenceNote(e.text.replace(/\s+/g, ' ').slice(0, 160), e.source)}`);
      }
      for (const x of d.fixes) lines.push(`    fix: ${x.title}`);
    }
    if (f.coverage) lines.push(`${f.path}: ${f.coverage.summary}`);
  }
  const files = results.length;
  lines.push(say(lang, 'cli.total', {
    problems: say(lang, count === 1 ? 'cli.problems.one' : 'cli.problems', { n: count }),
    files: say(lang, files === 1 ? 'cli.files.one' : 'cli.files', { n: files }),
  }));
  return lines.join('\n') + '\n';
}

async function runIndex(args: Args): Promise<number> {
  const started = process.hrtime.bigint();
  const { corpus, skipped, unmatched, fromCache } = await load(args);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const s = corpus.stats;
  const out = [
    `documents ${s.documents}`, `sentences ${s.sentences}`, `entities ${s.entities}`, `quotes ${s.quotes}`,
    `skipped ${skipped.length}`, `time ${ms.toFixed(0)} ms`, `cache ${args.cache ? (fromCache ? 'hit' : 'written') : 'off'}`,
  ];
  if (args.corpus.length && unmatched.length) out.push(`patterns matching nothing: ${unmatched.join(', ')}`);
  const people = corpus.registry.entities.filter(e => e.kind === 'person').sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 10);
  if (people.length) out.push(`most mentioned people: ${people.map(p => `${p.name} (${p.mentions.length})`).join(', ')}`);
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

async function runEntities(args: Args): Promise<number> {
  const drafts = args.files.map(file => ({ file, read: readSource(file, { maxFileBytes: 1024 ** 3 }) }));
  const unreadable = drafts.filter(d => 'error' in d.read);
  for (const d of unreadable) process.stderr.write(`sumber: ${d.file} ${(d.read as { error: string }).error}\n`);
  if (unreadable.length) throw new InputError(`${unreadable.length === 1 ? 'a draft' : 'drafts'} could not be read`);
  const { corpus } = await load(args);
  const results = listEntities(corpus, drafts.map(d => ({ file: d.file, text: (d.read as { text: string }).text })), args.lang);
  const json = () => JSON.stringify({ files: results.map(({ path: file, entities }) => ({ path: file, entities })) }, null, 2) + '\n';
  process.stdout.write(args.format === 'json' ? json() : formatEntities(results));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'ingest') limitHeapGrowth(INGEST_GROWING_PERCENT); else adaptHeapGrowth();
  tuneTierUp();
  // The language client adds its own transport flags (--stdio, --node-ipc, --clientProcessId=N).
  if (argv[0] === 'lsp') {
    // Loaded only here: the protocol library is of no use to check, index or entities.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./server') as typeof Server).startServer();
    return -1;
  }
  const args = parseArgs(argv);
  switch (args.command) {
    case 'check': return runCheck(args);
    case 'index': return runIndex(args);
    case 'entities': return runEntities(args);
    case 'ingest': return runIngest(args);
    case 'db': return runDb(args);
    case '--help': case '-h': case 'help': process.stdout.write(USAGE + '\n'); return 0;
    default: throw new UsageError(args.command ? `unknown command "${args.command}"` : 'no command given');
  }
}

main(process.argv.slice(2)).then(code => { if (code >= 0) process.exitCode = code; }, err => {
  if (err instanceof UsageError) { process.stderr.write(`sumber: ${err.message}\n\n${USAGE}\n`); process.exitCode = 2; return; }
  if (err instanceof InputError || err instanceof ArchiveError) { process.stderr.write(`sumber: ${err.message}\n`); process.exitCode = 2; return; }
  process.stderr.write(`sumber: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 3;
});
