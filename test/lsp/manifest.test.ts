import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../workspace';
import { DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { CHECK_CODES } from '../../server/src/core/checks/types';
import { DEFAULT_SETTINGS, toSettings } from '../../server/src/settings';
import { MESSAGE_LANGUAGES } from '../../server/src/core/messages/catalogue';

// What VS Code shows in its settings UI must be what the server does when a client sends nothing.

const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
/** A manifest string as VS Code shows it in English: a `%key%` is looked up in package.nls.json. */
const nls = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8'));
const shown = (s: string) => s.replace(/^%(.+)%$/, (_, key: string) => nls[key]);
const props = manifest.contributes.configuration.properties;

describe('contributed settings', () => {
  it('declare the server defaults for every check, the corpus and the threshold', () => {
    for (const code of CHECK_CODES) assert.equal(props[`sumber.severity.${code}`]?.default, DEFAULT_OPTIONS.severity[code], code);
    assert.deepEqual(props['sumber.corpus'].default, DEFAULT_SETTINGS.corpus);
    assert.equal(props['sumber.supportThreshold'].default, DEFAULT_OPTIONS.supportThreshold);
    assert.equal(props['sumber.weakSupportThreshold'].default, DEFAULT_OPTIONS.weakSupportThreshold);
    assert.equal(props['sumber.weakSupportSeverity'].default, DEFAULT_OPTIONS.weakSupportSeverity);
    assert.equal(props['sumber.debounceMs'].default, DEFAULT_SETTINGS.debounceMs);
    assert.equal(props['sumber.maxDraftSizeKB'].default, DEFAULT_SETTINGS.maxDraftKB);
    assert.equal(props['sumber.indexCache'].default, DEFAULT_SETTINGS.indexCache);
    assert.equal(props['sumber.showSupport'].default, DEFAULT_SETTINGS.showSupport);
    assert.equal(props['sumber.showSupport'].scope, 'resource');
    assert.equal(props['sumber.archiveTimeoutMs'].default, DEFAULT_SETTINGS.archiveTimeoutMs);
    assert.equal(props['sumber.archivePrefetchDrafts'].default, DEFAULT_SETTINGS.archivePrefetchDrafts);
    assert.equal(props['sumber.archivePrefetchDrafts'].scope, 'resource');
    assert.deepEqual(props['sumber.knownNames'].default, [...DEFAULT_SETTINGS.check.knownNames]);
    assert.equal(props['sumber.knownNames'].scope, 'resource');
    assert.equal(props['sumber.messageLanguage'].default, DEFAULT_SETTINGS.check.messageLanguage);
    assert.deepEqual(props['sumber.messageLanguage'].enum, [...MESSAGE_LANGUAGES]);
    assert.equal(props['sumber.messageLanguage'].scope, 'resource');
  });

  it('take known names as a list of strings, keeping the good entries of a list with a bad one', () => {
    assert.deepEqual(toSettings({ knownNames: [' Budi Santoso ', 'Ani'] }).check.knownNames, ['Budi Santoso', 'Ani']);
    const mixed = toSettings({ knownNames: ['Budi', 7, null] });
    assert.deepEqual(mixed.check.knownNames, ['Budi']);
    assert.match(mixed.problems[0], /sumber\.knownNames must be a list of names/);
    const wrong = toSettings({ knownNames: 'Budi' });
    assert.deepEqual(wrong.check.knownNames, []);
    assert.match(wrong.problems[0], /using \[\]/);
  });

  it('hide the commands that need arguments from the palette (a name; a person of the view) but declare them', () => {
    for (const id of ['sumber.addKnownName', 'sumber.showMentions']) assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === id), id);
    assert.deepEqual(manifest.contributes.menus.commandPalette, [{ command: 'sumber.addKnownName', when: 'false' }, { command: 'sumber.showMentions', when: 'false' }]);
  });

  it('contribute the Sumber view: its three sections in an activity bar container whose icon ships', () => {
    const [container] = manifest.contributes.viewsContainers.activitybar;
    assert.equal(container.id, 'sumber');
    assert.ok(fs.existsSync(path.join(REPO, container.icon)), container.icon);
    assert.deepEqual(manifest.contributes.views.sumber.map((v: { id: string }) => v.id), ['sumber.sources', 'sumber.people', 'sumber.claims']);
    // The client registers a tree for each id; a renamed section would show an empty view.
    const client = fs.readFileSync(path.join(REPO, 'client/src/view.ts'), 'utf8');
    for (const v of manifest.contributes.views.sumber) assert.ok(client.includes(`registerTreeDataProvider('${v.id}'`), v.id);
  });

  it('keep the corpus setting out of an untrusted workspace\'s hands, and say so', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.deepEqual(trust.restrictedConfigurations, ['sumber.corpus']);
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
    assert.match(shown(trust.description), /Restricted Mode/);
  });

  it('name the setting and the value used when a value is wrong', () => {
    for (const bad of [null, '', [], false, true]) {
      const s = toSettings({ supportThreshold: bad });
      assert.equal(s.check.supportThreshold, DEFAULT_OPTIONS.supportThreshold, JSON.stringify(bad));
      assert.equal(s.problems.length, bad === null ? 0 : 1, JSON.stringify(bad));
    }
    assert.match(toSettings({ maxDraftSizeKB: 'big' }).problems[0], /sumber\.maxDraftSizeKB must be a number/);
    assert.deepEqual(toSettings({ supportThreshold: 0.3 }).problems, []);
    const ahead = toSettings({ archivePrefetchDrafts: 500 });
    assert.equal(ahead.archivePrefetchDrafts, DEFAULT_SETTINGS.archivePrefetchDrafts);
    assert.match(ahead.problems[0], /sumber\.archivePrefetchDrafts must be a number from 0 to 100/);
    assert.equal(toSettings({ archivePrefetchDrafts: 0 }).archivePrefetchDrafts, 0);
  });

  it('take the weak-support threshold and severity, and name them when wrong', () => {
    const s = toSettings({ weakSupportThreshold: 0.2, weakSupportSeverity: 'hint' });
    assert.deepEqual([s.check.weakSupportThreshold, s.check.weakSupportSeverity, s.problems], [0.2, 'hint', []]);
    const bad = toSettings({ weakSupportThreshold: 2, weakSupportSeverity: 'quiet' });
    assert.deepEqual([bad.check.weakSupportThreshold, bad.check.weakSupportSeverity], [DEFAULT_OPTIONS.weakSupportThreshold, DEFAULT_OPTIONS.weakSupportSeverity]);
    assert.match(bad.problems.join(' '), /sumber\.weakSupportThreshold must be a number from 0 to 1/);
    assert.match(bad.problems.join(' '), /sumber\.weakSupportSeverity must be one of/);
  });

  it('fall back to defaults on bad values instead of failing', () => {
    const s = toSettings({ corpus: 'seeds', supportThreshold: 7, debounceMs: -1, severity: { 'number-mismatch': 'loud' } });
    assert.deepEqual(s.corpus, DEFAULT_SETTINGS.corpus);
    assert.equal(s.check.supportThreshold, DEFAULT_OPTIONS.supportThreshold);
    assert.equal(s.debounceMs, DEFAULT_SETTINGS.debounceMs);
    assert.equal(s.check.severity['number-mismatch'], 'error');
    assert.equal(toSettings({ severity: { 'number-mismatch': 'off' } }).check.severity['number-mismatch'], 'off');
  });
});
