import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expandCorpus } from '../../server/src/corpus-files';
import { TempWorkspace } from './temp-workspace';
import { ExpandedCorpus, listingAfter } from '../../server/src/corpus-listing';

// After a file watcher reports paths, the corpus listing is updated without walking the folders where that is
// sure to give what a walk gives. Each case here changes a real folder, asks for the updated listing and, when
// one is given, compares it with a fresh walk: a wrong shortcut would drop or invent a source.

const ws = new TempWorkspace('sumber-listing-');
const { write, rels } = ws;

/** The updated listing, checked against a walk of the folder as it now is; undefined when a walk is needed. */
function updated(patterns: string[], before: ExpandedCorpus, touched: string[]): string[] | undefined {
  const after = listingAfter(ws.root, patterns, {}, before, new Set(touched));
  if (!after) return undefined;
  const walked = expandCorpus(ws.root, patterns);
  assert.deepEqual({ files: after.files, unmatched: after.unmatched, skipped: after.skipped, errors: after.errors },
    { files: walked.files, unmatched: walked.unmatched, skipped: walked.skipped, errors: walked.errors });
  assert.deepEqual(after.walk?.matched, walked.walk?.matched, 'per-pattern counts carried for the next update');
  return rels(after.files);
}

describe('the corpus listing after a watcher\'s report', () => {
  ws.each();

  it('takes in a new source beside listed ones and lets a deleted one go, in walk order, without a walk', () => {
    const patterns = ['sources/**/*.txt', 'sources/**/*.md'];
    const a = write('sources/a.txt'), c = write('sources/c.txt');
    write('sources/notes.md');
    let before = expandCorpus(ws.root, patterns);
    fs.writeFileSync(a, 'Teks yang diubah.\n');
    assert.equal(listingAfter(ws.root, patterns, {}, before, new Set([a])), before, 'a listed file changed in place');
    const b = write('sources/b.txt');
    assert.deepEqual(updated(patterns, before, [b]), ['sources/a.txt', 'sources/b.txt', 'sources/c.txt', 'sources/notes.md']);
    before = listingAfter(ws.root, patterns, {}, before, new Set([b]))!;
    fs.rmSync(c);
    assert.deepEqual(updated(patterns, before, [c]), ['sources/a.txt', 'sources/b.txt', 'sources/notes.md']);
    before = listingAfter(ws.root, patterns, {}, before, new Set([c]))!;
    // Several reports at once, one file added, one deleted, one changed.
    const d = write('sources/d.txt');
    fs.rmSync(b);
    assert.deepEqual(updated(patterns, before, [b, d, a]), ['sources/a.txt', 'sources/d.txt', 'sources/notes.md']);
  });

  it('leaves to a walk what it cannot be sure of', () => {
    const patterns = ['sources/**/*.txt', 'sources/**/*.md'];
    const a = write('sources/a.txt');
    const before = expandCorpus(ws.root, patterns);
    // A new folder; a file under a folder walks skip; a file that is no source; a folder where a file was.
    assert.equal(listingAfter(ws.root, patterns, {}, before, new Set([write('sources/new/x.txt')])), undefined);
    assert.equal(listingAfter(ws.root, patterns, {}, before, new Set([write('sources/node_modules/y.txt')])), undefined);
    assert.equal(listingAfter(ws.root, patterns, {}, before, new Set([write('sources/z.json')])), undefined);
    // The first .md file: a pattern that matched nothing now matches.
    assert.equal(listingAfter(ws.root, patterns, {}, before, new Set([write('sources/first.md')])), undefined);
    // The last file of a pattern deleted.
    fs.rmSync(a);
    assert.equal(listingAfter(ws.root, patterns, {}, expandCorpus(ws.root, ['sources/a.txt']), new Set([a])), undefined);
    fs.mkdirSync(a);
    assert.equal(listingAfter(ws.root, patterns, {}, before, new Set([a])), undefined);
    // Without the watcher's word which files changed, or with none; without a listing before.
    assert.equal(listingAfter(ws.root, patterns, {}, before, undefined), undefined);
    assert.equal(listingAfter(ws.root, patterns, {}, before, new Set()), undefined);
    assert.equal(listingAfter(ws.root, patterns, {}, undefined, new Set([a])), undefined);
  });

  it('walks again when the last walk met a link, so one file can stand at two paths', () => {
    const patterns = ['sources/**/*.txt'];
    write('sources/a.txt');
    const target = write('sources/b.txt');
    fs.symlinkSync(target, path.join(ws.root, 'sources', 'link.txt'));
    const before = expandCorpus(ws.root, patterns);
    assert.equal(before.files.length, 2, 'b.txt and the link to it are one source, read once');
    fs.rmSync(target);
    assert.equal(listingAfter(ws.root, patterns, {}, before, new Set([target])), undefined);
    assert.deepEqual(expandCorpus(ws.root, patterns).skipped.map(s => s.path), ['sources/link.txt'], 'the dangling link is reported');
  });
});
