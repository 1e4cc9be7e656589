import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { checkDraft, DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { CHECK_CODES, CheckOptions, CoreDiagnostic, NOTICE_CODES } from '../../server/src/core/checks/types';
import { EN, MessageId } from '../../server/src/core/messages/en';
import { countIn, docsPageOf, languageOfLocale, placeholdersOf } from '../../server/src/core/messages/catalogue';
import { quoteDifference } from '../../server/src/core/checks/quote-check';
import { seedCorpus } from './seed-corpus';
import { REPO } from '../workspace';

// What the writer reads: the source's words and the draft's side by side, in the draft's language (or the one the
// setting names), never a list of stems or talk of a model; and a page for every code.

const english = Corpus.build(fs.readdirSync(path.join(REPO, 'test/fixtures/english')).sort().map((f): SourceFile => ({
  uri: f, label: f, text: fs.readFileSync(path.join(REPO, 'test/fixtures/english', f), 'utf8'), format: 'plaintext',
})));

const inLanguage = (messageLanguage: CheckOptions['messageLanguage']): CheckOptions => ({ ...DEFAULT_OPTIONS, messageLanguage });
const messages = (corpus: Corpus, text: string, options = DEFAULT_OPTIONS) => checkDraft(corpus, text, 'markdown', options).map(d => `${d.code}: ${d.message}`);

const WRONG_NUMBER_EN = 'The expansion will add two new berths and is expected to create about 500 jobs, according to the Calder Development Agency.';
const WRONG_NUMBER_ID = 'China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.';

describe('messages', () => {
  it('has every message in English and Indonesian, with the same values to fill in', () => {
    for (const id of Object.keys(EN) as MessageId[]) assert.deepEqual(placeholdersOf('id', id), placeholdersOf('en', id), id);
  });

  it('reads the editor\'s display language as Indonesian or English, and writes counts as each does', () => {
    assert.deepEqual(['id', 'id-ID', 'in', 'en', 'en-us', 'de', 'pt-br', '', undefined, 42].map(languageOfLocale),
      ['id', 'id', 'id', 'en', 'en', 'en', 'en', 'en', 'en', 'en']);
    assert.deepEqual([countIn('en', 1200), countIn('id', 1200), countIn('id', 6000000)], ['1,200', '1.200', '6.000.000']);
    for (const n of [0, 7, 42, 999, 1000, 12345, 123456, 1234567, 98765432, 1.5, -3000]) {
      assert.equal(countIn('en', n), n.toLocaleString('en-US'), String(n));
      assert.equal(countIn('id', n), n.toLocaleString('id-ID'), String(n));
    }
  });

  it('speaks the draft\'s language unless the setting names one', () => {
    assert.deepEqual(messages(english, WRONG_NUMBER_EN), [
      'number-mismatch: The source says “300”; the draft says “500”. harbour-vote.txt: “The expansion will add two new berths and is expected to create about 300 jobs, according to a report by the Calder Development Agency (CDA).”',
    ]);
    assert.match(messages(english, WRONG_NUMBER_EN, inLanguage('id'))[0], /^number-mismatch: Sumber menyebut “300”; draf menyebut “500”\./);
    assert.match(messages(seedCorpus(), WRONG_NUMBER_ID)[0], /^number-mismatch: Sumber menyebut “70 persen”; draf menyebut “40 persen”\./);
    assert.match(messages(seedCorpus(), WRONG_NUMBER_ID, inLanguage('en'))[0], /^number-mismatch: The source says “70 persen”; the draft says “40 persen”\./);
  });

  it('titles the fixes in the same language as the message', () => {
    const [id] = checkDraft(seedCorpus(), WRONG_NUMBER_ID, 'markdown');
    assert.deepEqual(id.fixes.map(f => f.title), ['Ganti dengan “70 persen”']);
    const [en] = checkDraft(seedCorpus(), WRONG_NUMBER_ID, 'markdown', inLanguage('en'));
    assert.deepEqual(en.fixes.map(f => f.title), ['Replace with “70 persen”']);
  });

  it('shows the words where a misquote parts from its source, side by side', () => {
    const draft = '“The risks can be eliminated if the work avoids the spawning season,” Okafor said.';
    assert.deepEqual(messages(english, draft), ['quote-mismatch: The source words this quote differently: the source says “be managed if”; ' +
      'the draft says “be eliminated if”. The quote in river-study.txt: “The risks can be managed if the work avoids the spawning season”']);
  });

  it('shows both wordings of a contradiction, with the negation that makes it one', () => {
    const draft = 'Nair told reporters the union had been consulted on the design of the new berths.';
    assert.match(messages(english, draft)[0], /^contradiction: The source says the opposite: the source says “had not been consulted”; the draft says “consulted”\./);
  });

  it('quotes the closest passage for an unsupported sentence and names the draft\'s words it has nothing for', () => {
    const [message] = messages(english, 'Nair said the union would organise protest marches if safety rules at the port were not strengthened.');
    // The words as the draft writes them ("strengthened", not a stem), neighbours read as one phrase.
    assert.match(message, /^unsupported-claim: No source says this\. The closest passage, in union-response\.txt, has nothing for “organise protest marches” or “strengthened”: “.+”$/);
    const [kereta] = messages(seedCorpus(), 'Kedua pemimpin juga sepakat membuka kembali jalur kereta penumpang langsung antara Beijing dan Moskow.');
    assert.match(kereta, /^unsupported-claim: Tidak ada sumber yang menyatakan ini\. Kalimat sumber yang paling dekat, di .+\.txt, tidak memuat .*“(?:jalur )?kereta penumpang”.*: “.+”$/);
  });

  it('never speaks of the verifier, lists words or leaves a value out, on the sample draft and the English claims', () => {
    const [head, ...rows] = fs.readFileSync(path.join(REPO, 'eval/claims-own-en.tsv'), 'utf8').trim().split('\n');
    const claims = rows.map(r => r.split('\t')[head.split('\t').indexOf('text')]).join('\n\n');
    const all: CoreDiagnostic[] = [
      ...checkDraft(seedCorpus(), fs.readFileSync(path.join(REPO, 'examples/draft.md'), 'utf8'), 'markdown'),
      ...checkDraft(english, claims, 'markdown'),
    ];
    assert.ok(all.length > 20);
    const bad = all.map(d => d.message).filter(m => /verifier|learned|does not state|\{\w+\}|“\s*”|:\s*[.,]|nothing for :|tidak memuat :/i.test(m));
    assert.deepEqual(bad, []);
  });
});

describe('the differing words of a misquote', () => {
  it('names an unknown name as the draft writes it, and the word of it no source uses', () => {
    const found = messages(seedCorpus(), 'Putin juga singgah di Provinsi Vostochny sebelum pulang ke Moskow.').filter(m => m.startsWith('unknown-entity'));
    assert.deepEqual(found, ['unknown-entity: Tidak ada sumber yang menyebut “Provinsi Vostochny”: tidak ada sumber yang memakai “Vostochny”.']);
  });

  it('gives the changed, added or dropped words with an agreeing word beside them', () => {
    assert.deepEqual(quoteDifference('Families are already stretched thin', 'Families are stretched very thin'),
      { source: 'are already stretched thin', draft: 'are stretched very thin' });
    assert.deepEqual(quoteDifference('a turning point for the whole coast', 'a turning point for the whole country'),
      { source: 'whole coast', draft: 'whole country' });
    assert.deepEqual(quoteDifference('one two three', 'one two three four'), { source: 'three', draft: 'three four' });
  });

  it('finds no difference in quotation marks, case or spacing', () => {
    assert.equal(quoteDifference('We are   borrowing, against “our” future', 'we are borrowing against "our" future'), undefined);
  });
});

describe('the pages the codes link to', () => {
  for (const code of [...CHECK_CODES, ...NOTICE_CODES]) {
    it(`explains ${code}: what it means, an example, how to fix it`, () => {
      const file = path.join(REPO, docsPageOf(code));
      assert.ok(fs.existsSync(file), `${docsPageOf(code)} is missing`);
      const page = fs.readFileSync(file, 'utf8');
      assert.ok(page.startsWith(`# ${code}\n`), 'titled with the code');
      assert.match(page, /^## Example$/m);
      assert.match(page, /^## How to fix it$/m);
      // A finding a comment can silence says how; a notice about the draft as a whole cannot be silenced.
      if ((CHECK_CODES as readonly string[]).includes(code)) assert.ok(page.includes(`sumber-disable-next-line ${code}`));
    });
  }
});
