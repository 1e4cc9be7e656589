import * as assert from 'node:assert/strict';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { analyzeDraft, DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { SentenceCheckCache } from '../../server/src/core/checks/sentence-cache';

// An archive holds the same sentence many times (a wire story filed by every outlet). Those copies must not crowd
// out of retrieval the one document that says what the claim says.

function archive(copies: number): Corpus {
  const files: SourceFile[] = [];
  for (let i = 0; i < copies; i++) {
    files.push({ uri: `copy-${String(i).padStart(3, '0')}.txt`, label: `copy-${i}.txt`, format: 'plaintext',
      text: `Laporan ${i}.\n\nAda stigma seputar persoalan kesehatan jiwa yang berkembang di kota itu.\n\nCuaca hari ke-${i} cerah.\n` });
  }
  files.push({ uri: 'zz-survey.txt', label: 'zz-survey.txt', format: 'plaintext',
    text: 'Survei dinas kesehatan.\n\nTidak ada stigma seputar persoalan kesehatan jiwa yang berkembang di kota itu.\n' });
  return Corpus.build(files);
}

async function codesFor(corpus: Corpus, draft: string): Promise<string[]> {
  const report = await new SentenceCheckCache(corpus).report(analyzeDraft(corpus, draft, 'markdown'), DEFAULT_OPTIONS);
  return report.diagnostics.map(d => String(d.code));
}

describe('retrieval among copies of one sentence', () => {
  const claim = 'Tidak ada stigma seputar persoalan kesehatan jiwa yang berkembang di kota itu.\n';

  it('finds the one document that says the claim behind forty copies of a sentence that says otherwise', async () => {
    assert.deepEqual(await codesFor(archive(40), claim), []);
  });

  it('still sees the copies: the claim they state is supported, its negation is not', async () => {
    const corpus = archive(40);
    assert.deepEqual(await codesFor(corpus, 'Ada stigma seputar persoalan kesehatan jiwa yang berkembang di kota itu.\n'), []);
    assert.notDeepEqual(await codesFor(Corpus.build(corpus.docs.filter(d => d.uri !== 'zz-survey.txt')), claim), []);
  });
});
