/**
 * The action tracker's columns and rows, shared by the Word tracker and its Excel export so
 * both show the same thing: a body column only when actions of several bodies are included.
 */
import type { Language } from '../../../shared/domain/languages';
import type { ActionRow } from './exportData';
import type { Labels } from './kit/labels';
import { formatDate } from './kit/labels';

export interface TrackerColumn {
  header: string;
  width: number;
}

/** True when the actions belong to more than one body (the tracker of every body). */
export function severalBodies(actions: ActionRow[]): boolean {
  return new Set(actions.map((a) => a.bodyName ?? '')).size > 1;
}

export function trackerColumns(l: Labels, withBody: boolean, withOwner: boolean): TrackerColumn[] {
  return [
    { header: l.action, width: withBody ? 22 : 26 },
    ...(withOwner ? [{ header: l.owner, width: 16 }] : []),
    ...(withBody ? [{ header: l.bodyColumn, width: 16 }] : []),
    // Wide enough for the one date style ("30 September 2026", "1 de diciembre de 2026").
    { header: l.due, width: 16 },
    { header: l.status, width: 15 },
    { header: l.latestUpdate, width: withBody ? 20 : 23 },
  ];
}

export function trackerRow(
  a: ActionRow,
  l: Labels,
  language: Language,
  withBody: boolean,
  withOwner: boolean,
): string[] {
  const last = a.updates.at(-1);
  return [
    a.title,
    ...(withOwner ? [a.ownerAcronym || a.ownerName] : []),
    ...(withBody ? [a.bodyName ?? ''] : []),
    a.dueDate ? formatDate(a.dueDate, language) : '',
    a.daysOverdue > 0
      ? `${l.statuses[a.status]}\n${l.daysOverdue(a.daysOverdue)}`
      : l.statuses[a.status],
    last ? `${formatDate(last.date, language)}${l.colon}${last.note}` : '',
  ];
}
