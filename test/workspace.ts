import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

// A throwaway workspace like a writer's: the seed corpus in seeds/ and a draft beside it.

export const REPO = path.resolve(__dirname, '../..');
export const SEEDS = path.join(REPO, 'seeds');

export interface Workspace { dir: string; draft: string; draftUri: string; rootUri: string }

/** Sources as writers get them: the saved web page and Word transcript that scripts/make-format-fixtures.mjs writes. */
export const FORMAT_FIXTURES = path.join(REPO, 'test/fixtures/formats');

export function makeWorkspace(draftText: string, draftName = 'draft.md', seeds = SEEDS): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-ws-'));
  fs.mkdirSync(path.join(dir, 'seeds'));
  for (const f of fs.readdirSync(seeds)) fs.copyFileSync(path.join(seeds, f), path.join(dir, 'seeds', f));
  const draft = path.join(dir, draftName);
  fs.writeFileSync(draft, draftText);
  return { dir, draft, draftUri: pathToFileURL(draft).toString(), rootUri: pathToFileURL(dir).toString() };
}

export function removeWorkspace(ws: Workspace): void {
  fs.rmSync(ws.dir, { recursive: true, force: true });
}
