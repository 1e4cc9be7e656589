import { Span, Token } from '../types';
import { touches } from './mention-tokens';

// Times of day as a sentence gives them: "at around 9:15 a.m.", "11:42 a.m.", "4 p.m.", "pukul 02.30 WIB",
// "pukul 14.00". No count of anything (numbers.ts leaves them out), yet a wrong one ("brought under control at
// 11:15 a.m." for the story's 9:15) is a wrong fact. Read from a sentence's tokens when a check asks.

export interface ClockTime extends Span {
  text: string;
  /** Minutes after midnight, as written: 9:15 p.m. is 1275. */
  minutes: number;
  /** Whether the time says which half of the day it is in (a.m., p.m., or an hour past twelve). */
  halfKnown: boolean;
}

/** Words before a time that say it is one: Indonesian "pukul" and "jam" (o'clock). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set(['pukul', 'jam']);
/** Indonesia's time zones, written after a time. */
const ZONES = new Set(['wib', 'wita', 'wit']);

/** Whether token i is a time zone right after a time ("pukul 11.00 Wita"): no one's name. */
export function zoneAfterTime(tokens: readonly Token[], i: number): boolean {
  return ZONES.has(tokens[i]?.norm ?? '') && tokens[i - 1]?.kind === 'number';
}

/** "a.m."/"p.m."/"am"/"pm" starting at token i: which half, and the token after it. */
function meridiem(tokens: readonly Token[], i: number): { pm: boolean; next: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.norm === 'am' || t.norm === 'pm') return { pm: t.norm === 'pm', next: i + 1 };
  // "a.m." tokenised as "a" "." "m" ".": the letters glued by the points.
  if ((t.norm === 'a' || t.norm === 'p') && tokens[i + 1]?.text === '.' && tokens[i + 2]?.norm === 'm' && touches(tokens[i + 1], tokens[i + 2])) {
    return { pm: t.norm === 'p', next: tokens[i + 3]?.text === '.' && touches(tokens[i + 2], tokens[i + 3]) ? i + 4 : i + 3 };
  }
  return undefined;
}

function minutesOf(hour: number, minute: number, half: { pm: boolean } | undefined): { minutes: number; halfKnown: boolean } | undefined {
  if (hour > 23 || minute > 59 || (half && (hour === 0 || hour > 12))) return undefined;
  const h = half ? (hour % 12) + (half.pm ? 12 : 0) : hour;
  return { minutes: h * 60 + minute, halfKnown: !!half || hour > 12 || hour === 0 };
}

/** The clock times of a sentence's tokens, in order. */
export function clockTimes(text: string, offset: number, tokens: readonly Token[]): ClockTime[] {
  const out: ClockTime[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!/^\d{1,2}(?:[.:]\d{2})?$/.test(t.text)) continue;
    const hour = Number(t.text.split(/[.:]/)[0]);
    let minute = t.text.length > 2 ? Number(t.text.slice(-2)) : -1, end = i + 1;
    // "11:42" tokenised as "11" ":" "42".
    if (minute < 0 && tokens[i + 1]?.text === ':' && /^\d{2}$/.test(tokens[i + 2]?.text ?? '') && touches(t, tokens[i + 1]) && touches(tokens[i + 1], tokens[i + 2])) {
      minute = Number(tokens[i + 2].text);
      end = i + 3;
    }
    const half = meridiem(tokens, end);
    const zone = ZONES.has(tokens[end]?.norm ?? '');
    const named = CLOCK_WORDS.has(tokens[i - 1]?.norm ?? '');
    // A time only where it cannot be read otherwise: a point or colon with an a.m., a zone or "pukul" around it; an
    // hour alone only with a.m./p.m. ("4 p.m."). "2.30" alone may be a decimal.
    if (minute < 0 ? !half : !(half || zone || named || t.text.includes(':') || tokens[i + 1]?.text === ':')) continue;
    const at = minutesOf(hour, Math.max(0, minute), half);
    if (!at) continue;
    const last = half ? half.next - 1 : zone ? end : end - 1;
    out.push({ start: t.start, end: tokens[last].end, text: text.slice(t.start - offset, tokens[last].end - offset), ...at });
    i = last;
  }
  return out;
}

/** Whether two clock times are the same time of day; one that does not say its half of the day fits either. */
export function sameTime(a: ClockTime, b: ClockTime): boolean {
  if (a.halfKnown && b.halfKnown) return a.minutes === b.minutes;
  return a.minutes % 720 === b.minutes % 720;
}
