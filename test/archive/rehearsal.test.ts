import * as assert from 'node:assert/strict';
import { rehearsalText } from '../../server/src/archive-draws';

// The draft a server rehearses its first check on, made of the archive's newest documents: like a writer's draft,
// paragraphs of a few documents in turn, about a thousand words, no titles or datelines.

const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ');

describe('the rehearsal draft of an archive warm-up', () => {
  it('takes the documents\' paragraphs in turn and leaves out lines too short to be paragraphs', () => {
    const a = ['Judul berita pendek', words(20, 'a'), '03:07', words(20, 'b')].join('\n');
    const b = [words(20, 'c'), words(20, 'd')].join('\n\n');
    const paragraphs = rehearsalText([a, b]).split('\n\n');
    assert.deepEqual(paragraphs.map(p => p.split(' ')[0]), ['a0', 'c0', 'b0', 'd0']);
  });

  it('stops at about a thousand words, and takes only the beginning of a document written as one long paragraph', () => {
    const long = words(5000, 'x');
    const many = Array.from({ length: 200 }, (_, i) => words(30, `p${i}-`)).join('\n');
    const text = rehearsalText([long, many]);
    const paragraphs = text.split('\n\n');
    assert.equal(paragraphs[0].split(' ').length, 150);
    const total = text.split(/\s+/).length;
    assert.ok(total >= 1000 && total < 1200, `${total} words`);
  });

  it('is empty when no document has a paragraph', () => {
    assert.equal(rehearsalText(['Judul saja', '']), '');
  });
});
