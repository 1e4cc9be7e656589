import { Span } from '../types';
import { EntityKind, NameMention } from '../facts/names';
import type { Description, DescribedKind } from '../facts/descriptions';
import type { MentionList } from './mention-list';

// The shapes of the entity registry (registry.ts), apart from it so that the files that build its parts
// (partial-names.ts, registry-parts.ts) and the registry itself import them without importing each other.

export interface EntityMention extends Span {
  doc: number;
  sentence: number;
  text: string;
}

/** What the sources say an entity is, where they say it: a person's role, a place's or an organisation's kind. */
export interface EntityRole extends Span {
  doc: number;
  text: string;
  /** The kind of thing the description's noun names ("a fishing port": a place). */
  kind?: DescribedKind;
  /** The organisation a possessive in the description points to ("its spokeswoman"). */
  of?: Span;
  /** Read from a description, not a title: see Description.described. */
  described?: true;
}

export interface Entity {
  id: number;
  name: string;
  kind: EntityKind;
  keys: Set<string>;
  /** Where the sources name it, in corpus order as merged (packed: mention-list.ts). */
  mentions: MentionList;
  roles: EntityRole[];
}

export interface RawMention extends EntityMention {
  name: NameMention;
  /** "Organisasi Kerjasama Shanghai (SCO)": the acronym defined right after this name, if any. */
  acronym?: string;
  /** What the text says the name is around it ("…, seorang profesor", "kantor berita negara …", "…, a port town"). */
  stated?: Description[];
  /** From a Title Case headline: joins an entity named elsewhere but never founds one. */
  weak?: boolean;
}

