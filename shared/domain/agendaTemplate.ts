/**
 * The default agenda: the standing items of a monthly task-force meeting, with their kind,
 * time allocation and title in each document language.
 */
import type { AgendaItemKind } from './meetings';
import type { Language } from './languages';

export interface TemplateItem {
  kind: AgendaItemKind;
  title: string;
  minutes: number;
  restricted: boolean;
}

const STANDING: { kind: AgendaItemKind; minutes: number; restricted?: boolean }[] = [
  { kind: 'opening', minutes: 5 },
  { kind: 'adoption_of_agenda', minutes: 5 },
  { kind: 'approval_of_previous_minutes', minutes: 10 },
  { kind: 'review_of_action_items', minutes: 20 },
  { kind: 'nap_progress', minutes: 20 },
  { kind: 'case_discussion', minutes: 30, restricted: true },
  { kind: 'partner_updates', minutes: 20 },
  { kind: 'any_other_business', minutes: 5 },
  { kind: 'next_meeting', minutes: 5 },
];

/** Titles of the standing items, per document language. */
export const STANDING_TITLES: Record<Language, Record<AgendaItemKind, string>> = {
  en: {
    opening: 'Opening and welcome',
    adoption_of_agenda: 'Adoption of the agenda',
    approval_of_previous_minutes: 'Approval of the minutes of the previous meeting',
    review_of_action_items: 'Review of action items',
    nap_progress: 'National Action Plan progress',
    case_discussion: 'Case discussions',
    partner_updates: 'Updates from partners',
    presentation: 'Presentation',
    discussion: 'Discussion',
    any_other_business: 'Any other business',
    next_meeting: 'Date of the next meeting',
    closing: 'Closing',
  },
  es: {
    opening: 'Apertura y bienvenida',
    adoption_of_agenda: 'Aprobación del orden del día',
    approval_of_previous_minutes: 'Aprobación del acta de la reunión anterior',
    review_of_action_items: 'Seguimiento de los compromisos',
    nap_progress: 'Avances del Plan de Acción Nacional',
    case_discussion: 'Discusión de casos',
    partner_updates: 'Novedades de los socios',
    presentation: 'Presentación',
    discussion: 'Debate',
    any_other_business: 'Asuntos varios',
    next_meeting: 'Fecha de la próxima reunión',
    closing: 'Clausura',
  },
  fr: {
    opening: 'Ouverture et mot de bienvenue',
    adoption_of_agenda: 'Adoption de l’ordre du jour',
    approval_of_previous_minutes: 'Approbation du procès-verbal de la réunion précédente',
    review_of_action_items: 'Suivi des actions',
    nap_progress: 'Avancement du Plan d’action national',
    case_discussion: 'Discussion de cas',
    partner_updates: 'Informations des partenaires',
    presentation: 'Présentation',
    discussion: 'Discussion',
    any_other_business: 'Questions diverses',
    next_meeting: 'Date de la prochaine réunion',
    closing: 'Clôture',
  },
};

export const DEFAULT_TEMPLATE_ID = 'default';

export function defaultTemplateItems(language: Language): TemplateItem[] {
  return STANDING.map((s) => ({
    kind: s.kind,
    title: STANDING_TITLES[language][s.kind],
    minutes: s.minutes,
    restricted: s.restricted ?? false,
  }));
}
