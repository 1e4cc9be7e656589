import { Claim, Finding, evidenceAt, excerpt, readerLang } from './types';
import { quotedList, say } from '../messages/catalogue';
import { QuoteFacts } from '../facts/analyze';
import { QuoteMatch } from '../index/quote-search';
import { Entity } from '../index/registry';
import { mentionedIn } from '../index/mention-list';
import { rolePlaces } from '../facts/roles';
import { attributionFix } from './attribution-fix';
import { placedRoles, placesOf } from './speaker-by-role';

// A quote the sources give to a role rather than a name, in a document that never says who holds it: "hubungan
// bilateral, yang dipuji oleh presiden Rusia sebagai yang “terhebat dalam semua sejarah”", the story naming Putin
// but calling him nothing. The draft that gives the words to Xi gives them to someone the sources never place in the
// role's country (they call him "Presiden Tiongkok"): a misattribution, as with a named speaker. A person the
// sources place there, or of whom they say nothing of a country, may be the one.

/**
 * The finding for a quote whose draft speaker (`said`, written `speaker`) no source quote names, when the source
 * quote of a match gives it to a role of another country; undefined otherwise. `sourceQuote` finds a match's quote.
 */
export function quoteByRole(claim: Claim, q: QuoteFacts, said: Entity | undefined, matches: readonly QuoteMatch[],
  sourceQuote: (m: QuoteMatch) => QuoteFacts | undefined): Finding | undefined {
  const speaker = q.attribution.speaker;
  const own = said ? placesOf(said) : new Set<string>();
  if (!speaker || !said || !own.size) return undefined;
  const { corpus } = claim;
  for (const m of matches) {
    const described = sourceQuote(m)?.attribution;
    if (!described || described.speaker || !described.description) continue;
    const doc = corpus.docs[m.doc];
    const role = doc.text.slice(described.description.start, described.description.end);
    const places = rolePlaces(role);
    if (!places.size || [...places].some(p => own.has(p))) continue;
    const lang = readerLang(claim);
    const sentence = doc.facts.sentences.find(s => s.start <= m.start && m.start < s.end);
    const roles = placedRoles(said);
    const holder = holderOf(corpus.registry.entities, role, m.doc);
    const fix = holder && holder.id !== said.id ? attributionFix(claim.draft, q.attribution, said, holder, lang) : undefined;
    return {
      start: speaker.start, end: speaker.end, code: 'misattributed-quote',
      message: say(lang, 'spoken-by-role', {
        speaker: role, name: said.name, roles: quotedList(lang, roles), label: doc.label, passage: excerpt(sentence?.text ?? '', 160),
      }),
      evidence: [evidenceAt(corpus, m.doc, m.start, m.end)],
      fixes: fix ? [fix] : [],
    };
  }
  return undefined;
}

/** The one person of the document whom the sources (any of them) give the role, for the fix; undefined if not one. */
function holderOf(entities: readonly Entity[], role: string, doc: number): Entity | undefined {
  const wanted = role.toLowerCase();
  const holders = entities.filter(e => e.kind === 'person' && e.roles.some(r => r.text.toLowerCase().includes(wanted)) && mentionedIn(e).docs.has(doc));
  return holders.length === 1 ? holders[0] : undefined;
}
