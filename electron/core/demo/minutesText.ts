/**
 * What the demo's meetings say, in English, Spanish and French: minutes notes as rich text
 * (paragraphs, bullet lists, bold), decisions, action items and their progress notes. Case
 * discussions hold only a pointer to the restricted annex: nothing that resembles a victim.
 */
import type { Language } from '../../../shared/domain/languages';
import type { AgendaItemKind } from '../../../shared/domain/meetings';
import type { RichBlock, RichDoc, RichInline } from '../../../shared/domain/richText';
import type { Random } from './random';

type Texts = Record<Language, readonly string[]>;

const TOPICS: Texts = {
  en: [
    'the referral mechanism',
    'shelter capacity',
    'labour inspections in fisheries',
    'the hotline',
    'joint border operations',
    'financial investigations',
    'the data collection SOP',
    'training of labour inspectors',
    'the awareness campaign',
    'the MoU with the neighbouring country',
  ],
  es: [
    'el mecanismo de derivación',
    'la capacidad de los albergues',
    'las inspecciones en la agricultura',
    'la línea de denuncia',
    'los operativos conjuntos en frontera',
    'las investigaciones financieras',
    'el protocolo de recopilación de datos',
    'la capacitación de inspectores',
    'la campaña de sensibilización',
  ],
  fr: [
    'le mécanisme d’orientation',
    'la capacité des centres d’accueil',
    'les inspections dans les mines',
    'la ligne verte',
    'les opérations conjointes aux frontières',
    'les enquêtes financières',
    'la procédure de collecte des données',
    'la formation des inspecteurs',
    'la campagne de sensibilisation',
  ],
};

const OPENERS: Texts = {
  en: [
    'The chair opened the discussion on',
    'Members reviewed progress on',
    'The secretariat presented an update on',
  ],
  es: [
    'La presidencia abrió el debate sobre',
    'Los miembros revisaron los avances en',
    'La secretaría presentó una actualización sobre',
  ],
  fr: [
    'La présidence a ouvert la discussion sur',
    'Les membres ont examiné les progrès concernant',
    'Le secrétariat a présenté un point sur',
  ],
};

const POINTS: Texts = {
  en: [
    'Partners agreed to share monthly figures before the next meeting.',
    'Two agencies reported staff shortages.',
    'The draft guidelines were welcomed with minor comments.',
    'Funding for the second phase is still pending.',
    'A joint visit is planned for the next quarter.',
    'Focal points will be confirmed in writing.',
  ],
  es: [
    'Los socios acordaron compartir cifras mensuales antes de la próxima reunión.',
    'Dos instituciones informaron falta de personal.',
    'El borrador de lineamientos fue bien recibido con observaciones menores.',
    'La financiación de la segunda fase sigue pendiente.',
    'Se prevé una visita conjunta el próximo trimestre.',
  ],
  fr: [
    'Les partenaires ont convenu de partager des chiffres mensuels avant la prochaine réunion.',
    'Deux institutions ont signalé un manque de personnel.',
    'Le projet de lignes directrices a été bien accueilli, avec des remarques mineures.',
    'Le financement de la deuxième phase reste en attente.',
    'Une visite conjointe est prévue au prochain trimestre.',
  ],
};

const AGREED: Record<Language, string> = { en: 'Agreed:', es: 'Acordado:', fr: 'Convenu :' };

const FIXED: Record<Language, Partial<Record<AgendaItemKind, string>>> = {
  en: {
    opening: 'The chair welcomed the members and confirmed that the quorum was reached.',
    adoption_of_agenda: 'The agenda was adopted without amendment.',
    approval_of_previous_minutes: 'The minutes of the previous meeting were approved.',
    case_discussion:
      'Cases were reviewed in closed session by their codes; details are kept in the restricted annex.',
    any_other_business: 'No other business was raised.',
    next_meeting: 'The next meeting will be held on the date proposed by the secretariat.',
  },
  es: {
    opening: 'La presidencia dio la bienvenida a los miembros y confirmó el quórum.',
    adoption_of_agenda: 'Se aprobó el orden del día sin modificaciones.',
    approval_of_previous_minutes: 'Se aprobó el acta de la reunión anterior.',
    case_discussion:
      'Los casos se revisaron en sesión cerrada por su código; los detalles constan en el anexo reservado.',
    any_other_business: 'No se plantearon otros asuntos.',
    next_meeting: 'La próxima reunión se celebrará en la fecha propuesta por la secretaría.',
  },
  fr: {
    opening: 'La présidence a souhaité la bienvenue aux membres et constaté le quorum.',
    adoption_of_agenda: 'L’ordre du jour a été adopté sans modification.',
    approval_of_previous_minutes: 'Le procès-verbal de la réunion précédente a été approuvé.',
    case_discussion:
      'Les cas ont été examinés à huis clos par leur code ; les détails figurent dans l’annexe restreinte.',
    any_other_business: 'Aucune autre question n’a été soulevée.',
    next_meeting: 'La prochaine réunion se tiendra à la date proposée par le secrétariat.',
  },
};

const text = (t: string, bold = false): RichInline =>
  bold ? { type: 'text', text: t, marks: [{ type: 'bold' }] } : { type: 'text', text: t };
const paragraph = (...content: RichInline[]): RichBlock => ({ type: 'paragraph', content });

/** The notes of one agenda item of a held meeting. */
export function agendaNotes(kind: AgendaItemKind, language: Language, random: Random): RichDoc {
  const fixed = FIXED[language][kind];
  if (fixed) return { type: 'doc', content: [paragraph(text(fixed))] };
  const topic = random.pick(TOPICS[language]);
  const points = random.sample(POINTS[language], random.int(2, 3));
  return {
    type: 'doc',
    content: [
      paragraph(text(`${random.pick(OPENERS[language])} `), text(topic, true), text('.')),
      {
        type: 'bulletList',
        content: points.map((p) => ({ type: 'listItem', content: [paragraph(text(p))] })),
      },
      paragraph(text(`${AGREED[language]} `, true), text(random.pick(POINTS[language]))),
    ],
  };
}

const DECISION_VERBS: Texts = {
  en: ['The Task Force endorsed', 'Members adopted', 'The meeting approved'],
  es: ['El Grupo respaldó', 'Los miembros adoptaron', 'La reunión aprobó'],
  fr: ['Le Groupe a approuvé', 'Les membres ont adopté', 'La réunion a validé'],
};
const DECISION_OBJECTS: Texts = {
  en: [
    'the revised terms of reference for',
    'the workplan on',
    'the joint guidance on',
    'the budget proposal for',
  ],
  es: [
    'los términos de referencia revisados para',
    'el plan de trabajo sobre',
    'la guía conjunta sobre',
  ],
  fr: ['les termes de référence révisés pour', 'le plan de travail sur', 'le guide commun sur'],
};

export function decisionText(language: Language, random: Random): string {
  return `${random.pick(DECISION_VERBS[language])} ${random.pick(DECISION_OBJECTS[language])} ${random.pick(TOPICS[language])}.`;
}

const ACTION_VERBS: Texts = {
  en: [
    'Share the figures on',
    'Prepare a briefing note on',
    'Organise a workshop on',
    'Nominate a focal point for',
    'Circulate the draft on',
    'Report back on',
  ],
  es: [
    'Compartir las cifras sobre',
    'Preparar una nota informativa sobre',
    'Organizar un taller sobre',
    'Designar un punto focal para',
    'Circular el borrador sobre',
  ],
  fr: [
    'Partager les chiffres sur',
    'Préparer une note sur',
    'Organiser un atelier sur',
    'Désigner un point focal pour',
    'Diffuser le projet sur',
  ],
};

export function actionTitle(language: Language, random: Random): string {
  return `${random.pick(ACTION_VERBS[language])} ${random.pick(TOPICS[language])}`;
}

const PROGRESS: Record<Language, Record<ProgressKind, readonly string[]>> = {
  en: {
    started: [
      'Work has started; a first draft is in review.',
      'Data requested from the regional offices.',
    ],
    done: ['Completed and shared with the members.', 'Done; the report was circulated by e-mail.'],
    blocked: ['Waiting for the budget approval.', 'On hold until the focal point is replaced.'],
    cancelled: ['Cancelled: superseded by a decision of the Task Force.'],
  },
  es: {
    started: [
      'El trabajo comenzó; hay un primer borrador en revisión.',
      'Se solicitaron datos a las oficinas regionales.',
    ],
    done: ['Completado y compartido con los miembros.', 'Hecho; el informe se circuló por correo.'],
    blocked: ['En espera de la aprobación del presupuesto.'],
    cancelled: ['Cancelado: sustituido por una decisión posterior.'],
  },
  fr: {
    started: [
      'Les travaux ont commencé ; un premier projet est en relecture.',
      'Données demandées aux bureaux régionaux.',
    ],
    done: ['Terminé et partagé avec les membres.', 'Fait ; le rapport a été diffusé par courriel.'],
    blocked: ['En attente de l’approbation du budget.'],
    cancelled: ['Annulé : remplacé par une décision ultérieure.'],
  },
};

export type ProgressKind = 'started' | 'done' | 'blocked' | 'cancelled';

export function progressNote(language: Language, kind: ProgressKind, random: Random): string {
  return random.pick(PROGRESS[language][kind]);
}
