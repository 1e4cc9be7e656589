import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/corpus';
import { SEEDS } from '../workspace';

// The seed articles as a corpus, built once per test run (labels are the file names).
let cached: Corpus | undefined;

export function seedCorpus(): Corpus {
  cached ??= Corpus.build(fs.readdirSync(SEEDS).sort().map((f): SourceFile => ({
    uri: f, label: f, text: fs.readFileSync(path.join(SEEDS, f), 'utf8'), format: 'plaintext',
  })));
  return cached;
}
