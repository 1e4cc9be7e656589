import * as assert from 'node:assert/strict';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { EntityKind } from '../../server/src/core/facts/names';
import { EntityRegistry, RawMention } from '../../server/src/core/index/registry';

// The registry is built from each document's parts, and an update keeps the parts of the documents that did not
// change. What a writer sees must not depend on that: after files come, go or change, the entities are exactly
// those of a corpus built from nothing, with every mention pointing at the right document.

const file = (label: string, text: string): SourceFile => ({ uri: label, label, format: 'plaintext', text });

const A = file('a.txt', 'Councillor Ana Lindqvist proposed a new bridge on Monday.\nLindqvist said the bridge would cost $4 million.');
const B = file('b.txt', 'The Harbour Authority (HA) met on Tuesday.\nThe HA chair, Marek Duda, said the ferry would stay.');
const C = file('c.txt', 'Marek Duda opened the ferry terminal.\nDuda thanked Councillor Ana Lindqvist for the money.');
const NEW = file('aa.txt', 'Mayor Rosa Imani welcomed the bridge plan.\nImani said Lindqvist had earned the city\'s thanks.');

/** Each entity as a reader would describe it: name, kind, and where its mentions and roles stand. */
function listed(c: Corpus) {
  return c.registry.entities.map(e => ({
    name: e.name, kind: e.kind, keys: [...e.keys],
    mentions: e.mentions.map(m => `${c.docs[m.doc].label}:${m.start}-${m.end}`),
    roles: e.roles.map(r => `${c.docs[r.doc].label}:${r.text}`),
  }));
}

describe('the registry after an update', () => {
  it('equals a fresh build when a file is added before the others, one is changed and one removed', async () => {
    const before = await Corpus.buildAsync([A, B, C]);
    assert.ok(listed(before).some(e => e.name === 'Ana Lindqvist' && e.mentions.length === 3), 'the surname counts for the full name');
    // aa.txt sorts first: every kept document's number moves up by one.
    const changedC = { ...C, text: C.text.replace('opened', 'closed') };
    const files = [NEW, A, changedC];
    const after = await Corpus.buildAsync(files, { previous: before.earlier() });
    assert.equal(after.reused, 1, 'only a.txt is taken from before');
    assert.deepEqual(listed(after), listed(Corpus.build(files)));
    const lindqvist = listed(after).find(e => e.name === 'Ana Lindqvist');
    assert.deepEqual(lindqvist?.mentions.map(m => m.split(':')[0]).sort(), ['a.txt', 'a.txt', 'aa.txt', 'c.txt']);
  });

  it('keeps an acronym defined in a file that stayed, and drops what a removed file alone said', async () => {
    const before = await Corpus.buildAsync([A, B, C]);
    assert.equal(before.registry.lookup('ha')?.name, 'Harbour Authority');
    const kept = await Corpus.buildAsync([B, C], { previous: before.earlier() });
    assert.equal(kept.registry.lookup('ha')?.name, 'Harbour Authority');
    assert.deepEqual(listed(kept), listed(Corpus.build([B, C])));
    const gone = await Corpus.buildAsync([A, C], { previous: before.earlier() });
    assert.equal(gone.registry.lookup('ha'), undefined);
    assert.deepEqual(listed(gone), listed(Corpus.build([A, C])));
  });

  it('equals a fresh build over a run of updates to the last files, each update built on the one before', async () => {
    const Z = file('z.txt', 'Marek Duda and Mayor Rosa Imani toured the terminal.\nImani praised the Harbour Authority.');
    const runs: SourceFile[][] = [
      [A, B, C, Z],
      [A, B, C, { ...Z, text: Z.text.replace('toured', 'closed') + '\nCouncillor Ana Lindqvist stayed away.' }],
      [A, B, C],
      [A, B, { ...C, text: C.text + '\nThe HA thanked Duda.' }, Z],
    ];
    // An editor's corpus: built to be updated, each update from the one before (so kept groups are kept twice).
    let current = await Corpus.buildAsync([A, B, C], { updatable: true });
    for (const files of runs) {
      current = await Corpus.buildAsync(files, { previous: current.earlier(), updatable: true });
      assert.deepEqual(listed(current), listed(Corpus.build(files)), files.map(f => f.label).join(' '));
    }
    assert.ok(listed(current).some(e => e.name === 'Rosa Imani' && e.mentions.length === 2));
  });

  it('equals a fresh build when files come and go in the middle of a folder, moving the documents after them', async () => {
    // Enough files that one or two changes are an update, not a rebuild; each names someone of its own, so most
    // groups are untouched and only move with their documents.
    const people = ['Ana Lindqvist', 'Marek Duda', 'Rosa Imani', 'Tomas Berg', 'Lena Okafor', 'Ivo Marsh', 'Nadia Sol', 'Piet Hal', 'Sara Quint', 'Omar Vale', 'Kai Rune', 'Eva Stone'];
    const folder = people.map((p, i) => file(`f${String(i).padStart(2, '0')}.txt`,
      `Councillor ${p} spoke on Monday.\n${p.split(' ')[1]} said the ferry would stay, and thanked ${people[(i + 5) % people.length]}.`));
    const added = file('f05b.txt', 'Mayor Rosa Imani met Councillor Ada Brook.\nBrook said the bridge would cost $4 million.');
    const runs: SourceFile[][] = [
      [...folder.slice(0, 6), added, ...folder.slice(6)],
      [...folder.slice(0, 6), { ...added, text: added.text + '\nBrook thanked Omar Vale.' }, ...folder.slice(6)],
      [...folder.slice(0, 3), ...folder.slice(4, 6), ...folder.slice(6)],
      folder,
    ];
    let current = await Corpus.buildAsync(folder, { updatable: true });
    for (const files of runs) {
      current = await Corpus.buildAsync(files, { previous: current.earlier(), updatable: true });
      assert.deepEqual(listed(current), listed(Corpus.build(files)), files.map(f => f.label).join(' '));
    }
    assert.deepEqual(listed(current).find(e => e.name === 'Eva Stone')?.mentions.map(m => m.split(':')[0]), ['f06.txt', 'f11.txt', 'f11.txt']);
  });
});

describe('the registry after many updates that move documents', () => {
  it('equals a fresh build after each of forty updates that add or remove files in the middle, one after another', async () => {
    // Each update renumbers the documents after the file; the kept groups read their numbers through every
    // renumbering since they were made, until the registry moves them all (past 32 generations). The files
    // added copy others, so no word is new and no other file is read again: each update is one file's.
    const first = ['Ana', 'Marek', 'Rosa', 'Tomas', 'Lena', 'Ivo', 'Nadia', 'Piet', 'Sara', 'Omar', 'Kai', 'Eva'];
    const last = ['Lindqvist', 'Duda', 'Imani', 'Berg', 'Okafor', 'Marsh', 'Sol', 'Hal', 'Quint', 'Vale', 'Rune', 'Stone'];
    // Every third file also names someone by surname alone, which several full names share: a group of its own that
    // an update touching one of those full names merges again, wherever its numbering stands.
    const folder = Array.from({ length: 36 }, (_, i) => file(`f${String(i).padStart(2, '0')}.txt`,
      `Councillor ${first[i % 12]} ${last[(i * 5) % 12]} spoke on Monday.\n${last[(i * 5) % 12]} said the ferry would stay, and thanked ${first[(i + 3) % 12]} ${last[(i * 7) % 12]}.`
      + (i % 3 === 0 ? `\nThe motion was seconded by ${last[(i * 5 + 1) % 12]} on Tuesday.` : '')));
    let files = folder, current = await Corpus.buildAsync(files, { updatable: true });
    let remerged = 0;
    for (let round = 0; round < 40; round++) {
      const at = 3 + (round * 7) % 30, copy = folder[(round * 11) % 36];
      files = round % 4 === 3 ? files.filter(f => !/x\d/.test(f.label))
        : [...files, { ...copy, uri: `f${String(at).padStart(2, '0')}x${round}.txt`, label: `f${String(at).padStart(2, '0')}x${round}.txt` }].sort((a, b) => (a.label < b.label ? -1 : 1));
      current = await Corpus.buildAsync(files, { previous: current.earlier(), updatable: true });
      assert.deepEqual(listed(current), listed(Corpus.build(files)), `round ${round}: ${files.map(f => f.label).join(' ')}`);
      if (current.registry.remerged !== undefined) remerged++;
    }
    assert.ok(remerged >= 30, `${remerged} of 40 updates merged only the groups they touched`);
  });
});

describe('the registry after a file changes what other files\' words are', () => {
  it('equals a fresh build when a new file\'s capitals make other files be read again, whether their names changed or not', async () => {
    // z.txt writes "Brook" and "Lindqvist" capitalised in mid-sentence for the first time: x.txt, whose "Brook"
    // opens a sentence, is read again and finds a name there; y.txt is read again and finds what it found before.
    const X = file('x.txt', 'Brook said the bridge would cost $4 million.\nThe ferry would stay, said Marek Duda.');
    const Y = file('y.txt', 'Lindqvist spoke first. Councillor Ana Lindqvist proposed a bridge.');
    const Z = file('z.txt', 'The council met Councillor Ada Brook on Monday.\nLindqvist was there too.');
    const before = await Corpus.buildAsync([X, Y], { updatable: true });
    assert.ok(!listed(before).some(e => e.name.includes('Brook')));
    const added = await Corpus.buildAsync([X, Y, Z], { previous: before.earlier(), updatable: true });
    assert.equal(added.reused, 0, 'both files asked about a word whose answer changed');
    assert.deepEqual(listed(added), listed(Corpus.build([X, Y, Z])));
    assert.deepEqual(listed(added).find(e => e.name === 'Brook')?.mentions, ['x.txt:0-5', 'z.txt:31-36']);
    const removed = await Corpus.buildAsync([X, Y], { previous: added.earlier(), updatable: true });
    assert.deepEqual(listed(removed), listed(before));
  });
});

describe('the kind of a name the sources mention often', () => {
  const mention = (doc: number, sentence: number, text: string, kind: EntityKind): RawMention => ({
    doc, sentence, start: 0, end: text.length, text,
    name: { text, key: text.toLowerCase(), kind, words: text.toLowerCase().split(' '), start: 0, end: text.length, role: undefined, modifier: undefined, bracketed: undefined },
  });
  const kindOf = (kinds: EntityKind[]) =>
    EntityRegistry.build(kinds.map((k, i) => mention(i, 0, 'Northgate', k))).lookup('northgate')?.kind;

  it('is the kind most of its mentions were given, not the strongest one any mention got', () => {
    // A city the name finder once read as a person stays a city.
    assert.equal(kindOf(['place', 'place', 'person', 'place', 'other']), 'place');
    assert.equal(kindOf(['organization', 'person', 'organization']), 'organization');
  });

  it('counts untyped mentions half, and gives a tie to the stronger kind', () => {
    assert.equal(kindOf(['person', 'person', 'other', 'other', 'other']), 'person');
    assert.equal(kindOf(['person', 'other', 'other', 'other']), 'other');
    assert.equal(kindOf(['place', 'person']), 'person');
  });
});

describe('the registry after an update that merges only the names it touches', () => {
  // Enough files naming people of their own that an update merges again only the names tied to what changed.
  const others = ['Ana Lindqvist', 'Rosa Imani', 'Tomas Berg', 'Lena Okafor', 'Ivo Marsh', 'Nadia Sol', 'Piet Hal', 'Sara Quint', 'Omar Vale', 'Kai Rune', 'Eva Stone', 'Ada Brook'];
  const folder = others.map((p, i) => file(`f${String(i).padStart(2, '0')}.txt`, `Councillor ${p} spoke on Monday.\n${p.split(' ')[1]} said the ferry would stay.`));
  const named = (c: Corpus, key: string) => c.registry.lookup(key)?.name;

  async function updates(first: SourceFile[], ...runs: SourceFile[][]): Promise<Corpus> {
    let current = await Corpus.buildAsync(first, { updatable: true });
    for (const files of runs) {
      current = await Corpus.buildAsync(files, { previous: current.earlier(), updatable: true });
      assert.deepEqual(listed(current), listed(Corpus.build(files)), files.map(f => f.label).join(' '));
      assert.ok(current.registry.remerged !== undefined && current.registry.remerged < 10, `merged ${current.registry.remerged} groups again`);
    }
    return current;
  }

  it('joins a surname to the one full name left when a file with a second one goes, though its own file stayed', async () => {
    const surname = file('g1.txt', 'The ferry plan was backed by Duda on Friday.');
    const marek = file('g2.txt', 'Councillor Marek Duda opened the terminal.');
    const anna = file('g3.txt', 'Councillor Anna Duda closed the terminal.');
    const all = [...folder, surname, marek, anna];
    const before = await Corpus.buildAsync(all);
    assert.equal(named(before, 'duda'), 'Duda', 'two full names share the surname: it joins neither');
    const after = await updates(all, [...folder, surname, marek], all);
    assert.equal(named(after, 'duda'), 'Duda');
    const without = await updates(all, [...folder, surname, marek]);
    assert.equal(named(without, 'duda'), 'Marek Duda');
  });

  it('joins an acronym to the one longer name of its initials left, and parts them when a second one comes', async () => {
    const acronym = file('h1.txt', 'The HA met on Tuesday.\nThe HA said the ferry would stay.');
    const harbour = file('h2.txt', 'The Harbour Authority met the mayor.');
    const housing = file('h3.txt', 'The Housing Agency met the mayor.');
    const both = [...folder, acronym, harbour, housing];
    assert.equal(named(Corpus.build(both), 'ha'), 'HA', 'two names have the initials');
    const one = await updates(both, [...folder, acronym, harbour]);
    assert.equal(named(one, 'ha'), 'Harbour Authority');
    const again = await updates([...folder, acronym, harbour], both);
    assert.equal(named(again, 'ha'), 'HA');
  });
});
