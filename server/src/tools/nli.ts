import * as fs from 'node:fs';
import { Corpus, SourceFile } from '../core/index/corpus';
import { analyzeDraft } from '../core/checks/check';
import { SentenceFacts } from '../core/facts/analyze';
import { claimTerms, ClaimTerm } from '../core/index/support';
import { align } from '../core/index/align';
import { bestEvidence } from '../core/index/best-evidence';
import { marksOf } from '../core/index/claim-marks';
import { supportFeatures } from '../core/verifier/features';

// Premise–hypothesis data (IndoNLI's JSON lines) seen the way the product sees a draft and a corpus: the
// premises become the corpus, each hypothesis a claim. Training aligns a hypothesis to its own premise;
// evaluation retrieves the evidence from all premises, as the checker does.

export interface NliPair { premise: string; hypothesis: string; label: 'e' | 'n' | 'c' }

export function loadPairs(file: string): NliPair[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(l => l.trim()).map(l => {
    const j = JSON.parse(l);
    return { premise: j.premise, hypothesis: j.hypothesis, label: j.label };
  });
}

export function premiseCorpus(pairs: readonly NliPair[]): { corpus: Corpus; docOf: Map<string, number> } {
  const docOf = new Map<string, number>();
  const files: SourceFile[] = [];
  for (const p of pairs) {
    if (docOf.has(p.premise)) continue;
    docOf.set(p.premise, files.length);
    files.push({ uri: `premise:${files.length}`, label: `premise ${files.length}`, text: p.premise, format: 'plaintext' });
  }
  return { corpus: Corpus.build(files), docOf };
}

export interface ClaimView { sentence: SentenceFacts; terms: ClaimTerm[] }

/** The hypothesis as claims (one per sentence), with their content terms. */
export function claimsOf(corpus: Corpus, hypothesis: string): ClaimView[] {
  const facts = analyzeDraft(corpus, hypothesis, 'plaintext');
  return facts.sentences.map(sentence => ({
    sentence,
    terms: claimTerms(corpus, sentence, w => {
      const n = sentence.names.find(x => w.start >= x.start && w.end <= x.end);
      return n ? corpus.registry.resolve(n) : undefined;
    }),
  })).filter(c => c.terms.length > 0);
}

/** Features of a claim against each sentence of one premise document. */
export function featuresAgainstDoc(corpus: Corpus, claim: ClaimView, doc: number): number[][] {
  return corpus.docs[doc].facts.sentences.map(s => supportFeatures(corpus, claim.sentence, claim.terms, align(corpus, claim.terms, { doc, sentence: s.index })));
}

/** Features of a claim against the top passages retrieved from the whole corpus. */
export function featuresRetrieved(corpus: Corpus, claim: ClaimView, k = 5): number[][] {
  return bestEvidence(corpus, claim.terms, k, marksOf(claim.sentence)).map(a => supportFeatures(corpus, claim.sentence, claim.terms, a));
}

/** Share of the claim's content words found in the best passage: the lexical baseline. */
export function lexicalShare(corpus: Corpus, claim: ClaimView): number {
  const best = bestEvidence(corpus, claim.terms, 5, marksOf(claim.sentence));
  if (!best.length) return 0;
  return Math.max(...best.map(a => a.credit.filter(c => c > 0).length / claim.terms.length));
}
