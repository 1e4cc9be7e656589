import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { analyzeDraft, checkDraft } from '../../server/src/core/checks/check';
import { hoverAt } from '../../server/src/core/features/hover';
import { definitionAt } from '../../server/src/core/features/navigation';
import { REPO } from '../workspace';

// The same pipeline on an English corpus: three short articles written for these tests.

const DIR = path.join(REPO, 'test/fixtures/english');
const corpus = Corpus.build(fs.readdirSync(DIR).sort().map((f): SourceFile => ({
  uri: f, label: f, text: fs.readFileSync(path.join(DIR, f), 'utf8'), format: 'plaintext',
})));
const codes = (text: string) => checkDraft(corpus, text, 'markdown').map(d => d.code);
const speakerOf = (fragment: string) => {
  for (const d of corpus.docs) for (const q of d.facts.quotes) {
    if (q.text.includes(fragment)) return q.attribution.speaker && corpus.registry.resolve(q.attribution.speaker)?.name;
  }
  return 'no such quote';
};

describe('English sources and drafts', () => {
  it('detects English and reads quotes with said/told/according to', () => {
    assert.deepEqual(corpus.docs.map(d => d.facts.lang), ['en', 'en', 'en']);
    assert.equal(speakerOf('borrowing against'), 'Tomas Reyes');
    assert.equal(speakerOf('Nobody should have to choose'), 'Priya Nair');
    assert.equal(speakerOf('a turning point'), 'Elena Marsh');
  });

  it('passes sentences the sources support', () => {
    assert.deepEqual(codes('The harbour council voted on Tuesday to approve a $45 million expansion of the container terminal.'), []);
    assert.deepEqual(codes('The expansion is expected to create about 300 jobs, according to the Calder Development Agency.'), []);
    assert.deepEqual(codes('The union represents around 1,100 workers at the port.'), []);
  });

  it('flags a changed amount, weekday and month with the source value', () => {
    const [money] = checkDraft(corpus, 'The council approved a $54 million expansion of the container terminal.', 'markdown');
    assert.equal(money.code, 'number-mismatch');
    assert.equal(money.fixes[0].newText, '$45 million');
    assert.deepEqual(codes('The harbour council voted on Friday to approve the expansion of the container terminal.'), ['date-mismatch']);
    assert.deepEqual(codes('Construction is scheduled to begin in early May 2025.'), ['date-mismatch']);
  });

  it('flags misquotes, made-up quotes and quotes in the wrong mouth', () => {
    assert.deepEqual(codes('"We are borrowing against our grandchildren\'s future," Reyes said.'), ['quote-mismatch']);
    assert.deepEqual(codes('"The port will double in size by 2030," Okafor said.'), ['quote-not-found']);
    const [mis] = checkDraft(corpus, '"We are borrowing against our children\'s future," Marsh said.', 'markdown');
    assert.equal(mis.code, 'misattributed-quote');
    assert.match(mis.message, /Tomas Reyes/);
  });

  it('flags unknown people and negated facts', () => {
    assert.deepEqual(codes('Governor Alan Pike praised the decision.'), ['unknown-entity']);
    assert.deepEqual(codes('The study recommends that dredging should take place between April and June.'), ['contradiction']);
  });

  it('reads possessives: "Port Calder\'s" names Port Calder, "the union\'s general secretary" is a role', () => {
    assert.deepEqual(codes("Port Calder's harbour council voted on Tuesday to approve the expansion of the container terminal."), []);
    const [role] = checkDraft(corpus, "Priya Nair, the union's president, said safety rules must come first.", 'markdown');
    assert.equal(role?.code, 'unknown-entity');
    assert.match(role.message, /general secretary/);
  });

  it('finds the speaker after a verb and a title ("said Mayor Elena Marsh")', () => {
    const [mis] = checkDraft(corpus, '"Nobody should have to choose between a job and their health," said Mayor Elena Marsh.', 'markdown');
    assert.equal(mis?.code, 'misattributed-quote');
    assert.match(mis.message, /Priya Nair/);
  });

  it('flags an organisation swapped for another the sources name elsewhere', () => {
    const d = checkDraft(corpus, 'A study by the Calder Development Agency found that dredging for the Port Calder expansion could raise sediment levels.', 'markdown');
    assert.deepEqual(d.map(x => x.code), ['unknown-entity']);
    assert.equal(d[0].fixes[0].newText, 'University of Westmoor');
  });

  it('flags words the sources give to a report put in a councillor\'s mouth, and reads "roughly" as "about"', () => {
    // The passage goes by "a report by the Calder Development Agency"; Reyes is named only in the next sentence.
    for (const text of ['According to Tomas Reyes, the expansion should create roughly 300 jobs.', 'Tomas Reyes said the expansion should create roughly 300 jobs.']) {
      const d = checkDraft(corpus, text, 'markdown');
      assert.deepEqual(d.map(x => x.code), ['unknown-entity'], text);
      assert.equal(d[0].fixes[0].newText, 'Calder Development Agency');
    }
    assert.deepEqual(codes('According to the Calder Development Agency, the expansion should create roughly 300 jobs.'), []);
  });

  it('hovers a surname and goes from a quote to its source', () => {
    const text = 'Reyes spoke. He called it "a turning point for the whole coast" then.';
    const facts = analyzeDraft(corpus, text, 'markdown');
    const hover = hoverAt(corpus, facts, 1, l => `${l.doc}:${l.start}`, 'en')!;
    assert.match(hover.markdown, /\*\*Tomas Reyes\*\* · person/);
    const [loc] = definitionAt(corpus, facts, text.indexOf('turning'));
    assert.equal(corpus.docs[loc.doc].label, 'harbour-vote.txt');
    assert.equal(corpus.docs[loc.doc].text.slice(loc.start, loc.end), 'a turning point for the whole coast');
  });

  it('takes an initial the source abbreviates, written out, for the source\'s words', () => {
    const paper = Corpus.build([{ uri: 'p.txt', label: 'p.txt', format: 'plaintext',
      text: 'Researchers had assumed that the marsupial belonged to a mainland subspecies, A. swainsonii mimetes, until the new study.' }]);
    const quoteCodes = (text: string) => checkDraft(paper, text, 'markdown').map(d => d.code).filter(c => c.startsWith('quote'));
    assert.deepEqual(quoteCodes('It was assumed to belong to a mainland subspecies, "Antechinus swainsonii mimetes".\n'), []);
    assert.equal(quoteCodes('It was assumed to belong to a mainland subspecies, "Antechinus flavipes mimetes".\n').length, 1);
  });
});
