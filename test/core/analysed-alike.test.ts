import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { analysedAlike, analyzeDraft } from '../../server/src/core/checks/check';
import { SEEDS } from '../workspace';

// A draft's analysis reads only the corpus's vocabularies and language. A corpus that grows without changing them
// (an archive's working set drawing documents whose words it knows) analyses every draft alike, so an editor keeps
// the draft's analysis across the update; a corpus whose vocabulary changed does not.

const seeds = fs.readdirSync(SEEDS).sort().map((f): SourceFile => ({ uri: f, label: f, text: fs.readFileSync(path.join(SEEDS, f), 'utf8'), format: 'plaintext' }));
const DRAFT = 'Presiden Rusia Vladimir Putin bertemu Xi Jinping di Moskow.\n\n“Kami mendukung inisiatif rekan-rekan Tiongkok kami,” kata Putin.\n';

describe('a draft analysed against an updated corpus', () => {
  it('is analysed alike when the update kept the vocabularies, and the facts are the same', async () => {
    const before = Corpus.build(seeds.slice(0, 4));
    // The fifth article's words, all of them already in the first four's: a copy of one of those.
    const copy: SourceFile = { ...seeds[0], uri: 'copy.txt', label: 'copy.txt' };
    const after = await Corpus.buildAsync([...seeds.slice(0, 4), copy], { previous: before.earlier() });
    assert.ok(analysedAlike(before, after));
    assert.deepEqual(analyzeDraft(after, DRAFT, 'markdown'), analyzeDraft(before, DRAFT, 'markdown'));
  });

  it('is analysed anew when the update brought words', async () => {
    const before = Corpus.build(seeds.slice(0, 4));
    const after = await Corpus.buildAsync(seeds, { previous: before.earlier() });
    assert.ok(!analysedAlike(before, after));
  });
});
