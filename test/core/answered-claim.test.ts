import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, messagesOf } from './seed-corpus';

// A claim that has someone state what the story has them reject right after (checks/answered-claim.ts). Made-up sources.

const corpus = corpusOfLines({
  'airline.txt': [
    ...fillerLines(6),
    'The Northwind Crew Union said on Tuesday that pilots had been pressured to fly aircraft with unresolved technical faults.',
    'Skyline Airways rejected the claim. "No pilot has ever been asked to fly an unsafe aircraft," its chief operating officer said.',
    'The Harbour Traders Association said the new parking charges had driven shoppers away from the old town.',
    'The city council said that visitor numbers had risen again this spring.',
    'The Lower Aldenbrook Residents Association says it warned Brenholt Water about seepage at the spillway in a letter sent last October.',
    'Brenholt Water denies ever receiving the letter.',
    'The company says its own staff walked the spillway last summer and found nothing of concern.',
    ...fillerLines(6),
  ],
  'pasar.txt': [
    ...fillerLines(6, 'id'),
    'Serikat pedagang mengatakan bahwa retribusi pasar naik dua kali lipat sejak kebakaran tahun lalu.',
    'Dinas Perdagangan membantah tuduhan itu dan menyebut tarif tidak berubah.',
    ...fillerLines(6, 'id'),
  ],
});
const contradictions = messagesOf(corpus, 'contradiction');

describe('a statement given to the one who rejects it', () => {
  it('is a contradiction, shown against the rejection', () => {
    const [m] = contradictions('Skyline Airways acknowledged that pilots had been pressured to fly aircraft with unresolved technical faults.');
    assert.match(m ?? '', /“rejected the claim”; the draft says “acknowledged that pilots had been pressured/);
    const [id] = contradictions('Dinas Perdagangan mengakui bahwa retribusi pasar naik dua kali lipat sejak kebakaran tahun lalu.');
    assert.match(id ?? '', /“membantah tuduhan itu”/);
  });

  it('is none for the one who made the statement, nor where no one answers it', () => {
    assert.deepEqual(contradictions('The Northwind Crew Union said pilots had been pressured to fly aircraft with unresolved technical faults.'), []);
    assert.deepEqual(contradictions('Serikat pedagang mengatakan retribusi pasar naik dua kali lipat sejak kebakaran tahun lalu.'), []);
    // The rejection is Skyline's, not the council's; the traders' statement is followed by one that rejects nothing.
    assert.deepEqual(contradictions('The city council acknowledged that pilots had been pressured to fly aircraft with unresolved technical faults.'), []);
    assert.deepEqual(contradictions('The Harbour Traders Association acknowledged that the new parking charges had driven shoppers away from the old town.'), []);
  });
});

describe('an act the claim has its speaker admit, which the story has the same speaker deny', () => {
  it('is a contradiction, though the admitted clause is followed by a negation of its own', () => {
    const [m] = contradictions("Brenholt Water acknowledged receiving the residents' letter about seepage but said its staff had found nothing of concern.");
    assert.match(m ?? '', /“denies ever receiving the letter”; the draft says “acknowledged receiving the residents' letter about seepage”/);
  });

  it('is none for another speaker, or an admission the denial does not name', () => {
    assert.deepEqual(contradictions("The residents association acknowledged receiving no answer to its letter about seepage."), []);
    assert.deepEqual(contradictions('Brenholt Water acknowledged that its staff walked the spillway last summer and found nothing of concern.'), []);
  });
});
