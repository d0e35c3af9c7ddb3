/**
 * Meetings of a coordination body: the status workflow, agenda item kinds, attendance,
 * estimated agenda times and decision references. Pure functions shared by core and UI.
 */
import type { Language } from './languages';

export const MEETING_STATUSES = [
  'draft',
  'agenda_circulated',
  'held',
  'minutes_drafted',
  'minutes_approved',
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Approved minutes are locked: only corrigenda may be added. */
export function isLocked(status: MeetingStatus): boolean {
  return status === 'minutes_approved';
}

/**
 * Allowed moves: one step forward, or one step back to correct a mistake — never out of
 * `minutes_approved` (the record is locked) and never skipping a step.
 */
export function canMoveStatus(from: MeetingStatus, to: MeetingStatus): boolean {
  if (isLocked(from)) return false;
  const delta = MEETING_STATUSES.indexOf(to) - MEETING_STATUSES.indexOf(from);
  return delta === 1 || delta === -1;
}

export const AGENDA_ITEM_KINDS = [
  'opening',
  'adoption_of_agenda',
  'approval_of_previous_minutes',
  'review_of_action_items',
  'nap_progress',
  'case_discussion',
  'partner_updates',
  'presentation',
  'discussion',
  'any_other_business',
  'next_meeting',
  'closing',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const ATTENDANCE_STATUSES = ['present', 'represented', 'apologies', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Present in person or through an alternate: counts toward the quorum. */
export function countsForQuorum(status: AttendanceStatus): boolean {
  return status === 'present' || status === 'represented';
}

export const GUEST_ROLES = ['guest', 'observer'] as const;

/** "HH:MM" → minutes after midnight. */
export function parseClock(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Minutes after midnight → "HH:MM" (wraps past midnight). */
export function formatClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Estimated start of each item (in order) and the estimated end of the meeting. */
export function agendaTimes(
  startTime: string,
  allocations: readonly number[],
): { starts: string[]; end: string } {
  let at = parseClock(startTime);
  const starts = allocations.map((minutes) => {
    const start = formatClock(at);
    at += minutes;
    return start;
  });
  return { starts, end: formatClock(at) };
}

/**
 * How the agenda fits the meeting's planned time: the planned end (start + duration) and the
 * minutes the items' allocations run past it (0 when they fit).
 */
export function agendaOverrun(
  startTime: string,
  durationMinutes: number,
  allocations: readonly number[],
): { plannedEnd: string; overMinutes: number } {
  const total = allocations.reduce((sum, minutes) => sum + minutes, 0);
  return {
    plannedEnd: formatClock(parseClock(startTime) + durationMinutes),
    overMinutes: Math.max(0, total - durationMinutes),
  };
}

/**
 * Who presents an item, as documents print it: the person and the agency ("A. Diallo, ATS"),
 * either alone, or '' when neither is named. `short` uses the agency's acronym.
 */
export function presenterLabel(
  item: {
    presenterName?: string;
    presenterAgency: { name: string; acronym: string } | null;
  },
  short: boolean,
): string {
  const agency = item.presenterAgency
    ? short
      ? item.presenterAgency.acronym || item.presenterAgency.name
      : item.presenterAgency.name
    : '';
  return [item.presenterName?.trim() ?? '', agency].filter(Boolean).join(', ');
}

/** `TF/2026/07`: the body's code, the year and the decision's number in that year. */
export function decisionReference(code: string, year: number, seq: number): string {
  return `${code}/${year}/${String(seq).padStart(2, '0')}`;
}

/** A short code from a body's name when none is set: "National Task Force" → "NTF". */
export function defaultBodyCode(name: string): string {
  const initials = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(
      (w) => w.length > 0 && !/^(of|the|and|on|de|la|le|des|du|del|y|et|for|pour|para)$/i.test(w),
    )
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .replace(/[^A-Z0-9]/g, '');
  return initials.slice(0, 8) || 'DEC';
}

/** "12th", "12.ª", "12e" — the ordinal of a meeting number in the meeting's language. */
export function ordinal(n: number, language: Language): string {
  if (language === 'es') return `${n}.ª`;
  if (language === 'fr') return n === 1 ? '1re' : `${n}e`;
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

const MEETING_WORD: Record<Language, string> = { en: 'meeting', es: 'reunión', fr: 'réunion' };

/** "12th meeting", "12.ª reunión", "12e réunion": the title of a meeting without its own. */
export function defaultMeetingTitle(number: number, language: Language): string {
  return `${ordinal(number, language)} ${MEETING_WORD[language]}`;
}

/** The meeting's own title, or the default one in `language`. */
export function meetingTitle(
  meeting: { customTitle: string; number: number },
  language: Language,
): string {
  return meeting.customTitle || defaultMeetingTitle(meeting.number, language);
}
