import * as assert from 'node:assert/strict';
import { seedCorpus } from './seed-corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { definitionAt, referencesAt, sourceLinksAt } from '../../server/src/core/features/navigation';
import { findPassage } from '../../server/src/core/index/quote-search';
import { hoverAt } from '../../server/src/core/features/hover';

// Go to source and hover: string in, locations and Markdown out.

const corpus = seedCorpus();
const source = (l: { doc: number; start: number; end: number }) => corpus.docs[l.doc].text.slice(l.start, l.end);
const label = (l: { doc: number }) => corpus.docs[l.doc].label;

function at(draft: string, needle: string, delta = 1) {
  return { facts: analyzeDraft(corpus, draft, 'markdown'), offset: draft.indexOf(needle) + delta };
}

describe('finding a quoted passage in the sources', () => {
  it('finds an exact quote whatever its quote marks and case', () => {
    const [m] = findPassage(corpus, 'KEPENTINGAN INTI satu sama lain');
    assert.equal(m.exact, true);
    assert.equal(m.text, 'kepentingan inti satu sama lain');
  });

  it('forgives a typo and a changed word, and returns the source wording', () => {
    const [m] = findPassage(corpus, 'Kami sangat menghargai posisi yg seimbang dari sahabat China kami');
    assert.equal(m.exact, false);
    assert.equal(m.text, 'Kami sangat menghargai posisi yang seimbang dari teman-teman China kami');
    assert.equal(label(m), '002_5f9adbd90754c8a2.txt');
  });

  it('joins two separated parts across an ellipsis', () => {
    const [m] = findPassage(corpus, 'Kami mematuhi prinsip satu China … provokasi AS dan satelitnya');
    assert.ok(m, 'found');
    assert.match(m.text, /^Kami mematuhi prinsip satu China\. Kami mengutuk provokasi AS dan satelitnya$/);
  });

  it('finds a passage the source states without quote marks', () => {
    const [m] = findPassage(corpus, 'semakin bergantung secara ekonomi pada Tiongkok');
    assert.equal(label(m), '000_c230f47f23c97080.txt');
  });

  it('finds every source that has the passage', () => {
    const docs = new Set(findPassage(corpus, 'tanpa batas').map(label));
    assert.ok(docs.size >= 3, [...docs].join(','));
  });

  it('finds nothing for words no source has', () => {
    assert.deepEqual(findPassage(corpus, 'Kami tidak akan pernah bernegosiasi dengan Kyiv'), []);
  });
});

describe('definition and references', () => {
  it('goes from inside a draft quote to the source passage', () => {
    const draft = 'Blinken menuduh China menjadi “kontributor utama” perang Moskow.';
    const { facts, offset } = at(draft, 'kontributor', 3);
    const [loc] = definitionAt(corpus, facts, offset);
    assert.equal(source(loc), 'kontributor utama');
    assert.equal(label(loc), '004_b5881bf3274fa01a.txt');
  });

  it('links the whole draft quote to its source sentence, selecting the quoted words', () => {
    const draft = 'Blinken menuduh China menjadi “kontributor utama” perang Moskow.';
    const { facts, offset } = at(draft, 'utama', 2);
    const [link] = sourceLinksAt(corpus, facts, offset);
    assert.equal(draft.slice(link.origin.start, link.origin.end), '“kontributor utama”');
    assert.equal(source(link.selection), 'kontributor utama');
    // The target is the sentence the words stand in: the editor reveals the words within it.
    assert.match(source(link.target), /^Selama kunjungannya ke Beijing bulan lalu, Blinken .*kontributor utama.* persenjataan\.$/);
    assert.ok(link.target.start <= link.selection.start && link.selection.end <= link.target.end);
  });

  it('links a name to the sentence of the mention that states its role', () => {
    const { facts, offset } = at('Kata Blinken begitu.', 'Blinken');
    const [link] = sourceLinksAt(corpus, facts, offset);
    assert.equal(source(link.selection), 'Antony Blinken');
    assert.match(source(link.target), /Antony Blinken/);
    assert.ok(source(link.target).length > 'Antony Blinken'.length);
  });

  it('goes from a name to the mention that states its role', () => {
    const { facts, offset } = at('Kata Blinken begitu.', 'Blinken');
    const [loc] = definitionAt(corpus, facts, offset);
    assert.equal(source(loc), 'Antony Blinken');
  });

  it('lists every mention of a person, full name and surname alike', () => {
    const { facts, offset } = at('Pertemuan itu dihadiri Erdogan.', 'Erdogan');
    const refs = referencesAt(corpus, facts, offset).map(source);
    assert.ok(refs.includes('Recep Tayyip Erdogan') && refs.includes('Erdogan'), refs.join('|'));
  });

  it('has nothing to offer on an ordinary word', () => {
    const { facts, offset } = at('Pertemuan itu dihadiri Erdogan.', 'dihadiri');
    assert.deepEqual(definitionAt(corpus, facts, offset), []);
  });
});

describe('hover on a name', () => {
  const link = (l: { doc: number; start: number }) => `${corpus.docs[l.doc].label}#${l.start}`;

  it('shows the canonical name, kind, role with its source, mention counts and quotes', () => {
    const { facts, offset } = at('Menurut Xi, hubungan itu kuat.', 'Xi');
    const h = hoverAt(corpus, facts, offset, link, 'en')!;
    assert.match(h.markdown, /^\*\*Xi Jinping\*\* · person/);
    assert.match(h.markdown, /pemimpin Tiongkok — \[000\\_c230f47f23c97080\.txt\]\(000_c230f47f23c97080\.txt#\d+\)/);
    assert.match(h.markdown, /Mentioned \d+ times in 5 documents\./);
    assert.match(h.markdown, /^> “/m);
    assert.ok(h.markdown.length < 1500, 'capped');
  });

  it('works on a surname typed in lower case', () => {
    const { facts, offset } = at('kata blinken kemarin.', 'blinken');
    assert.match(hoverAt(corpus, facts, offset, link, 'en')!.markdown, /Antony Blinken/);
  });

  it('shows nothing on ordinary words or unknown names', () => {
    for (const [text, word] of [['Perang itu panjang.', 'Perang'], ['Kata Sekar Wulandari.', 'Sekar']]) {
      const { facts, offset } = at(text, word);
      assert.equal(hoverAt(corpus, facts, offset, link, 'en'), undefined, word);
    }
  });
});
