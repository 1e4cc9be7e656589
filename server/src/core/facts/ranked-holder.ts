import { Token } from '../types';
import type { NameMention } from './names';
import { isAnyTitleWord, mention, tokenRange } from './ner-words';

// "Kapolres Karangsela AKBP Dwi Santoso mengatakan …", "Kasat Reskrim Polresta Purwaraja Kompol Dimas Aryaguna
// menjelaskan …": an office, what it is of, a police or military rank and the holder, written without the commas
// that title-apposition.ts reads. The tagger runs them into one name, which no source writes. The rank shows where
// the holder's name starts: before it stand the office and the place or body it is of, after it a person.

/**
 * Ranks written as abbreviations, which stand only before a holder's name. Not "Jenderal", "Laksamana" or "Mayor":
 * "Sekretaris Jenderal PBB Antonio Guterres" has no rank, and the words open names too.
 */
const RANKS: ReadonlySet<string> = new Set(`akbp kompol akp iptu ipda aiptu aipda bripka briptu bripda brigpol kombes
brigjen irjen komjen letjen mayjen letkol laksda laksma marsda marsma`.split(/\s+/).filter(Boolean));

/** A holder's name is one to four capitalised words. */
const HOLDER_WORDS = 4;


/** The name split at a rank inside it into the place or body of the office and the holder; undefined if none. */
function splitAtRank(tokens: readonly Token[], m: NameMention): NameMention[] | undefined {
  const from = tokenRange(tokens, { start: m.role?.start ?? m.start, end: m.end })[0], to = tokenRange(tokens, m)[1];
  let r = -1;
  for (let i = from + 1; i < to - 1; i++) if (RANKS.has(tokens[i].norm)) r = i;
  if (r < 0 || to - r - 1 > HOLDER_WORDS || !isAnyTitleWord(tokens[from].norm)) return undefined;
  const holder = tokens.slice(r + 1, to);
  if (!holder.every(t => t.kind === 'word' && t.cap)) return undefined;
  let k = from;
  while (k < r && isAnyTitleWord(tokens[k].norm)) k++;
  const role = { start: tokens[from].start, end: tokens[r].end, text: tokens.slice(from, r + 1).map(t => t.text).join(' ') };
  const person = mention(holder, 'person', role);
  return k < r ? [mention(tokens.slice(k, r), 'place'), person] : [person];
}

/** The sentence's names with each office, place and holder run into one name read as a place and a person. */
export function rankedHolders(tokens: readonly Token[], names: readonly NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  names.forEach((m, i) => {
    // A rank the tagger read as a name of its own ("AKBP" as a body) while the holder after it has it as their title:
    // it names no one, and would stand between an office's place and its holder ("Kapolres Tanah Merapi, AKBP Hendra").
    if (m.words.length === 1 && RANKS.has(m.words[0]) && (names[i + 1]?.role?.start ?? Infinity) <= m.start) {
      out ??= names.slice(0, i);
      return;
    }
    const parts = m.words.some(w => RANKS.has(w)) ? splitAtRank(tokens, m) : undefined;
    if (!parts) { out?.push(m); return; }
    out ??= names.slice(0, i);
    out.push(...parts);
  });
  return out ?? (names as NameMention[]);
}
