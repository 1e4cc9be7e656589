// End-to-end: the bundled server behind the real client, on the fixture draft and the seed corpus.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'sumber.sumber';
const WAIT_MS = 20_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Poll `probe` until it returns something other than undefined, or fail after `timeoutMs`. */
async function eventually<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  seen: () => string = () => '',
  timeoutMs = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const last = seen();
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `; saw: ${last}` : ''}`);
    }
    await sleep(250);
  }
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.code === undefined) return undefined;
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

function sumberDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sumber');
}

/** The position `offset` characters into the first occurrence of `needle`. */
function positionIn(doc: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `fixture draft contains ${JSON.stringify(needle)}`);
  return doc.positionAt(at + offset);
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

function targetOf(def: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in def ? { uri: def.targetUri, range: def.targetRange } : def;
}

describe('Sumber in VS Code', () => {
  let draft: vscode.TextDocument;

  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace folder is open');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    draft = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'draft.md'));
    await vscode.window.showTextDocument(draft);
    await extension.activate();
  });

  it('flags the wrong number', async () => {
    const mismatch = await eventually(
      'a number-mismatch diagnostic from sumber',
      () => sumberDiagnostics(draft.uri).find((d) => codeOf(d) === 'number-mismatch'),
      () =>
        sumberDiagnostics(draft.uri)
          .map((d) => `${codeOf(d)}@${d.range.start.line + 1}`)
          .join(', '),
    );
    const line = draft.lineAt(mismatch.range.start.line).text;
    assert.ok(line.includes('40 persen'), `diagnostic is on the wrong-number line, not on: ${line}`);
  });

  it('says who a surname is on hover', async () => {
    const position = positionIn(draft, 'Blinken menuduh', 2);
    let last = '';
    const text = await eventually(
      'a hover naming Antony Blinken',
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          draft.uri,
          position,
        );
        last = hoverText(hovers ?? []);
        return last.includes('Antony Blinken') ? last : undefined;
      },
      () => JSON.stringify(last),
    );
    assert.match(text, /Antony Blinken/);
  });

  it('goes from a quote to its source', async () => {
    const quote = 'membantu upaya perang Rusia di Ukraina';
    const position = positionIn(draft, quote, 'membantu '.length + 2);
    let last: string[] = [];
    const target = await eventually(
      'a definition in a seeds file',
      async () => {
        const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
          'vscode.executeDefinitionProvider',
          draft.uri,
          position,
        );
        const targets = (defs ?? []).map(targetOf);
        last = targets.map((t) => t.uri.toString());
        return targets.find((t) => /\/seeds\/[^/]+$/.test(t.uri.path));
      },
      () => last.join(', '),
    );
    const source = await vscode.workspace.openTextDocument(target.uri);
    const lines = source.getText(new vscode.Range(target.range.start.line, 0, target.range.end.line + 1, 0));
    assert.ok(lines.includes(quote), `the definition lands on the quoted passage in ${target.uri.path}`);
  });
});
