/**
 * The command palette's pure parts: matching commands to what is typed, picking the last
 * meeting with minutes, and the `?focus=<id>` deep link a page honours through the URL
 * (`?new=1` is app/useNewRequest.ts).
 */
import type { MeetingSummary } from '../../../../shared/contract/meetings';

/** Highlights (and focuses) the element carrying `data-focus-id` with this id. */
export const FOCUS_PARAM = 'focus';

export interface PaletteCommand {
  id: string;
  /** Translated; also what the typed text is matched against. */
  label: string;
  /** More words that find it (e.g. the screen's name alone, untranslated synonyms). */
  keywords: readonly string[];
  run: () => void;
}

/** Lower case, accents removed, so "reunión" matches "reunion". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * The commands whose label or keywords contain every typed word (in any order); all of them,
 * in their order, when nothing is typed.
 */
export function filterCommands<T extends Pick<PaletteCommand, 'label' | 'keywords'>>(
  commands: readonly T[],
  query: string,
): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  return commands.filter((command) => {
    const haystack = fold([command.label, ...command.keywords].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** Statuses of a meeting whose minutes exist (drafted or approved). */
const WITH_MINUTES = new Set<MeetingSummary['status']>(['minutes_drafted', 'minutes_approved']);

/** The most recent meeting (by date, then start time) whose minutes were drafted or approved. */
export function lastMeetingWithMinutes<
  T extends Pick<MeetingSummary, 'status' | 'date' | 'startTime'>,
>(meetings: readonly T[]): T | null {
  let best: T | null = null;
  for (const meeting of meetings) {
    if (!WITH_MINUTES.has(meeting.status)) continue;
    const key = `${meeting.date} ${meeting.startTime}`;
    if (!best || key > `${best.date} ${best.startTime}`) best = meeting;
  }
  return best;
}

/**
 * Where a focus link is better served by a page's own parameter: an action opens in the
 * actions page's drawer (`?action=<id>`). Null when the link stays as it is.
 */
export function focusRedirect(pathname: string, search: string): string | null {
  const params = new URLSearchParams(search);
  const focus = params.get(FOCUS_PARAM);
  if (!focus || pathname !== '/actions') return null;
  params.delete(FOCUS_PARAM);
  params.set('action', focus);
  return `${pathname}?${params.toString()}`;
}
