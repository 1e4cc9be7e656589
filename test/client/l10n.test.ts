import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../workspace';
import { describeStatus, Translate } from '../../client/src/statusText';

// The extension's own words in the editor's language: the manifest's strings (commands, settings) through
// package.nls.json and package.nls.id.json, the client's through vscode.l10n.t and l10n/bundle.l10n.id.json. A
// string without its Indonesian form would show in English in an Indonesian VS Code, a stale one is dead weight.

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8'));
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map(m => m[1]).sort();

/** Every `%key%` the manifest uses. */
function manifestKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') { const m = /^%(.+)%$/.exec(value); if (m) out.add(m[1]); }
  else if (Array.isArray(value)) value.forEach(v => manifestKeys(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach(v => manifestKeys(v, out));
  return out;
}

/** Every literal message the client passes to vscode.l10n.t (or to a translator `t`). */
function clientMessages(): Set<string> {
  const out = new Set<string>();
  const dir = path.join(REPO, 'client/src');
  for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.ts'))) {
    for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/(?:l10n\.t|\bt)\(\s*'((?:[^'\\]|\\.)*)'/g)) out.add(m[1].replace(/\\'/g, "'"));
  }
  return out;
}

describe('the extension in English and Indonesian', () => {
  it('has every manifest string in package.nls.json and package.nls.id.json, and no others', () => {
    const used = [...manifestKeys(read('package.json'))].sort();
    assert.ok(used.includes('command.showCoverage.title') && used.includes('config.messageLanguage.markdownDescription'));
    assert.deepEqual(Object.keys(read('package.nls.json')).sort(), used);
    assert.deepEqual(Object.keys(read('package.nls.id.json')).sort(), used);
  });

  it('has an Indonesian form of every message the client shows, with the same values', () => {
    const bundle = read('l10n/bundle.l10n.id.json') as Record<string, string>;
    const used = [...clientMessages()].sort();
    assert.ok(used.length > 20, `${used.length} messages found`);
    assert.deepEqual(Object.keys(bundle).sort(), used);
    for (const m of used) assert.deepEqual(placeholders(bundle[m]), placeholders(m), m);
  });

  it('says the index status in Indonesian through the bundle', () => {
    const bundle = read('l10n/bundle.l10n.id.json') as Record<string, string>;
    const t: Translate = (m, ...args) => (bundle[m] ?? m).replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
    const d = describeStatus({ state: 'ready', documents: 5, sentences: 120, entities: 40, quotes: 1, skipped: ['a.docx'], message: '' }, t);
    assert.equal(d.text, 'Sumber: 5 dokumen');
    assert.equal(d.detail, '120 kalimat, 40 entitas, 1 kutipan — 1 berkas dilewati: a.docx');
  });
});
