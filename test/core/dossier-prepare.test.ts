import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { entitiesWithin, peopleOf, prepareDossier, prepareDossierAsync, quotesBy } from '../../server/src/core/features/dossier-facts';
import { seedPieces } from './seed-corpus';

// The hover's corpus-wide tables (who said each quote, the people of an organisation, what a span of a source
// names) are made between other work after a re-index. Made so, or all at once, or asked for in the middle of
// being made, they must say the same.

/** Everything the tables answer, for every entity and every document's first sentence. */
function answers(corpus: Corpus): unknown {
  return {
    quotes: corpus.registry.entities.map(e => quotesBy(corpus, e).map(q => [q.loc.doc, q.loc.start, q.text])),
    people: corpus.registry.entities.map(e => peopleOf(corpus, e).map(p => [p.person.name, p.role.text])),
    named: corpus.docs.map(d => entitiesWithin(corpus, d.id, 0, 400).map(e => e.name)),
  };
}

describe("the hover's tables made between other work", () => {
  it('say what tables made at once say, also when a hover asks while they are being made', async () => {
    const files = seedPieces();
    const atOnce = Corpus.build(files);
    prepareDossier(atOnce);
    const expected = answers(atOnce);

    const between = Corpus.build(files);
    let turns = 0;
    // Small steps: the seed pieces have about a hundred entities.
    await prepareDossierAsync(between, async () => { turns++; }, 4);
    assert.ok(turns > 20, `${turns} turns`);
    assert.deepEqual(answers(between), expected);

    const interrupted = Corpus.build(files);
    let asked = false;
    await prepareDossierAsync(interrupted, async () => {
      // A hover in the middle: it makes what it needs at once, and the preparation keeps that.
      if (!asked) { asked = true; quotesBy(interrupted, interrupted.registry.entities[0]); }
    }, 4);
    assert.ok(asked);
    assert.deepEqual(answers(interrupted), expected);
    const hasQuotes = (expected as { quotes: unknown[][] }).quotes.some(q => q.length > 0);
    assert.ok(hasQuotes, 'the seed pieces have attributed quotes');
  });
});
