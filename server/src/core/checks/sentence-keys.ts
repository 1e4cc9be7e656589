import { DocFacts, SentenceFacts, sentenceAt } from '../facts/analyze';
import { originOf } from '../facts/sentence-facts-memo';
import { CheckOptions } from './types';
import { Corpus } from '../index/corpus';
import { partOfName } from '../index/name-resolution';

// The keys of the check cache (sentence-cache.ts). A sentence's findings depend only on the corpus, the options, the
// sentence's own facts, the quotes that overlap it (with their speakers), the draft's language and whom the draft's
// earlier full names make of a surname in it (name-resolution.ts): its key is made of exactly those, every offset
// taken relative to the sentence. A check that starts reading anything else of the draft must add it here.

const OFFSET_KEYS = new Set(['start', 'end', 'open', 'close']);

/**
 * The options' part of every key. Known names change what the entity check reports, the language what it says and
 * the thresholds what counts as support and what is weakly unsupported; severities are not part of it (they are applied after the cache).
 */
export function keyOfOptions(options: CheckOptions): string {
  return JSON.stringify([options.supportThreshold, options.weakSupportThreshold, options.knownNames, options.messageLanguage, options.englishWeak ?? null]);
}

/** What a sentence's check reads, as a string, with offsets relative to the sentence's start. */
export function sentenceKey(corpus: Corpus, draft: DocFacts, sentence: SentenceFacts, quotes: DocFacts['quotes']): string {
  return quotesKey(draft, sentence, quotes) + draftNamesKey(corpus, draft, sentence);
}

/**
 * Whom the sentence's names that the sources do not know by themselves are taken for, through the full name the
 * draft used before them ("Putin" after "Upaya Putin" earlier in the draft): the same sentence later in a draft
 * may be about someone else.
 */
function draftNamesKey(corpus: Corpus, draft: DocFacts, sentence: SentenceFacts): string {
  let key = '';
  for (const n of sentence.names) if (!corpus.registry.resolve(n)) key += `\u0001${partOfName(corpus, draft, n.words, n.start)?.id ?? ''}`;
  return key;
}

function quotesKey(draft: DocFacts, sentence: SentenceFacts, quotes: DocFacts['quotes']): string {
  const base = sentence.start;
  const relative = (key: string, value: unknown) => (OFFSET_KEYS.has(key) && typeof value === 'number' && value >= 0 ? value - base : value);
  // A speaker named in another sentence is part of the fix (its title and apposition go with it): that
  // sentence's words join the key.
  const speakerSentences = quotes.map(q => q.attribution.speaker).filter(n => n && (n.start < sentence.start || n.end > sentence.end))
    .map(n => draft.sentences[sentenceAt(draft.sentences, n!.start)]?.text ?? '');
  if (!quotes.length && !speakerSentences.length) return plainKey(draft.lang, sentence);
  const around = JSON.stringify([quotes.map(q => ({ ...q, sentence: q.sentence - sentence.index })), speakerSentences], relative);
  return `${draft.lang}\u0000${factsKey(sentence)}\u0000${around}`;
}

/** The key of a sentence no quote touches, kept whole: built again, a key is a new string of kilobytes to hash. */
const plainKeys = new WeakMap<object, { lang: string; key: string }>();
function plainKey(lang: string, sentence: SentenceFacts): string {
  const origin = originOf(sentence), kept = plainKeys.get(origin);
  if (kept?.lang === lang) return kept.key;
  const key = `${lang}\u0000${factsKey(sentence)}\u0000`;
  plainKeys.set(origin, { lang, key });
  return key;
}

/** Each sentence's facts as a string, relative to its start, by the facts as first analysed (sentence-facts-memo.ts). */
const factsKeys = new WeakMap<object, string>();

/**
 * The facts' part of a key, worked out once per analysed sentence: after an edit, the sentences after it are
 * copies moved to their new offsets, whose relative facts are those of the original (at 10 MB of sources the keys
 * of a 988-word draft took about 2 ms and 230 KB of strings per check, on every keystroke).
 */
function factsKey(sentence: SentenceFacts): string {
  const origin = originOf(sentence);
  let key = factsKeys.get(origin);
  if (key === undefined) {
    const base = origin.start;
    const { index: _index, ...facts } = origin;
    key = JSON.stringify(facts, (k, value) => (OFFSET_KEYS.has(k) && typeof value === 'number' && value >= 0 ? value - base : value));
    factsKeys.set(origin, key);
  }
  return key;
}
