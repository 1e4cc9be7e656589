import * as fs from 'node:fs';
import * as path from 'node:path';
import { toSettings } from './settings';

// The CLI run in a VS Code workspace reads the names the writer vouched for in the editor
// (`sumber.knownNames` in `.vscode/settings.json`), so `sumber check` in CI does not bring back the findings the
// writer dismissed with "Add to known names". Only that setting is read: the CLI's other options come from its
// flags. The file is JSON with comments and trailing commas (VS Code writes it so); a file that cannot be read
// or parsed is reported and skipped, never fatal, and the values go through the editor's validation.

export interface WorkspaceKnownNames {
  names: string[];
  /** The file that was read, when it held the setting. */
  file?: string;
  problems: string[];
}

/** Index of the quote closing the string that opens at `i` (or the text's end). */
function stringEnd(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
  return Math.min(j, s.length);
}

/** JSON with comments (// and /* *\/) and trailing commas, as plain JSON. Strings are copied as they are. */
export function stripJsonc(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const j = stringEnd(text, i);
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else out += c;
  }
  // Trailing commas, outside strings: a comma whose next non-space character closes an object or array.
  let result = '';
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c === '"') {
      const j = stringEnd(out, i);
      result += out.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === ',') {
      let k = i + 1;
      while (k < out.length && /\s/.test(out[k])) k++;
      if (out[k] === '}' || out[k] === ']') continue;
    }
    result += c;
  }
  return result;
}

export function readWorkspaceKnownNames(dir: string): WorkspaceKnownNames {
  const file = path.join(dir, '.vscode', 'settings.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { names: [], problems: [] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(stripJsonc(text.replace(/^\uFEFF/, '')));
  } catch (err) {
    return { names: [], problems: [`could not read ${file} (${err instanceof Error ? err.message : String(err)}); its sumber.knownNames are not used`] };
  }
  if (!parsed || typeof parsed !== 'object' || !('sumber.knownNames' in parsed)) return { names: [], problems: [] };
  const settings = toSettings({ knownNames: (parsed as Record<string, unknown>)['sumber.knownNames'] });
  return { names: [...settings.check.knownNames], file, problems: settings.problems.map(p => `${file}: ${p}`) };
}
