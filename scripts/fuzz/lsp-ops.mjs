// The steps of a fuzzing session against the language server, each a function of the session state. Valid
// traffic (open, type, hover, jump, fix) is mixed with the malformed kind: changes with null or out-of-range
// ranges, positions off the document, garbage parameters, unknown methods, hostile settings and odd file events.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { badPosition, junk, oddUri, positionAt, settings } from './lsp-junk.mjs';

// Changes to the scratch workspace on disk (drafts written, sources created, deleted or linked) are plain records:
// the session applies them and keeps them in its transcript, so a replay (replay.mjs) makes the same changes at
// the same point between the same messages.

/** A fresh workspace: drafts/ and a copy of the project's seeds/. */
export function resetWorkspace(dir, repo) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'drafts'), { recursive: true });
  cpSync(join(repo, 'seeds'), join(dir, 'seeds'), { recursive: true });
}

/** Applies one record; paths are relative to the workspace. Never throws (a link may already exist). */
export function applyFs(dir, op) {
  const at = join(dir, op.path);
  try {
    if (op.op === 'write') writeFileSync(at, op.bytes ? Buffer.from(op.bytes) : op.text);
    else if (op.op === 'rm') rmSync(at, { recursive: true, force: true });
    else if (op.op === 'mkdir') mkdirSync(at, { recursive: true });
    else if (op.op === 'symlink') symlinkSync(op.target, at);
  } catch { /* the same outcome as in the session that recorded it */ }
}

const REQUESTS = ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/codeAction', 'sumber/reindex', 'shutdown'];
const NOTIFICATIONS = ['textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'textDocument/didSave', 'workspace/didChangeConfiguration',
  'workspace/didChangeWatchedFiles', 'workspace/didChangeWorkspaceFolders', '$/cancelRequest', '$/setTrace', 'initialized'];
const sleep = ms => new Promise(r => setTimeout(r, ms));

/** The files now in the workspace's seeds/ (a step may have deleted it). */
function sourceNames(st) {
  try { return readdirSync(join(st.dir, 'seeds')); } catch { return []; }
}

function openDoc(st) {
  const uris = [...st.docs.keys()];
  return uris.length ? st.docs.get(st.rng.pick(uris)) : undefined;
}

/** A position in the document, or (sometimes, and always without a document) a malformed one; says which. */
function position(st, doc) {
  if (!doc || st.rng.chance(0.15)) return { position: badPosition(st.rng), valid: false };
  return { position: positionAt(doc.text, st.rng.int(0, doc.text.length)), valid: true };
}

/** A small edit of the text: a piece of another draft, a deleted span or a typed character. */
function editText(st) {
  const { rng } = st;
  return rng.weighted([[4, () => rng.pick(['a', ' ', '.', '”', '“', '\n', '4', 'Putin ', '\r\n', '😀', '\u0000', ''])],
    [2, () => st.makeDraft(rng, st.samples, 400).text], [1, () => st.makeDraft(rng, st.samples, 6000).text]])();
}

export function open(st) {
  const { rng } = st;
  const draft = st.makeDraft(rng, st.samples, rng.chance(0.9) ? 8 * 1024 : 40 * 1024);
  const n = st.opened++;
  const uri = rng.weighted([
    [6, () => `${st.root}/drafts/d${n}.${rng.pick(['md', 'txt', 'markdown', 'MD'])}`],
    [1, () => `untitled:Untitled-${n}`], [1, () => `${st.root}/seeds/${rng.pick(sourceNames(st).concat('x.txt'))}`],
    [1, () => `file:///outside-the-workspace/d${n}.md`], [1, () => oddUri(rng, st.root)],
  ])();
  if (typeof uri === 'string' && uri.startsWith(`${st.root}/drafts/`) && rng.chance(0.7)) st.fs({ op: 'write', path: `drafts/${uri.slice(st.root.length + 8)}`, text: draft.text });
  const languageId = rng.pick(['markdown', 'markdown', 'plaintext', 'python', '', 42]);
  st.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: rng.int(0, 3), text: draft.text } }, typeof uri === 'string' && typeof languageId === 'string');
  if (typeof uri === 'string') st.docs.set(uri, { uri, text: draft.text, version: 3 });
}

export function change(st) {
  const { rng } = st;
  const doc = openDoc(st);
  if (!doc) return open(st);
  doc.version++;
  if (rng.chance(0.2)) {
    doc.text = st.mutate(rng, doc.text);
    st.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: [{ text: doc.text }] }, true);
    return;
  }
  let a = rng.int(0, doc.text.length), b = Math.min(doc.text.length, a + rng.logSize(1, 200));
  if (rng.chance(0.5)) b = a;
  const text = editText(st);
  const range = { start: positionAt(doc.text, a), end: positionAt(doc.text, b) };
  doc.text = doc.text.slice(0, a) + text + doc.text.slice(b);
  st.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: [{ range, text }] }, true);
}

export function typing(st) {
  for (let k = st.rng.int(2, 25); k > 0; k--) {
    change(st);
    if (st.rng.chance(0.3)) hover(st);
  }
}

export function badChange(st) {
  const { rng } = st;
  const doc = openDoc(st);
  const uri = doc?.uri ?? `${st.root}/drafts/none.md`;
  const version = rng.pick([(doc?.version ?? 0) + 1, undefined, null, -1, '7', 1.5, 0]);
  const range = rng.pick([null, { start: badPosition(rng), end: badPosition(rng) }, { start: { line: 0, character: 0 } }, 'all', {},
    { start: { line: 5, character: 0 }, end: { line: 0, character: 0 } }, { start: { line: 1e6, character: 0 }, end: { line: 1e6, character: 9 } }]);
  const params = rng.pick([
    { textDocument: { uri, version }, contentChanges: [{ range, text: 'x' }] },
    { textDocument: { uri, version }, contentChanges: [{ range, rangeLength: -4, text: rng.pick(['x', 42, null]) }] },
    { textDocument: { uri, version }, contentChanges: rng.pick([null, {}, 'x', [null], [42], [{}]]) },
    { textDocument: { uri: rng.pick([42, null, oddUri(rng, st.root)]), version: 1 }, contentChanges: [{ text: 'x' }] },
    { textDocument: { version: 1 }, contentChanges: [] }, junk(rng),
  ]);
  if (doc) doc.version++;
  st.notify('textDocument/didChange', params, false);
}

export function close(st) {
  const doc = openDoc(st);
  const uri = doc && st.rng.chance(0.8) ? doc.uri : oddUri(st.rng, st.root);
  if (doc && uri === doc.uri) st.docs.delete(uri);
  st.notify('textDocument/didClose', { textDocument: { uri } }, typeof uri === 'string');
}

export function hover(st) {
  const doc = openDoc(st);
  const method = st.rng.pick(['textDocument/hover', 'textDocument/definition', 'textDocument/references']);
  const uri = doc && st.rng.chance(0.9) ? doc.uri : oddUri(st.rng, st.root);
  const { position: at, valid } = position(st, doc);
  const params = { textDocument: { uri }, position: at };
  if (method === 'textDocument/references') params.context = st.rng.pick([{ includeDeclaration: true }, undefined, null, 5]);
  // Well-formed about an open document: an internal error in answer is a bug, not a reaction to junk.
  return st.request(method, params, st.rng.chance(0.5), valid && uri === doc.uri);
}

export function codeAction(st) {
  const { rng } = st;
  const doc = openDoc(st);
  const uri = doc?.uri ?? `${st.root}/drafts/none.md`;
  const published = st.client.diagnostics.get(uri) ?? [];
  const diagnostics = published.length && rng.chance(0.7)
    ? published.filter(() => rng.chance(0.5))
    : [rng.pick([{}, { source: 'sumber', data: junk(rng) }, { source: 'sumber', data: { fixes: [null, { range: null }, { title: 5 }] } }, null, 42])];
  const from = position(st, doc), to = position(st, doc);
  const range = rng.chance(0.8) ? { start: from.position, end: to.position } : junk(rng);
  const context = rng.chance(0.85) ? { diagnostics } : rng.pick([null, {}, { diagnostics: 'x' }, { diagnostics: [null] }]);
  const valid = from.valid && to.valid && range?.start === from.position && context?.diagnostics === diagnostics && diagnostics.every(d => published.includes(d));
  return st.request('textDocument/codeAction', { textDocument: { uri }, range, context }, rng.chance(0.5), valid);
}

export function garbage(st) {
  const { rng } = st;
  if (rng.chance(0.5)) return st.request(rng.pick(REQUESTS.filter(m => m !== 'shutdown')), junk(rng), rng.chance(0.3));
  st.notify(rng.pick(NOTIFICATIONS.filter(m => m !== 'initialized')), junk(rng), false);
}

export function unknown(st) {
  const { rng } = st;
  const method = rng.pick(['sumber/nothing', 'textDocument/unknown', 'workspace/executeCommand', 'textDocument/completion', '$/unknown', 'x', '']);
  if (rng.chance(0.6)) return st.request(method, junk(rng), false);
  if (rng.chance(0.5)) st.notify('$/cancelRequest', { id: rng.pick([st.client.nextId - 1, st.client.nextId - 2, 999999, 'x', null]) }, false);
  else st.notify(method, junk(rng), false);
}

/** Frames whose body is no JSON-RPC message at all. */
export function badFrame(st) {
  st.junk.add('textDocument/hover');
  st.client.writeBody(st.rng.pick(['{', 'null', '42', '[]', '"x"', '{"jsonrpc":"2.0"}', '{"jsonrpc":"1.0","id":"raw","method":"x"}',
    '{"jsonrpc":"2.0","id":"raw","method":"textDocument/hover"}', '{"jsonrpc":"2.0","id":"raw","method":"sumber/x","params":5}',
    '{"jsonrpc":"2.0","method":42}', '\u0000', '']), 'raw');
}

export function configure(st) {
  st.config = settings(st.rng);
  const wrapped = st.rng.chance(0.7);
  st.notify('workspace/didChangeConfiguration', { settings: wrapped ? { sumber: st.config } : junk(st.rng) }, wrapped);
}

/** A file event in the workspace: a source created, changed or deleted on disk, or an event about nothing. */
export function fileEvent(st) {
  const { rng, dir } = st;
  const seeds = join(dir, 'seeds');
  const changes = [];
  const kind = rng.int(0, 6);
  if (kind === 0 && existsSync(seeds)) {
    const name = `fuzz${rng.int(0, 9)}.${rng.pick(['txt', 'md'])}`;
    st.fs({ op: 'write', path: `seeds/${name}`, text: st.makeDraft(rng, st.samples, 12 * 1024).text });
    changes.push({ uri: `${st.root}/seeds/${name}`, type: 1 });
  } else if (kind === 1 && existsSync(seeds)) {
    const name = `bin${rng.int(0, 3)}.txt`;
    st.fs({ op: 'write', path: `seeds/${name}`, bytes: [0xff, 0xfe, 0, 0, 0xc3, 0x28, 0x80, ...Array.from({ length: 64 }, () => rng.int(0, 255))] });
    changes.push({ uri: `${st.root}/seeds/${name}`, type: rng.int(1, 2) });
  } else if (kind === 2 && existsSync(seeds)) {
    const files = sourceNames(st);
    if (files.length) { const f = rng.pick(files); st.fs({ op: 'rm', path: `seeds/${f}` }); changes.push({ uri: `${st.root}/seeds/${f}`, type: 3 }); }
  } else if (kind === 3 && rng.chance(0.3)) {
    st.fs({ op: 'rm', path: 'seeds' });
    changes.push({ uri: `${st.root}/seeds`, type: 3 });
  } else if (kind === 4) {
    st.fs({ op: 'mkdir', path: 'seeds' });
    const link = `seeds/link${rng.int(0, 2)}`;
    // Up, to itself, outside, to nothing, and a link to itself by name.
    st.fs({ op: 'symlink', path: link, target: rng.pick(['..', '.', '/etc', 'missing', link.slice('seeds/'.length)]) });
    changes.push({ uri: `${st.root}/${link}`, type: 1 });
  } else {
    for (let k = rng.int(1, 4); k > 0; k--) changes.push({ uri: oddUri(rng, st.root), type: rng.pick([1, 2, 3, 0, 7, null, 'x']) });
  }
  const wellFormed = rng.chance(0.9);
  st.notify('workspace/didChangeWatchedFiles', wellFormed ? { changes } : junk(rng), wellFormed && changes.every(c => typeof c.uri === 'string' && [1, 2, 3].includes(c.type)));
}

export function folders(st) {
  const { rng } = st;
  const folder = () => rng.pick([{ uri: st.root, name: 'ws' }, { uri: `${st.root}/drafts`, name: 'd' }, { uri: 'file:///nonexistent', name: 'n' }, { uri: 42 }, null]);
  const event = rng.chance(0.8) ? { added: [folder()], removed: [folder()] } : undefined;
  st.notify('workspace/didChangeWorkspaceFolders', event ? { event } : junk(rng), !!event && [...event.added, ...event.removed].every(f => typeof f?.uri === 'string'));
}

export function reindex(st) {
  const valid = st.rng.chance(0.8);
  return st.request('sumber/reindex', valid ? null : junk(st.rng), st.rng.chance(0.5), valid);
}
export const pause = st => sleep(st.rng.int(0, 400));

/** Steps by weight: valid traffic dominates, so the server is deep in real work when the junk arrives. */
export const STEPS = [
  [6, 'open', open], [12, 'change', change], [4, 'typing', typing], [6, 'badChange', badChange], [2, 'close', close],
  [14, 'hover', hover], [4, 'codeAction', codeAction], [5, 'garbage', garbage], [3, 'unknown', unknown], [1, 'badFrame', badFrame],
  [3, 'configure', configure], [3, 'fileEvent', fileEvent], [1, 'folders', folders], [1, 'reindex', reindex], [6, 'pause', pause],
];
