/**
 * Wording of the official record in EN/ES/FR: how minutes were adopted, opening and closing
 * times, a restricted item as it appears in public minutes, provisional decisions. Kept apart
 * from the kit's labels so the record's wording stays in one place.
 */
import type { Language } from '../../../shared/domain/languages';

export interface RecordLabels {
  adoptedAt: (meeting: string, date: string) => string;
  adoptedOn: (date: string) => string;
  opened: string;
  closed: string;
  closedSession: (title: string) => string;
  provisional: string;
}

const LABELS: Record<Language, RecordLabels> = {
  en: {
    adoptedAt: (meeting, date) => `Adopted at the ${meeting} on ${date}.`,
    adoptedOn: (date) => `Adopted on ${date}.`,
    opened: 'Opened',
    closed: 'Closed',
    closedSession: (title) => `${title} — held in closed session, recorded in a restricted annex`,
    provisional: 'provisional — minutes not yet adopted',
  },
  es: {
    adoptedAt: (meeting, date) => `Aprobada en la ${meeting}, el ${date}.`,
    adoptedOn: (date) => `Aprobada el ${date}.`,
    opened: 'Apertura',
    closed: 'Clausura',
    closedSession: (title) =>
      `${title} — tratado en sesión reservada; consta en un anexo reservado`,
    provisional: 'provisional — acta aún no aprobada',
  },
  fr: {
    adoptedAt: (meeting, date) => `Adopté lors de la ${meeting}, le ${date}.`,
    adoptedOn: (date) => `Adopté le ${date}.`,
    opened: 'Ouverture',
    closed: 'Clôture',
    closedSession: (title) =>
      `${title} — examiné à huis clos\u202f; consigné dans une annexe restreinte`,
    provisional: 'provisoire — procès-verbal non encore adopté',
  },
};

export function recordLabels(language: Language): RecordLabels {
  return LABELS[language];
}
