import * as assert from 'node:assert/strict';
import { toSettings } from '../../server/src/settings';
import { isKnownSettingProblem, SETTING_PROBLEM_FORMS, settingProblemIn } from '../../server/src/core/messages/setting-problems';

// A wrong `sumber` setting is shown to the writer in the editor's language: settings.ts says the problem in English
// (the log keeps it) and the book in core/messages/setting-problems.ts says it in Indonesian. Every problem the
// validation makes must be in the book; the setting's name and values stay as the writer typed them.

const WRONG = {
  corpus: 'seeds', supportThreshold: 2, severity: { 'number-mismatch': 'loud' }, knownNames: ['Ana', 3], messageLanguage: 'fr',
  debounceMs: -1, maxDraftSizeKB: 0, indexCache: 'yes', showSupport: 1,
};

describe('a setting\'s problem in the writer\'s language', () => {
  it('knows every problem the validation makes, and says each in Indonesian', () => {
    const problems = [...toSettings(WRONG).problems, ...toSettings({ knownNames: 'Ana' }).problems];
    assert.equal(problems.length, 10, problems.join('\n'));
    for (const p of problems) {
      assert.ok(isKnownSettingProblem(p), `not in the book: ${p}`);
      assert.notEqual(settingProblemIn('id', p), p);
      assert.equal(settingProblemIn('en', p), p);
    }
  });

  it('keeps the setting and its values as written', () => {
    const [problem] = toSettings({ supportThreshold: 2 }).problems;
    assert.match(problem, /^sumber\.supportThreshold must be a number from 0 to 1; using [\d.]+\.$/);
    assert.match(settingProblemIn('id', problem), /^sumber\.supportThreshold harus berupa angka dari 0 sampai 1; yang dipakai: [\d.]+\.$/);
    assert.equal(settingProblemIn('id', toSettings({ messageLanguage: 'fr' }).problems[0]),
      'sumber.messageLanguage harus salah satu dari auto, en, id; yang dipakai: auto (bahasa draf).');
  });

  it('has the same values in both forms of every problem', () => {
    const names = (form: string) => [...form.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
    for (const [en, id] of SETTING_PROBLEM_FORMS) assert.deepEqual(names(id), names(en), en);
  });
});
