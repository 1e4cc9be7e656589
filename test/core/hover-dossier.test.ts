import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { hoverAt } from '../../server/src/core/features/hover';
import { seedCorpus } from './seed-corpus';
import { REPO } from '../workspace';

// The hover as a reporter's dossier, on the English dossier fixtures (three articles about one town) and the
// seeds: a name typed as a writer types it on second reference in, the Markdown a fact-checker reads out.

const dir = path.join(REPO, 'test/fixtures/dossier');
const corpus = Corpus.build(fs.readdirSync(dir).sort().map(f => ({ uri: f, label: f, format: 'plaintext' as const, text: fs.readFileSync(path.join(dir, f), 'utf8') })));

function hover(draft: string, name: string, c = corpus): string {
  const facts = analyzeDraft(c, draft, 'markdown');
  return hoverAt(c, facts, draft.indexOf(name) + 1, l => `${c.docs[l.doc].label}#${l.start}`, 'en')?.markdown ?? '';
}

describe('the hover as a dossier', () => {
  it('says who a person is, with the source of each role, and counts the surname mentions', () => {
    const md = hover('Ortiz promised forty buses.', 'Ortiz');
    assert.match(md, /^\*\*Rafael Ortiz\*\* · person/);
    assert.match(md, /- heads the Westbrook Transit Authority — \[transit-budget\.txt\]\(transit-budget\.txt#\d+\)/);
    assert.match(md, /Mentioned 2 times in 1 document\./);
    assert.match(md, /Also written “Ortiz”\./);
  });

  it('lists a person\'s quotes, those by a role ("the mayor said") and by "called" included, without the trailing comma', () => {
    const md = hover('Teller defended the budget.', 'Teller');
    assert.match(md, /> “a responsible plan for a growing city\.” — \[transit-budget\.txt\]/);
    assert.match(md, /> “Nobody in this city should wait an hour for a bus” — \[transit-budget\.txt\]/);
  });

  it('names the organisation "its" points to in a role', () => {
    assert.match(hover('Sandoval announced a bus service.', 'Sandoval'), /- Its spokeswoman \(Norland Ferry Company\) — /);
  });

  it('lists the people whose roles name an organisation, each with the role and its source', () => {
    assert.match(hover('The Westbrook Transit Authority will buy buses.', 'Transit'), /People: Rafael Ortiz \(heads the Westbrook Transit Authority\) \[transit-budget\.txt\]/);
    assert.match(hover('The Norland Ferry Company runs the route.', 'Ferry'), /People: Mira Sandoval \(Its spokeswoman\)/);
  });

  it('says what a place is and where, and who governs it', () => {
    const md = hover('Ferries to Harwick are cancelled.', 'Harwick');
    assert.match(md, /^\*\*Harwick\*\* · place/);
    assert.match(md, /- fishing port on the coast of Norland province — \[harbour-towns\.txt\]/);
    assert.match(md, /People: Greta Holm \(mayor of Harwick\)/);
  });

  it('keeps a title out of the name and shows it as the role', () => {
    const md = hover('Vance warned drivers.', 'Vance');
    assert.match(md, /^\*\*Teresa Vance\*\* · person/);
    assert.match(md, /- Police Commissioner — /);
  });

  it('on the seeds: a title\'s country after the name, a description before it, a name\'s end typed alone', () => {
    assert.match(hover('Lukashenko hadir.', 'Lukashenko', seedCorpus()), /- Presiden dari Belarusia — /);
    assert.match(hover('Belousov ikut.', 'Belousov', seedCorpus()), /- menteri pertahanannya yang baru diangkat — /);
    const putin = hover('Putin tiba.', 'Putin', seedCorpus());
    assert.doesNotMatch(putin, /- Presiden — /, 'a bare title beside "Presiden Rusia" says nothing more');
    assert.match(hover('Von der Leyen mendesak Xi.', 'Von', seedCorpus()), /^\*\*Ursula von der Leyen\*\*/);
  });
});
