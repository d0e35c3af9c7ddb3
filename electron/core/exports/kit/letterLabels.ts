/**
 * The words of the secretariat's letters (follow-up letters to agencies) and of the e-mail that
 * carries each one, in each document language. Kept apart from the document labels: a letter
 * has its own parts (reference, subject, salutation, signatory, copies).
 */
import type { Language } from '../../../../shared/domain/languages';

export interface LetterLabels {
  reference: string;
  subject: string;
  salutation: string;
  /** Where the listed actions were agreed: per body, its meetings ("1st meeting (6 October 2026)"). */
  agreedAtIntro: (groups: { body: string; meetings: string[] }[]) => string;
  /** Under one action: "Agreed at the 1st meeting (6 October 2026)". */
  agreedAt: (meeting: string) => string;
  complimentaryClose: string;
  /** The line under the signatory (or alone, when none is set): whose secretariat. */
  secretariatOf: (body: string) => string;
  cc: string;
  ccChair: (body: string, agency: string) => string;
  ccSecretariat: (email: string) => string;
  emailSubject: (body: string, agency: string, reference: string) => string;
  emailBody: (body: string, agency: string, replyBy: string, signature: string) => string;
}

/** Joins a list the way the language does: "a, b and c". */
function joined(items: string[], language: Language): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

const en: LetterLabels = {
  reference: 'Reference',
  subject: 'Subject',
  salutation: 'Dear colleagues,',
  agreedAtIntro: (groups) =>
    `The action items below were agreed ${joined(
      groups.map((g) => `by the coordination body “${g.body}” at its ${joined(g.meetings, 'en')}`),
      'en',
    )}.`,
  agreedAt: (meeting) => `Agreed at the ${meeting}`,
  complimentaryClose: 'Yours sincerely,',
  secretariatOf: (body) => `Secretariat, ${body}`,
  cc: 'cc',
  ccChair: (body, agency) => `Chair, ${body} (${agency})`,
  ccSecretariat: (email) => `Secretariat (${email})`,
  emailSubject: (body, agency, reference) =>
    `${body} — Follow-up of action items: ${agency} (${reference})`,
  emailBody: (body, agency, replyBy, signature) =>
    `Dear colleagues,\n\nPlease find attached the letter of the secretariat of the coordination body “${body}” on the follow-up of the action items of ${agency}. We would be grateful for your update by ${replyBy}.\n\nKind regards,\n${signature}`,
};

const es: LetterLabels = {
  reference: 'Referencia',
  subject: 'Asunto',
  salutation: 'Estimados colegas:',
  agreedAtIntro: (groups) =>
    `Los compromisos que figuran a continuación fueron acordados ${joined(
      groups.map((g) => `por el órgano «${g.body}» en su ${joined(g.meetings, 'es')}`),
      'es',
    )}.`,
  agreedAt: (meeting) => `Acordado en la ${meeting}`,
  complimentaryClose: 'Atentamente,',
  secretariatOf: (body) => `Secretaría, ${body}`,
  cc: 'c. c.',
  ccChair: (body, agency) => `Presidencia, ${body} (${agency})`,
  ccSecretariat: (email) => `Secretaría (${email})`,
  emailSubject: (body, agency, reference) =>
    `${body} — Seguimiento de compromisos: ${agency} (${reference})`,
  emailBody: (body, agency, replyBy, signature) =>
    `Estimados colegas:\n\nAdjuntamos la carta de la secretaría del órgano «${body}» sobre el seguimiento de los compromisos de ${agency}. Les agradeceríamos que nos enviaran información actualizada antes del ${replyBy}.\n\nAtentamente,\n${signature}`,
};

const fr: LetterLabels = {
  reference: 'Référence',
  subject: 'Objet',
  salutation: 'Madame, Monsieur,',
  agreedAtIntro: (groups) =>
    `Les actions ci-dessous ont été convenues ${joined(
      groups.map(
        (g) => `par l’instance «\u202f${g.body}\u202f» lors de sa ${joined(g.meetings, 'fr')}`,
      ),
      'fr',
    )}.`,
  agreedAt: (meeting) => `Convenue lors de la ${meeting}`,
  complimentaryClose:
    'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
  secretariatOf: (body) => `Secrétariat, ${body}`,
  cc: 'Copie',
  ccChair: (body, agency) => `Présidence, ${body} (${agency})`,
  ccSecretariat: (email) => `Secrétariat (${email})`,
  emailSubject: (body, agency, reference) =>
    `${body} — Suivi des actions\u00a0: ${agency} (${reference})`,
  emailBody: (body, agency, replyBy, signature) =>
    `Madame, Monsieur,\n\nVeuillez trouver ci-joint la lettre du secrétariat de l’instance «\u202f${body}\u202f» relative au suivi des actions de ${agency}. Nous vous serions reconnaissants de nous faire parvenir votre point de situation avant le ${replyBy}.\n\nCordialement,\n${signature}`,
};

const LETTER_LABELS: Record<Language, LetterLabels> = { en, es, fr };

export function letterLabelsFor(language: Language): LetterLabels {
  return LETTER_LABELS[language];
}
