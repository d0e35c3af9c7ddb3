/**
 * Wording of the restricted case annex in EN/ES/FR: the case vocabularies (stages, bands,
 * forms of exploitation, agency roles, cooperation requests) and the annex's own words. Kept
 * apart from the kit's labels: only the case documents use them.
 */
import type {
  AgeBand,
  CaseAgencyRole,
  CaseStage,
  CooperationDirection,
  CooperationStatus,
  CooperationType,
  ExploitationForm,
  Sex,
} from '../../../shared/domain/cases';
import type { Language } from '../../../shared/domain/languages';
import type { AgeGroup } from '../cases/statistics/kAnonymity';

export interface CaseLabels {
  /** The meeting's restricted agenda item that lists the cases. */
  agendaItem: string;
  annexTitle: string;
  annexNotice: string;
  kNote: (k: number) => string;
  casesDiscussed: string;
  noCases: string;
  stage: string;
  profiles: string;
  victims: string;
  sex: string;
  age: string;
  nationality: string;
  exploitation: string;
  generalised: string;
  unknown: string;
  agencies: string;
  agencyRole: string;
  noAgencies: string;
  requests: string;
  requestType: string;
  country: string;
  status: string;
  daysPending: string;
  overdue: string;
  noRequests: string;
  discussion: string;
  noDiscussion: string;
  agreedActions: string;
  noActions: string;
  /** Public minutes: the restricted item says only which codes were discussed. */
  casesDiscussedPublic: (codes: string) => string;
  caseActionsPublic: (code: string, numbers: string) => string;
  stages: Record<CaseStage, string>;
  sexes: Record<Sex, string>;
  ages: Record<AgeBand | AgeGroup, string>;
  forms: Record<ExploitationForm, string>;
  roles: Record<CaseAgencyRole, string>;
  types: Record<CooperationType, string>;
  directions: Record<CooperationDirection, string>;
  statuses: Record<CooperationStatus, string>;
}

const AGE_BANDS_AS_WRITTEN = {
  '0-11': '0–11',
  '12-17': '12–17',
  '18-24': '18–24',
  '25-34': '25–34',
  '35-49': '35–49',
  '50+': '50+',
};

const en: CaseLabels = {
  agendaItem: 'Case discussions',
  annexTitle: 'Restricted case annex',
  annexNotice:
    'This annex describes the cases discussed at the meeting. It holds no names or other personal data; victim profiles are shown in bands, and profiles of fewer than k victims are generalised.',
  kNote: (k) => `k = ${k}`,
  casesDiscussed: 'Cases discussed',
  noCases: 'No case was discussed at this meeting.',
  stage: 'Stage',
  profiles: 'Victim profiles',
  victims: 'Victims',
  sex: 'Sex',
  age: 'Age',
  nationality: 'Nationality',
  exploitation: 'Forms of exploitation',
  generalised: 'generalised',
  unknown: 'Unknown',
  agencies: 'Agencies involved',
  agencyRole: 'Role',
  noAgencies: 'No agency recorded.',
  requests: 'Cooperation requests',
  requestType: 'Request',
  country: 'Country',
  status: 'Status',
  daysPending: 'Days pending',
  overdue: 'overdue',
  noRequests: 'No cooperation request.',
  discussion: 'Discussion',
  noDiscussion: 'No discussion entry recorded.',
  agreedActions: 'Agreed actions',
  noActions: 'No action agreed.',
  casesDiscussedPublic: (codes) => `Cases discussed: ${codes}.`,
  caseActionsPublic: (code, numbers) => `${code} — agreed action items no. ${numbers}.`,
  stages: {
    identification: 'Identification',
    referral: 'Referral',
    assistance: 'Assistance',
    investigation: 'Investigation',
    prosecution: 'Prosecution',
    return_reintegration: 'Return / reintegration',
    closed: 'Closed',
  },
  sexes: { female: 'Female', male: 'Male', other_unknown: 'Other / unknown' },
  ages: { ...AGE_BANDS_AS_WRITTEN, unknown: 'Unknown', child: 'Child', adult: 'Adult' },
  forms: {
    sexual_exploitation: 'Sexual exploitation',
    forced_labour: 'Forced labour',
    domestic_servitude: 'Domestic servitude',
    forced_marriage: 'Forced marriage',
    forced_criminality: 'Forced criminality',
    begging: 'Forced begging',
    organ_removal: 'Organ removal',
    other: 'Other',
  },
  roles: {
    lead_investigation: 'Lead investigation',
    victim_assistance: 'Victim assistance',
    prosecution: 'Prosecution',
    labour_inspection: 'Labour inspection',
    consular: 'Consular',
    other: 'Other',
  },
  types: {
    mutual_legal_assistance: 'Mutual legal assistance',
    extradition: 'Extradition',
    joint_investigation_team: 'Joint investigation team',
    european_investigation_order: 'European Investigation Order',
    information_exchange: 'Information exchange',
    victim_return: 'Return of a victim',
    testimony_abroad: 'Testimony from abroad',
  },
  directions: { outgoing: 'outgoing', incoming: 'incoming' },
  statuses: {
    drafting: 'Drafting',
    sent: 'Sent',
    acknowledged: 'Acknowledged',
    executed: 'Executed',
    refused: 'Refused',
    withdrawn: 'Withdrawn',
  },
};

const es: CaseLabels = {
  agendaItem: 'Examen de casos',
  annexTitle: 'Anexo reservado de casos',
  annexNotice:
    'Este anexo describe los casos tratados en la reunión. No contiene nombres ni otros datos personales; los perfiles de las víctimas figuran por tramos y los perfiles de menos de k víctimas se generalizan.',
  kNote: (k) => `k = ${k}`,
  casesDiscussed: 'Casos tratados',
  noCases: 'No se trató ningún caso en esta reunión.',
  stage: 'Fase',
  profiles: 'Perfiles de las víctimas',
  victims: 'Víctimas',
  sex: 'Sexo',
  age: 'Edad',
  nationality: 'Nacionalidad',
  exploitation: 'Formas de explotación',
  generalised: 'generalizado',
  unknown: 'Desconocida',
  agencies: 'Instituciones que intervienen',
  agencyRole: 'Función',
  noAgencies: 'Ninguna institución registrada.',
  requests: 'Solicitudes de cooperación',
  requestType: 'Solicitud',
  country: 'País',
  status: 'Estado',
  daysPending: 'Días pendiente',
  overdue: 'demorada',
  noRequests: 'Ninguna solicitud de cooperación.',
  discussion: 'Deliberación',
  noDiscussion: 'No se registró ninguna deliberación.',
  agreedActions: 'Compromisos acordados',
  noActions: 'Ningún compromiso acordado.',
  casesDiscussedPublic: (codes) => `Casos tratados: ${codes}.`,
  caseActionsPublic: (code, numbers) => `${code} — compromisos acordados n.º ${numbers}.`,
  stages: {
    identification: 'Identificación',
    referral: 'Derivación',
    assistance: 'Asistencia',
    investigation: 'Investigación',
    prosecution: 'Enjuiciamiento',
    return_reintegration: 'Retorno / reintegración',
    closed: 'Cerrado',
  },
  sexes: { female: 'Mujer', male: 'Hombre', other_unknown: 'Otro / desconocido' },
  ages: { ...AGE_BANDS_AS_WRITTEN, unknown: 'Desconocida', child: 'Menor', adult: 'Adulto/a' },
  forms: {
    sexual_exploitation: 'Explotación sexual',
    forced_labour: 'Trabajo forzoso',
    domestic_servitude: 'Servidumbre doméstica',
    forced_marriage: 'Matrimonio forzado',
    forced_criminality: 'Criminalidad forzada',
    begging: 'Mendicidad forzada',
    organ_removal: 'Extracción de órganos',
    other: 'Otra',
  },
  roles: {
    lead_investigation: 'Dirección de la investigación',
    victim_assistance: 'Asistencia a la víctima',
    prosecution: 'Fiscalía',
    labour_inspection: 'Inspección de trabajo',
    consular: 'Consular',
    other: 'Otra',
  },
  types: {
    mutual_legal_assistance: 'Asistencia judicial recíproca',
    extradition: 'Extradición',
    joint_investigation_team: 'Equipo conjunto de investigación',
    european_investigation_order: 'Orden europea de investigación',
    information_exchange: 'Intercambio de información',
    victim_return: 'Retorno de una víctima',
    testimony_abroad: 'Testimonio desde el extranjero',
  },
  directions: { outgoing: 'saliente', incoming: 'entrante' },
  statuses: {
    drafting: 'En redacción',
    sent: 'Enviada',
    acknowledged: 'Acusado recibo',
    executed: 'Ejecutada',
    refused: 'Denegada',
    withdrawn: 'Retirada',
  },
};

const fr: CaseLabels = {
  agendaItem: 'Examen des affaires',
  annexTitle: 'Annexe restreinte des affaires',
  annexNotice:
    'Cette annexe décrit les affaires examinées lors de la réunion. Elle ne contient ni nom ni autre donnée personnelle ; les profils des victimes sont donnés par tranches et ceux de moins de k victimes sont généralisés.',
  kNote: (k) => `k = ${k}`,
  casesDiscussed: 'Affaires examinées',
  noCases: 'Aucune affaire n’a été examinée lors de cette réunion.',
  stage: 'Étape',
  profiles: 'Profils des victimes',
  victims: 'Victimes',
  sex: 'Sexe',
  age: 'Âge',
  nationality: 'Nationalité',
  exploitation: 'Formes d’exploitation',
  generalised: 'généralisé',
  unknown: 'Inconnue',
  agencies: 'Institutions concernées',
  agencyRole: 'Rôle',
  noAgencies: 'Aucune institution enregistrée.',
  requests: 'Demandes de coopération',
  requestType: 'Demande',
  country: 'Pays',
  status: 'Statut',
  daysPending: 'Jours en attente',
  overdue: 'en retard',
  noRequests: 'Aucune demande de coopération.',
  discussion: 'Délibération',
  noDiscussion: 'Aucune délibération consignée.',
  agreedActions: 'Actions convenues',
  noActions: 'Aucune action convenue.',
  casesDiscussedPublic: (codes) => `Affaires examinées : ${codes}.`,
  caseActionsPublic: (code, numbers) => `${code} — actions convenues n° ${numbers}.`,
  stages: {
    identification: 'Identification',
    referral: 'Orientation',
    assistance: 'Assistance',
    investigation: 'Enquête',
    prosecution: 'Poursuites',
    return_reintegration: 'Retour / réintégration',
    closed: 'Clôturée',
  },
  sexes: { female: 'Femme', male: 'Homme', other_unknown: 'Autre / inconnu' },
  ages: { ...AGE_BANDS_AS_WRITTEN, unknown: 'Inconnu', child: 'Mineur', adult: 'Adulte' },
  forms: {
    sexual_exploitation: 'Exploitation sexuelle',
    forced_labour: 'Travail forcé',
    domestic_servitude: 'Servitude domestique',
    forced_marriage: 'Mariage forcé',
    forced_criminality: 'Criminalité forcée',
    begging: 'Mendicité forcée',
    organ_removal: 'Prélèvement d’organes',
    other: 'Autre',
  },
  roles: {
    lead_investigation: 'Direction de l’enquête',
    victim_assistance: 'Assistance aux victimes',
    prosecution: 'Parquet',
    labour_inspection: 'Inspection du travail',
    consular: 'Consulaire',
    other: 'Autre',
  },
  types: {
    mutual_legal_assistance: 'Entraide judiciaire',
    extradition: 'Extradition',
    joint_investigation_team: 'Équipe commune d’enquête',
    european_investigation_order: 'Décision d’enquête européenne',
    information_exchange: 'Échange d’informations',
    victim_return: 'Retour d’une victime',
    testimony_abroad: 'Témoignage depuis l’étranger',
  },
  directions: { outgoing: 'sortante', incoming: 'entrante' },
  statuses: {
    drafting: 'En rédaction',
    sent: 'Envoyée',
    acknowledged: 'Accusé de réception',
    executed: 'Exécutée',
    refused: 'Refusée',
    withdrawn: 'Retirée',
  },
};

const LABELS: Record<Language, CaseLabels> = { en, es, fr };

export function caseLabels(language: Language): CaseLabels {
  return LABELS[language];
}
