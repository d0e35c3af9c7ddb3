/**
 * Wording of the official record in EN/ES/FR: a meeting's date and time, how minutes were
 * adopted, opening and closing times, a restricted item as it appears in public minutes,
 * provisional decisions. Kept apart
 * from the kit's labels so the record's wording stays in one place.
 */
import type { Language } from '../../../shared/domain/languages';

export interface RecordLabels {
  adoptedAt: (meeting: string, date: string) => string;
  adoptedOn: (date: string) => string;
  /** "Wednesday, 28 October 2026 at 10:00": a meeting's date and start time. */
  dateAtTime: (date: string, time: string) => string;
  /** The meeting's opening and closing times. */
  timeSpan: (from: string, to: string) => string;
  closedSession: (title: string) => string;
  provisional: string;
}

const LABELS: Record<Language, RecordLabels> = {
  en: {
    adoptedAt: (meeting, date) => `Adopted at the ${meeting} on ${date}.`,
    adoptedOn: (date) => `Adopted on ${date}.`,
    dateAtTime: (date, time) => `${date} at ${time}`,
    timeSpan: (from, to) => `from ${from} to ${to}`,
    closedSession: (title) => `${title} — held in closed session, recorded in a restricted annex`,
    provisional: 'provisional — minutes not yet adopted',
  },
  es: {
    adoptedAt: (meeting, date) => `Aprobada en la ${meeting}, el ${date}.`,
    adoptedOn: (date) => `Aprobada el ${date}.`,
    dateAtTime: (date, time) => `${date} a las ${time}`,
    timeSpan: (from, to) => `de ${from} a ${to}`,
    closedSession: (title) =>
      `${title} — tratado en sesión reservada; consta en un anexo reservado`,
    provisional: 'provisional — acta aún no aprobada',
  },
  fr: {
    adoptedAt: (meeting, date) => `Adopté lors de la ${meeting}, le ${date}.`,
    adoptedOn: (date) => `Adopté le ${date}.`,
    dateAtTime: (date, time) => `${date} à ${time}`,
    timeSpan: (from, to) => `de ${from} à ${to}`,
    closedSession: (title) =>
      `${title} — examiné à huis clos\u202f; consigné dans une annexe restreinte`,
    provisional: 'provisoire — procès-verbal non encore adopté',
  },
};

export function recordLabels(language: Language): RecordLabels {
  return LABELS[language];
}
