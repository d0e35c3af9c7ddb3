/**
 * The one builder of exported file names: a word per document type and language (distinct for
 * every type in every language, so two attachments of one e-mail never share a name), then the
 * parts that identify the document, accents folded ("Coordinación" → "Coordinacion") and
 * anything else that is not a letter, digit or dot turned into a dash.
 */
import type { Language } from '../../../shared/domain/languages';
import { RESTRICTED_SUFFIX } from './kit/documentLanguage';

export const EXPORT_KINDS = [
  'agenda',
  'minutes',
  'actionTracker',
  'actionTrackerSheet',
  'followUp',
  'decisionRegister',
  'invitation',
  'distribution',
  'followUpLetter',
  'followUpEmail',
  'distributionArchive',
  'napMatrix',
  'napProgressReport',
  'napProgressAnnex',
  'caseAnnex',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const WORD: Record<Language, Record<ExportKind, string>> = {
  en: {
    agenda: 'Agenda',
    minutes: 'Minutes',
    actionTracker: 'Action tracker',
    actionTrackerSheet: 'Action tracker',
    followUp: 'Follow-up letters',
    decisionRegister: 'Register of decisions',
    invitation: 'Invitation',
    distribution: 'Distribution',
    followUpLetter: 'Follow-up letter',
    followUpEmail: 'Follow-up e-mail',
    distributionArchive: 'E-mail drafts',
    napMatrix: 'NAP matrix',
    napProgressReport: 'NAP progress report',
    napProgressAnnex: 'NAP progress annex',
    caseAnnex: 'Case annex',
  },
  es: {
    agenda: 'Orden del día',
    minutes: 'Acta',
    actionTracker: 'Seguimiento de compromisos',
    actionTrackerSheet: 'Seguimiento de compromisos',
    followUp: 'Cartas de seguimiento',
    decisionRegister: 'Registro de decisiones',
    invitation: 'Convocatoria',
    distribution: 'Envío',
    followUpLetter: 'Carta de seguimiento',
    followUpEmail: 'Correo de seguimiento',
    distributionArchive: 'Borradores de correo',
    napMatrix: 'Matriz del plan',
    napProgressReport: 'Informe de avance del plan',
    napProgressAnnex: 'Anexo del informe de avance',
    caseAnnex: 'Anexo de casos',
  },
  fr: {
    agenda: 'Ordre du jour',
    minutes: 'Procès-verbal',
    actionTracker: 'Suivi des actions',
    actionTrackerSheet: 'Suivi des actions',
    followUp: 'Lettres de relance',
    decisionRegister: 'Registre des décisions',
    invitation: 'Invitation',
    distribution: 'Envoi',
    followUpLetter: 'Lettre de relance',
    followUpEmail: 'Courriel de relance',
    distributionArchive: 'Brouillons de courriel',
    napMatrix: 'Matrice du plan',
    napProgressReport: 'Rapport d’avancement du plan',
    napProgressAnnex: 'Annexe du rapport d’avancement',
    caseAnnex: 'Annexe des affaires',
  },
};

const EXTENSION: Record<ExportKind, string> = {
  agenda: 'docx',
  minutes: 'docx',
  actionTracker: 'docx',
  actionTrackerSheet: 'xlsx',
  followUp: 'docx',
  decisionRegister: 'docx',
  invitation: 'ics',
  distribution: 'eml',
  followUpLetter: 'docx',
  followUpEmail: 'eml',
  distributionArchive: 'zip',
  napMatrix: 'xlsx',
  napProgressReport: 'docx',
  napProgressAnnex: 'xlsx',
  caseAnnex: 'docx',
};

/** File-name-safe: accents folded, letters, digits, dots and single dashes, at most 120. */
export function slug(...parts: (string | number)[]): string {
  return parts
    .join('-')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}.]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120)
    .replace(/-$/, '');
}

/** "Minutes-National-Task-Force-2-2026-11-03.docx", "Acta-…-restricted.docx", … */
export function exportFileName(
  kind: ExportKind,
  language: Language,
  parts: (string | number | undefined)[],
  options: { restricted?: boolean } = {},
): string {
  const base = slug(
    WORD[language][kind],
    ...parts.filter((p): p is string | number => p !== undefined && p !== ''),
  );
  return `${base}${options.restricted ? `-${RESTRICTED_SUFFIX}` : ''}.${EXTENSION[kind]}`;
}
