import { analyzeText, CorpusContext, DocFacts, collectVocabulary, makeContext, TextFormat, SentenceFacts } from './analyze';
import { EntityRegistry, RawMention } from './registry';
import { CancellationToken, throwIfCancelled } from './cancellation';
import { wordParts } from './tokens';
import { rolesAfterName } from './roles';
import { SpellingVariants } from './spelling';
import { NameMention } from './names';

// The index over the sources. Retrieval goes through postings (stem → sentences) so a check touches only the
// sentences that share words with the claim, never every sentence of the corpus.

export interface SourceFile {
  /** Stable identifier the caller understands (a file URI or path). */
  uri: string;
  /** What to show a person: a workspace-relative path. */
  label: string;
  text: string;
  format: TextFormat;
}

export interface CorpusDoc extends SourceFile {
  id: number;
  facts: DocFacts;
}

export interface BuildProgress {
  token?: CancellationToken;
  /** Gives other work a turn between slices. */
  pause?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
}

/** Work done between two pauses while indexing, in milliseconds. */
const BUILD_SLICE_MS = 15;

export interface SentenceRef {
  doc: number;
  sentence: number;
}

export class Corpus {
  readonly postings = new Map<string, SentenceRef[]>();
  /** Every word form of the corpus, any case, for telling known names from unknown ones. */
  readonly anyCaseVocab = new Set<string>();
  readonly sentenceCount: number;
  readonly avgSentenceLength: number;
  readonly registry: EntityRegistry;

  private constructor(readonly docs: CorpusDoc[], readonly ctx: CorpusContext) {
    let total = 0, words = 0;
    for (const d of docs) {
      for (const s of d.facts.sentences) {
        total++;
        words += s.words.length;
        const seen = new Set<string>();
        for (const w of s.words) {
          this.anyCaseVocab.add(w.norm);
          if (w.stop || seen.has(w.stem)) continue;
          seen.add(w.stem);
          (this.postings.get(w.stem) ?? this.postings.set(w.stem, []).get(w.stem)!).push({ doc: d.id, sentence: s.index });
        }
      }
    }
    this.sentenceCount = total;
    this.avgSentenceLength = total ? words / total : 1;
    this.registry = EntityRegistry.build(rawMentions(docs));
  }

  static build(files: readonly SourceFile[], token?: CancellationToken): Corpus {
    const steps = Corpus.steps(files, token);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  }

  /**
   * The same corpus as `build`, built in slices: between files the caller's `pause` lets other work run (an
   * editor's hover), `onProgress` hears how many files are done, and a cancelled token stops the work.
   */
  static async buildAsync(files: readonly SourceFile[], progress: BuildProgress = {}): Promise<Corpus> {
    const steps = Corpus.steps(files, progress.token);
    let sliceStarted = Date.now();
    let step = steps.next();
    while (!step.done) {
      progress.onProgress?.(step.value, files.length);
      if (progress.pause && Date.now() - sliceStarted >= BUILD_SLICE_MS) {
        await progress.pause();
        throwIfCancelled(progress.token);
        sliceStarted = Date.now();
      }
      step = steps.next();
    }
    return step.value;
  }

  /** Analyses one file per step, yielding the count done; returns the corpus. */
  private static *steps(files: readonly SourceFile[], token?: CancellationToken): Generator<number, Corpus> {
    const vocab = new Set<string>(), midCap = new Set<string>();
    for (const f of files) collectVocabulary(f.text, vocab, midCap);
    const ctx = makeContext(vocab, midCap);
    const docs: CorpusDoc[] = [];
    for (const [id, f] of files.entries()) {
      throwIfCancelled(token);
      docs.push({ ...f, id, facts: analyzeText(f.text, { format: f.format, keepHeadings: true }, ctx, token) });
      yield id + 1;
    }
    return new Corpus(docs, ctx);
  }

  /**
   * A corpus from analyses made earlier (the on-disk cache): the files' facts and the vocabulary they were
   * analysed with. Postings and the registry are derived again, so only analysis is ever stored.
   */
  static restore(files: readonly SourceFile[], facts: DocFacts[], lowerVocab: ReadonlySet<string>, midCapVocab: ReadonlySet<string>): Corpus {
    if (facts.length !== files.length) throw new Error('the stored analyses do not match the files');
    return new Corpus(files.map((f, id) => ({ ...f, id, facts: facts[id] })), makeContext(lowerVocab, midCapVocab));
  }

  static empty(): Corpus {
    return Corpus.build([]);
  }

  /** Content-word count of a sentence, the length BM25 normalises by. */
  sentenceLength(ref: SentenceRef): number {
    return this.docs[ref.doc].facts.sentences[ref.sentence].words.length;
  }

  sentence(ref: SentenceRef): SentenceFacts {
    return this.docs[ref.doc].facts.sentences[ref.sentence];
  }

  /** Inverse sentence frequency: rare words weigh more. Unseen words weigh like words seen once. */
  idf(stem: string): number {
    const df = Math.max(1, this.postings.get(stem)?.length ?? 0);
    return Math.log(1 + (this.sentenceCount - df + 0.5) / (df + 0.5));
  }

  knowsWord(norm: string): boolean {
    return wordParts(norm).every(p => this.anyCaseVocab.has(p));
  }

  private variants?: SpellingVariants;

  /** Another spelling of a word of a name the sources use ("samudra" → "samudera"), or undefined. */
  nameSpelling(norm: string): string | undefined {
    this.variants ??= new SpellingVariants(this.registry.entities.flatMap(e => e.name.toLowerCase().split(/\s+/)));
    return this.variants.find(norm);
  }

  get stats(): { documents: number; sentences: number; entities: number; quotes: number } {
    return {
      documents: this.docs.length,
      sentences: this.sentenceCount,
      entities: this.registry.entities.length,
      quotes: this.docs.reduce((n, d) => n + d.facts.quotes.length, 0),
    };
  }
}

const ACRONYM_AFTER = /^\s*\(\s*([\p{Lu}][\p{Lu}\d]{1,6})\s*\)/u;

/**
 * A person goes by an acronym only of their initials ("Susilo Bambang Yudhoyono (SBY)"); other capitals in
 * brackets after a name are a photo credit, an employer or a party ("Xi Jinping(AFP)", "Joko Widodo (PDI-P)").
 */
function isInitialsOf(acronym: string, name: NameMention): boolean {
  return name.words.map(w => w[0]).join('') === acronym.toLowerCase();
}

function rawMentions(docs: CorpusDoc[]): RawMention[] {
  const out: RawMention[] = [];
  for (const d of docs) {
    for (const s of d.facts.sentences) {
      s.names.forEach((name, i) => {
        const acronym = d.text.slice(name.end, name.end + 12).match(ACRONYM_AFTER)?.[1];
        const m: RawMention = { doc: d.id, sentence: s.index, start: name.start, end: name.end, text: name.text, name, weak: s.headline };
        if (acronym && acronym.toLowerCase() !== name.key && (name.kind !== 'person' || isInitialsOf(acronym, name))) m.acronym = acronym;
        if (name.kind === 'person' || name.kind === 'other') {
          const stated = rolesAfterName(s.tokens, name, s.names[i + 1]?.start ?? s.end);
          if (stated.length) m.stated = stated;
        }
        out.push(m);
      });
    }
  }
  return out;
}
