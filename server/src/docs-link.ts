import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsPageOf } from './core/messages/catalogue';

// Each finding links to the page that explains its code (docs/checks/CODE.md): the "learn more" a writer clicks
// on the code in the Problems panel. The pages ship beside the server, in the repository and in the extension
// (dist/ and docs/ are siblings; compiled tests run from out/server/src/), so the link is a file the editor opens
// wherever Sumber is installed, without a network.

let root: string | null | undefined;

/** The folder holding docs/checks/, found once by looking up from the server's own folder. */
function docsRoot(): string | undefined {
  if (root === undefined) {
    root = null;
    for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'docs', 'checks'))) { root = dir; break; }
    }
  }
  return root ?? undefined;
}

/** The link to the page of a code, when the page is there. */
export function codeDescriptionOf(code: string): { href: string } | undefined {
  const base = docsRoot();
  const file = base && path.join(base, docsPageOf(code));
  return file && fs.existsSync(file) ? { href: pathToFileURL(file).toString() } : undefined;
}
