import { analyzeText, CorpusContext, DocFacts, collectVocabulary, makeContext, TextFormat, SentenceFacts } from '../facts/analyze';
import { EntityRegistry, RawMention } from './registry';
import { CancellationToken, throwIfCancelled } from '../cancellation';
import { wordParts } from '../text/tokens';
import { rolesAfterName } from '../facts/roles';
import { SpellingVariants } from '../text/spelling';
import { NameMention } from '../facts/names';

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

const NO_POSTINGS = new Int32Array(0);

export class Corpus {
  /** Every word form of the corpus, any case, for telling known names from unknown ones. */
  readonly anyCaseVocab = new Set<string>();
  readonly sentenceCount: number;
  readonly avgSentenceLength: number;
  readonly registry: EntityRegistry;
  // Sentences are numbered through the corpus in document order; the index is kept in typed arrays of those
  // numbers (a few bytes per posting, not an object), so retrieval walks flat memory and scores into one array.
  /** Postings per stem: ids of the sentences holding it, ascending. */
  private readonly postingLists = new Map<string, Int32Array>();
  /** Id of each document's first sentence, and one past the last at the end. */
  private readonly firstSentence: Int32Array;
  /** Document of each sentence id. */
  private readonly docOfSentence: Int32Array;
  /** Word count of each sentence, the length BM25 normalises by. */
  private readonly lengths: Int32Array;

  private constructor(readonly docs: CorpusDoc[], readonly ctx: CorpusContext) {
    this.firstSentence = new Int32Array(docs.length + 1);
    for (const d of docs) this.firstSentence[d.id + 1] = this.firstSentence[d.id] + d.facts.sentences.length;
    const total = this.firstSentence[docs.length];
    this.docOfSentence = new Int32Array(total);
    this.lengths = new Int32Array(total);
    // One pass collects (stem, sentence) pairs, each stem once per sentence; a counting pass then fills lists of
    // exactly their size. Stems get numbers on first sight, so each word costs one map lookup.
    const stemIds = new Map<string, number>(), stems: string[] = [];
    let lastSentence: Int32Array<ArrayBuffer> = new Int32Array(1024), pairs: Int32Array<ArrayBuffer> = new Int32Array(1 << 16), n = 0;
    for (const d of docs) {
      d.facts.sentences.forEach((s, i) => {
        const id = this.firstSentence[d.id] + i;
        for (const w of s.words) {
          if (w.stop) continue;
          let stem = stemIds.get(w.stem);
          if (stem === undefined) {
            stem = stems.length;
            stems.push(w.stem);
            stemIds.set(w.stem, stem);
            if (stem >= lastSentence.length) lastSentence = grown(lastSentence, lastSentence.length * 2);
            lastSentence[stem] = -1;
          }
          if (lastSentence[stem] === id) continue;
          lastSentence[stem] = id;
          if (n + 2 > pairs.length) pairs = grown(pairs, pairs.length * 2);
          pairs[n++] = stem;
          pairs[n++] = id;
        }
      });
    }
    const counts = new Int32Array(stems.length);
    for (let p = 0; p < n; p += 2) counts[pairs[p]]++;
    const lists = stems.map((_, i) => new Int32Array(counts[i]));
    counts.fill(0);
    for (let p = 0; p < n; p += 2) lists[pairs[p]][counts[pairs[p]]++] = pairs[p + 1];
    stems.forEach((stem, i) => this.postingLists.set(stem, lists[i]));
    let words = 0;
    for (const d of docs) {
      d.facts.sentences.forEach((s, i) => {
        const id = this.firstSentence[d.id] + i;
        this.docOfSentence[id] = d.id;
        this.lengths[id] = s.words.length;
        words += s.words.length;
        for (const w of s.words) this.anyCaseVocab.add(w.norm);
      });
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

  /** Ids of the sentences that hold a stem (stopwords are not indexed), ascending. */
  postingsOf(stem: string): Int32Array {
    return this.postingLists.get(stem) ?? NO_POSTINGS;
  }

  /** Word count of a sentence by id, the length BM25 normalises by. */
  lengthOf(id: number): number {
    return this.lengths[id];
  }

  /** The document and sentence of a sentence id. */
  refOf(id: number): SentenceRef {
    const doc = this.docOfSentence[id];
    return { doc, sentence: id - this.firstSentence[doc] };
  }

  sentence(ref: SentenceRef): SentenceFacts {
    return this.docs[ref.doc].facts.sentences[ref.sentence];
  }

  /** Inverse sentence frequency: rare words weigh more. Unseen words weigh like words seen once. */
  idf(stem: string): number {
    const df = Math.max(1, this.postingsOf(stem).length);
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

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
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
