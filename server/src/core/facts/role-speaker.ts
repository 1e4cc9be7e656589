import { Token } from '../types';
import { NameMention } from './names';
import { namesSomeone, roleHolds, rolesAfterName } from './roles';
import { TITLE_HEADS, TITLE_TAILS } from '../lexicon/roles';
import { OCCUPATIONS } from '../lexicon/descriptions';

// A speaker named by a role instead of a name: "“…,” the mayor said", "kata juru bicara itu", "pemimpin Iran
// mengatakan …". News names the person once with the title and then uses the title alone; the speaker is the one
// person the same document gives that role. Two people with the role, or none, leave the quote unattributed.

interface Holder { name: NameMention; role: string }

/** A sentence as attribution reads it. */
export interface RoleSentence { tokens: Token[]; names: NameMention[]; headline?: boolean }

/** Whether a word may stand in a role used in place of a name: a title, a word of one, or an office. */
export const isRoleWord = (norm: string) => TITLE_HEADS.has(norm) || TITLE_TAILS.has(norm) || OCCUPATIONS.has(norm);

export class RoleHolders {
  private holders?: Holder[];

  constructor(private readonly sentences: readonly RoleSentence[]) {}

  /**
   * The person of the document that the role describes, when exactly one does: the mention of them nearest before
   * `offset`, else the first after. People are told apart by the last word of their name ("Gloria Teller" and
   * "Teller" are one). Undefined for a role with no title, office or country in it ("the official").
   */
  speakerFor(role: string, offset: number): NameMention | undefined {
    if (!namesSomeone(role)) return undefined;
    const fits = this.all().filter(h => roleHolds(h.role, role));
    const people = new Set(fits.map(h => h.name.words[h.name.words.length - 1]));
    if (people.size !== 1) return undefined;
    const person = [...people][0];
    const mentions = this.all().filter(h => h.name.words[h.name.words.length - 1] === person).map(h => h.name);
    let best: NameMention | undefined;
    for (const m of mentions) if (m.end <= offset && (!best || m.start > best.start)) best = m;
    return best ?? mentions.find(m => m.start >= offset);
  }

  /** Every person of the document with a title, before the name or stated after it; read once, when first asked. */
  private all(): Holder[] {
    if (this.holders) return this.holders;
    this.holders = [];
    for (const s of this.sentences) {
      if (s.headline) continue;
      s.names.forEach((n, i) => {
        if (n.kind !== 'person' && n.kind !== 'other') return;
        const roles = [...(n.role ? [n.role.text] : []), ...rolesAfterName(s.tokens, n, s.names[i + 1]?.start ?? Infinity).map(r => r.text)];
        for (const role of roles) this.holders!.push({ name: n, role });
        // A person named without a title still counts as a mention of one named with it elsewhere.
        if (!roles.length && n.kind === 'person') this.holders!.push({ name: n, role: '' });
      });
    }
    return this.holders;
  }
}
