import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../workspace';

// The walkthrough a new writer meets (Help → Get Started): the five things to learn first, in order, each in
// English and Indonesian, each with a button that does it and a page with pictures that ships in the .vsix.

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8'));
const manifest = read('package.json');
const LANGS: Record<string, Record<string, string>> = { en: read('package.nls.json'), id: read('package.nls.id.json') };
const text = (lang: string, s: string) => s.replace(/^%(.+)%$/, (_, key: string) => LANGS[lang][key]);

/** Built-in commands a step may run; every other command must be Sumber's own. */
const BUILT_IN = new Set(['workbench.action.files.openFile', 'editor.action.showHover', 'editor.action.revealDefinition', 'editor.action.quickFix']);

describe('the walkthrough', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;
  const steps: any[] = walkthrough.steps;

  it('teaches the sources folder, a draft, a name\'s hover, F12 on a quote and ignoring a finding, in that order', () => {
    assert.deepEqual(steps.map(s => s.id), ['sources', 'draft', 'hover', 'source', 'ignore'].map(s => `sumber.start.${s}`));
    assert.equal(text('en', walkthrough.title), 'Get Started with Sumber');
    assert.equal(text('id', walkthrough.title), 'Mulai dengan Sumber');
    assert.match(text('en', steps[0].description), /\[Choose Sources Folder\]\(command:sumber\.chooseSources\)/);
    assert.match(text('id', steps[0].description), /\[Pilih Folder Sumber\]\(command:sumber\.chooseSources\)/);
  });

  it('gives every step a button in both languages that runs a command there is', () => {
    const ours = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    for (const step of steps) {
      for (const lang of Object.keys(LANGS)) {
        const commands = [...text(lang, step.description).matchAll(/\]\(command:([\w.]+)\)/g)].map(m => m[1]);
        assert.ok(commands.length, `${step.id} (${lang}) has a button`);
        for (const c of commands) assert.ok(ours.has(c) || BUILT_IN.has(c), `${step.id}: ${c}`);
      }
      assert.ok(step.completionEvents.length, `${step.id} can be completed`);
    }
  });

  it('has a page per step in each language, with its pictures, all in the package', () => {
    const packaged = new Set(execFileSync(process.execPath, [path.join(REPO, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' }).split('\n').map(l => l.trim()));
    for (const step of steps) {
      for (const lang of Object.keys(LANGS)) {
        const page = text(lang, step.media.markdown);
        assert.match(page, new RegExp(`^media/walkthrough/${lang}/`), page);
        assert.ok(packaged.has(page), `${page} ships`);
        const body = fs.readFileSync(path.join(REPO, page), 'utf8');
        for (const m of body.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
          const picture = path.posix.normalize(path.posix.join(path.posix.dirname(page), m[1]));
          assert.ok(packaged.has(picture), `${picture} (on ${page}) ships`);
        }
      }
    }
  });

  it('starts the extension for the sample command and in the sample\'s folder', () => {
    assert.ok(manifest.activationEvents.includes('onCommand:sumber.openSample'));
    assert.ok(manifest.activationEvents.includes('workspaceContains:.vscode/sumber-sample.json'));
  });
});
