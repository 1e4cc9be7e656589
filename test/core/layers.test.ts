import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../workspace';

// The core's folders are the pipeline: text → facts → index → verifier → checks → features, after the word lists
// and the message catalogue. A folder may import from the folders before it (and from the shared root files and
// data), never from one after it, and nothing in the core may reach the editor or the protocol.

const CORE = path.join(REPO, 'server', 'src', 'core');
const ORDER = ['lexicon', 'messages', 'text', 'facts', 'index', 'verifier', 'checks', 'features'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

/** The core folder a file is in ('' for the shared root files such as types.ts). */
function layerOf(file: string): string {
  const rel = path.relative(CORE, file).split(path.sep);
  return rel.length > 1 ? rel[0] : '';
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/\bfrom\s+'([^']+)'/g)].map(m => m[1]);
}

describe('core layers', () => {
  it('has every core file in a known folder or at the shared root', () => {
    const unknown = sources(CORE).map(layerOf).filter(l => l && !ORDER.includes(l));
    assert.deepEqual([...new Set(unknown)], []);
  });

  it('imports only from earlier layers, and never vscode or the language server protocol', () => {
    const wrong: string[] = [];
    for (const file of sources(CORE)) {
      const from = layerOf(file);
      for (const spec of importsOf(file)) {
        if (/^vscode/.test(spec)) wrong.push(`${path.relative(CORE, file)} imports ${spec}`);
        if (!spec.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), spec);
        if (!target.startsWith(CORE)) { wrong.push(`${path.relative(CORE, file)} reaches outside the core: ${spec}`); continue; }
        const to = layerOf(target + '.ts');
        if (!to || to === from) continue;
        if (from === '') wrong.push(`shared ${path.relative(CORE, file)} imports ${spec}`);
        else if (ORDER.indexOf(to) > ORDER.indexOf(from)) wrong.push(`${path.relative(CORE, file)} (${from}) imports ${spec} (${to})`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});
