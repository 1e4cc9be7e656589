// Values a careless or broken client sends: parameters of the wrong type, positions off the document, settings
// that are not settings, URIs that are not files, corpus globs that are malformed, explosive or outside the
// workspace. Each function takes the seeded generator and returns one value.

export const JUNK = [
  null, undefined, 0, -1, 1.5, NaN, 2 ** 53, -(2 ** 31), '', 'x', '0', 'null', true, false, [], [null], {}, { a: 1 },
  { uri: 42 }, { textDocument: null }, { textDocument: { uri: [] } }, 'é'.repeat(1000), [[[[[]]]]],
];

export function junk(rng) {
  return rng.chance(0.8) ? rng.pick(JUNK) : { [rng.pick(['textDocument', 'position', 'range', 'context', 'x'])]: rng.pick(JUNK) };
}

/**
 * `sumber` settings as a client might send them: sensible, wrong-typed, malformed or hostile globs. Patterns
 * that reach the whole disk ("/", "seeds/../../..") are left out on purpose: indexing that takes minutes and the
 * server answers nothing meanwhile, a known limit (a corpus is indexed in one go, and requests wait for it) that
 * would only make every run fail by the size of the machine's disk.
 */
export function settings(rng) {
  const corpus = rng.pick([
    undefined, null, [], '', 'seeds', ['seeds'], ['seeds/**/*.txt'], ['seeds/**/*.txt', 'seeds/**/*.md'], ['seeds/{a,b.txt'],
    ['*a*a*a*a*a*a*a*a*b'], ['**/*a*a*a*a*a*a*a*a*a*a*b.txt'], ['../x'], ['/etc'], ['/etc/**/*.txt'], ['**/*'], ['**'], [null],
    ['seeds/**/*.txt', 42], ['seeds/' + 'a'.repeat(3000)], ['seeds/**/**/**/**/**/**/*.txt'], ['[z-a]'], ['seeds/[!'], ['\u0000'],
    ['seeds/*.{txt,md,{a,{b,{c,{d}}}}}'], ['~/x'], ['C:\\x'], ['file:///etc/passwd'], ['seeds/../seeds/../seeds'], ['./seeds/'], ['seeds\\*.txt'],
    ['seeds/{' + 'a,'.repeat(200) + 'b}.txt'], ['seeds/**/*.txt'.repeat(50)], ['drafts/**/*.md'], ['.'], ['   '], [' seeds '],
  ]);
  const value = rng.pick([
    undefined, null, true, 'fast', -1, [], 0.5, 'seeds/**/*.txt', { corpus }, { corpus, debounceMs: rng.pick([0, 5, -5, 1e9, '10', NaN, null]) },
    { corpus, supportThreshold: rng.pick([0, 1, 0.5, -1, 2, '0.5', null, [], {}]) },
    { severity: rng.pick([[], null, 'error', { 'unsupported-claim': 'fatal', contradiction: 42 }, { 'number-mismatch': 'off' }]) },
    { maxDraftSizeKB: rng.pick([1, 0, -1, 1e12, '2', 5]) }, { corpusOutsideAllowed: rng.pick([false, true, 'yes', 0]) },
    { corpus, debounceMs: 0, supportThreshold: 0, maxDraftSizeKB: 8 },
  ]);
  return value;
}

/** A URI for a didOpen or a watched-file change that is not a plain file of the workspace. */
export function oddUri(rng, root) {
  return rng.pick([
    '', 'x', 'file:', 'file://', 'file:///', 'file:///etc/passwd', 'file:///nonexistent/dir/a.md', 'http://example.com/a.md',
    'untitled:Untitled-1', 'file://host/share/a.md', 'file:///%E0%A4%A', 'file:///C:/x.md', 'file:///a%00b.md', `${root}/seeds`,
    `${root}/seeds/`, `${root}/seeds/../seeds/000.txt`, `${root}/seeds/%2e%2e/%2e%2e/x.txt`, `${root}/seeds/missing.txt`, `${root}`,
    `${root}/`, `${root}/seeds/${'a'.repeat(300)}.txt`, 'vscode-notebook-cell:/x', 'git:/x.md?%7B%7D', 42, null, {},
  ]);
}

/** An LSP position that is well formed but may be far outside the document, or not well formed at all. */
export function badPosition(rng) {
  return rng.pick([
    { line: -1, character: 0 }, { line: 0, character: -5 }, { line: 1e9, character: 1e9 }, { line: 2 ** 31, character: 0 },
    { line: 0.5, character: 1.5 }, { line: '0', character: '1' }, { line: null, character: null }, {}, null, [], 'here',
    { line: NaN, character: 0 }, { line: 0 }, { character: 3 }, { line: 0, character: 1e15 },
  ]);
}

/** Line starts of a text, with CRLF, CR and LF all ending a line, as LSP counts lines. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 13 || c === 10) starts.push(i + 1);
  }
  return starts;
}

export function positionAt(text, offset) {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}
