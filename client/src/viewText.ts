// What each row of the Sumber view and the Sumber status bar item say, from the server's answers.
// Pure on purpose, like statusText.ts: nothing here imports `vscode`, so it runs under plain mocha; the words go
// through a translator (`vscode.l10n.t` in the extension, l10n/bundle.l10n.id.json).

import type { ClaimsResult, PeopleResult, SourcesResult } from '../../server/src/protocol';
import { Translate, untranslated } from './statusText';

export type SourceEntry = SourcesResult['folders'][number]['sources'][number];
export type SkippedEntry = SourcesResult['folders'][number]['skipped'][number];
export type PersonEntry = PeopleResult['entries'][number];
export type ClaimEntry = ClaimsResult['claims'][number];

/** One tree row: the label, the greyed words after it, the hover text, a codicon name and the theme colour it takes. */
export interface RowText { label: string; description: string; tooltip: string; icon: string; iconColor?: string }

const fileName = (label: string) => label.split('/').pop() ?? label;

/** How much of a claim the row shows: enough to know the sentence, leaving room for what settles it. */
export const CLAIM_LABEL_CHARS = 60;

/** The words of `text` that fit in `max` characters, cut at a word, with "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** How much of a headline a source's row shows before its date and counts. */
export const HEADLINE_CHARS = 48;

/**
 * "000_c230….txt  12 sentences · 3 quotes · 8 names"; a saved article that names itself puts its headline and
 * date first ("banjir.html  “Banjir merendam…” · 2024-03-05 · 9 sentences · …"), its byline in the hover.
 */
export function describeSource(s: SourceEntry, t: Translate = untranslated): RowText {
  const counts = [
    s.sentences === 1 ? t('{0} sentence', 1) : t('{0} sentences', s.sentences),
    s.quotes === 1 ? t('{0} quote', 1) : t('{0} quotes', s.quotes),
    s.names === 1 ? t('{0} name', 1) : t('{0} names', s.names),
  ].join(' · ');
  const description = [s.headline ? `“${clip(s.headline, HEADLINE_CHARS)}”` : '', s.date ?? '', counts].filter(Boolean).join(' · ');
  const tooltip = [s.label, s.credit ?? '', counts].filter(Boolean).join('\n');
  return { label: fileName(s.label), description, tooltip, icon: 'file' };
}

/** The group over the files Sumber could not read, and each of them with why. */
export function describeSkippedGroup(count: number, t: Translate = untranslated): RowText {
  const label = count === 1 ? t('Skipped {0} file', 1) : t('Skipped {0} files', count);
  return { label, description: '', tooltip: t('Files among the sources that Sumber could not read'), icon: 'warning' };
}

export function describeSkippedFile(s: SkippedEntry): RowText {
  // The reason is the server's clause ("is a binary file", "adalah berkas biner"), in the editor's language: it completes the file's name.
  return { label: fileName(s.label), description: s.reason, tooltip: `${s.label} ${s.reason}`, icon: 'circle-slash' };
}

/** "Vladimir Putin  24 mentions", with the role the sources give in the hover. */
export function describePerson(p: PersonEntry, t: Translate = untranslated): RowText {
  const mentions = p.mentions === 1 ? t('{0} mention', 1) : t('{0} mentions', p.mentions);
  const documents = p.documents === 1 ? t('in {0} source', 1) : t('in {0} sources', p.documents);
  return {
    label: p.name,
    description: mentions,
    tooltip: [p.name, p.role, `${mentions} ${documents}`].filter(Boolean).join('\n'),
    icon: p.kind === 'person' ? 'person' : 'organization',
  };
}

/** The last row when the list holds only the most mentioned. */
export function describeMorePeople(shown: number, total: number, t: Translate = untranslated): RowText | undefined {
  if (total <= shown) return undefined;
  return { label: t('and {0} more', total - shown), description: '', tooltip: t('Only the most mentioned are listed'), icon: 'ellipsis' };
}

const CLAIM_ICONS: Record<ClaimEntry['status'], string> = { supported: 'pass', error: 'error', unsupported: 'warning', notice: 'info' };
/** The colours the Problems panel gives the same standings, so a claim reads at a glance as it does there. */
const CLAIM_COLOURS: Record<ClaimEntry['status'], string> = {
  supported: 'testing.iconPassed', error: 'problemsErrorIcon.foreground', unsupported: 'problemsWarningIcon.foreground', notice: 'problemsInfoIcon.foreground',
};

/**
 * A claim: its words, and after them what settles it: the first finding's message, or where the passage that
 * backs it stands. The hover has every finding and the passage itself.
 */
export function describeClaim(c: ClaimEntry, t: Translate = untranslated): RowText {
  const status = c.status === 'supported' ? t('Supported') : c.status === 'error' ? t('Wrong') : c.status === 'unsupported' ? t('Not in the sources') : t('Notice');
  const description = c.findings[0]?.message ?? (c.support ? `↗ ${c.support.place}` : status);
  const details = c.findings.length ? c.findings.map(f => `• ${f.message}`) : c.support ? [`${c.support.place}: “${c.support.passage}”`] : [];
  return {
    label: clip(c.text || description, CLAIM_LABEL_CHARS),
    description,
    tooltip: [`${status} (${t('line {0}', c.range.start.line + 1)})`, c.text, ...details].filter(Boolean).join('\n'),
    icon: CLAIM_ICONS[c.status] ?? 'circle-outline',
    ...(CLAIM_COLOURS[c.status] ? { iconColor: CLAIM_COLOURS[c.status] } : {}),
  };
}

/** The status bar item: "Sumber: 5 sources · 2 findings"; the findings only for a checked draft in front. */
export function describeSummary(sources: number | undefined, findings: number | undefined, t: Translate = untranslated): string | undefined {
  if (sources === undefined) return undefined;
  const parts = [sources === 1 ? t('Sumber: {0} source', 1) : t('Sumber: {0} sources', sources)];
  if (findings !== undefined) parts.push(findings === 1 ? t('{0} finding', 1) : t('{0} findings', findings));
  return parts.join(' · ');
}
