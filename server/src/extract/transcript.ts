import { detectLanguage } from '../core/text/language';
import { Block } from './types';

// Interview transcripts give the speaker as a label before each answer ("ANA LINDQVIST: We were ready.",
// "Moderator: ..."), which the quote finder cannot read: it knows quotation marks and reporting verbs. A
// transcript's answers are therefore written as the quotes they are, with the speaker after a reporting verb in
// the transcript's language (“We were ready,” said Ana Lindqvist.), so the misattribution check sees who said
// what. Labels that are not names (a letter such as "Q" or "A") are left as they are: they name no one.
//
// Only a document where labels recur is a transcript: a single "Note: ..." paragraph in an article stays text.

/** One to five capitalised words, then a colon: "ANA LINDQVIST:", "Moderator:", "Dr. Ana Lindqvist:". */
const LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,4})[ \t]*:[ \t]+(?=\S)/u;
const MAX_LABEL = 40;

function labelOf(text: string): { label: string; rest: string } | undefined {
  const m = LABEL.exec(text);
  if (!m || m[1].length > MAX_LABEL) return undefined;
  return { label: m[1], rest: text.slice(m[0].length) };
}

/** Whether enough paragraphs start with a speaker label, one label at least twice, for this to be a transcript. */
function isTranscript(labels: readonly string[]): boolean {
  if (labels.length < 2) return false;
  const seen = new Set<string>();
  for (const l of labels) {
    const key = l.toLocaleLowerCase();
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** A label in capitals ("ANA LINDQVIST") as the name is written in running text ("Ana Lindqvist"). */
function speakerName(label: string): string {
  if (label !== label.toLocaleUpperCase()) return label;
  return label.toLocaleLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase());
}

/** The answer as one quote: inner double marks become single ones so the quote is not closed early. */
function asQuote(words: string, speaker: string, lang: 'id' | 'en'): string {
  const inner = words.replace(/[“„«]/g, '‘').replace(/[”»]/g, '’').replace(/"/g, "'").trim();
  // The quote ends with a comma before the attribution, as news copy writes it; ? and ! stay.
  const body = /[.…:;,]$/.test(inner) ? inner.replace(/[.…:;,]+$/, '') + ',' : /[?!]$/.test(inner) ? inner : inner + ',';
  return lang === 'id' ? `“${body}” kata ${speaker}.` : `“${body}” said ${speaker}.`;
}

export function attributeTranscript(blocks: readonly Block[]): Block[] {
  const labelled = blocks.map(b => labelOf(b.text));
  if (!isTranscript(labelled.flatMap(l => (l ? [l.label] : [])))) return [...blocks];
  const lang = detectLanguage(blocks.map(b => b.text).join('\n\n'));
  return blocks.map((b, i) => {
    const l = labelled[i];
    // A one-letter label (Q, A, T, J) marks a role in the exchange, not a person.
    if (!l || l.label.replace(/[^\p{L}]/gu, '').length < 2) return b;
    return { ...b, text: asQuote(l.rest, speakerName(l.label), lang) };
  });
}
