/**
 * The report's words in each document language, and the status vocabularies: the app's own
 * six statuses, red/amber/green, completion (three words) and the OGP scale (four words).
 * Every status prints as a word besides its colour, so the report reads in black and white.
 */
import type { NapReportVocabulary } from '../../../../shared/contract/napReport';
import type { CaseStatisticDimension } from '../../../../shared/domain/cases';
import type { NapActivityStatus } from '../../../../shared/domain/nap';
import type { Language } from '../../../../shared/domain/languages';

/** A status word with its cell colour, and the statuses it covers. */
export interface StatusBucket {
  word: string;
  definition: string;
  fill: string;
  statuses: NapActivityStatus[];
}

const GREEN = 'C6EFCE';
const AMBER = 'FFEB9C';
const RED = 'FFC7CE';
const BLUE = 'BDD7EE';
const GREY = 'E7E6E6';

type Words = Record<string, [string, string]>;

/** The figures of a pillar's capacity-building line, formatted in the document language. */
export interface TrainingFigures {
  trainings: number;
  participants: string;
  female: string;
  male: string;
  other: string;
  hours: string;
}

/** "1 case", "3 cases": the word after a count. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en = {
  report: 'NAP progress report',
  periodCovered: 'Period covered',
  cutOff: 'Data cut-off date',
  version: 'Version',
  draft: 'Draft',
  final: 'Final',
  adoptedBy: 'Adopted by',
  contents: 'Contents',
  executiveSummary: 'Executive summary',
  figure: 'Figure',
  value: 'Value',
  activities: 'Activities',
  completed: 'Activities completed',
  completion: 'Completion (completed / not cancelled)',
  change: 'Change since the previous period',
  changeText: (points: string, count: string, period: string) =>
    `${points} percentage points, ${count} activities completed (since ${period})`,
  noPrevious: 'No previous period',
  indicatorsOnTrack: 'Indicators on track',
  onTrackText: (on: number, measured: number, total: number) =>
    `${on} of ${measured} measured (${total} indicators)`,
  budget: 'Budget executed / planned',
  overdue: 'Overdue activities',
  noNarrative: 'No narrative written yet.',
  method: 'Method',
  agenciesReported: 'Agencies that reported for the period',
  agenciesSilent: 'Agencies that did not report for the period',
  none: 'None',
  statusDefinitions: 'Status definitions',
  status: 'Status',
  meaning: 'Meaning',
  sources: 'Sources',
  sourcesIntro:
    'Progress updates recorded by the lead agencies and measurements of the indicators, with their means of verification:',
  noSources: 'No source recorded for the period.',
  byPillar: 'Progress by pillar',
  code: 'Code',
  activity: 'Activity',
  lead: 'Lead agencies',
  timeframe: 'Timeframe',
  progressThisPeriod: 'Progress this period',
  noData: 'no data',
  indicator: 'Indicator',
  baseline: 'Baseline (year)',
  target: 'Target (year)',
  valueThisPeriod: 'Value this period',
  progress: 'Progress',
  source: 'Source',
  lowerIsBetter: 'lower is better',
  noIndicators: 'No indicator for this objective.',
  noActivities: 'No activity under this objective.',
  achievements: 'Achievements',
  challenges: 'Challenges',
  recommendations: 'Recommendations',
  chartTitle: (pillar: string) => `${pillar}: activities by status`,
  chartAlt: (pillar: string, rows: string[]) =>
    `Bar chart of the activities of ${pillar} by status, per objective. ${rows.join('. ')}.`,
  overdueAtRisk: 'Overdue and at-risk activities',
  end: 'End',
  reason: 'Reason',
  noOverdue: 'No activity is overdue or at risk.',
  noReason: 'No reason given',
  budgetTitle: 'Budget',
  planned: 'Planned',
  executed: 'Executed',
  pillar: 'Pillar',
  fundingSource: 'Funding source',
  unspecified: 'Not specified',
  total: 'Total',
  annexes: 'Annexes',
  acronyms: 'Agency acronyms',
  acronym: 'Acronym',
  agency: 'Agency',
  contributing: 'Contributing agencies',
  role: 'Role',
  leadRole: 'lead',
  supportRole: 'support',
  matrix: 'Full matrix',
  objective: 'Objective',
  supporting: 'Supporting agencies',
  indicators: 'Indicators',
  capacityBuilding: 'Capacity building',
  capacityBuildingIntro: (from: string, to: string, trainings: number) =>
    `From ${from} to ${to}, ${count(trainings, 'training was', 'trainings were')} recorded in the capacity-building log; the figures below come from it. A training on no pillar or on a pillar of another plan is counted under “No pillar of this plan”; each agency row counts that agency’s own participants.`,
  trainingsByPillar: 'Trainings by pillar',
  trainingsByAgency: 'Trainings by agency trained',
  /** Column headers: soft hyphens (U+00AD) let the long words break in narrow columns. */
  trainingsCount: 'Train\u00ADings',
  women: 'Women',
  men: 'Men',
  otherSex: 'Other or not rec\u00ADorded',
  participants: 'Total par\u00ADtici\u00ADpants',
  participantHours: 'Par\u00ADtici\u00ADpant-hours',
  noPillarOfPlan: 'No pillar of this plan',
  trainingLine: (f: TrainingFigures) =>
    `Capacity building this period: ${count(f.trainings, 'training', 'trainings')}, ${f.participants} participants (${f.female} women, ${f.male} men, ${f.other} other or not recorded), ${f.hours} participant-hours.`,
  caseStatistics: 'Case statistics',
  caseStatisticsIntro: (from: string, to: string, cases: number, victims: number, k: number) =>
    `Between ${from} and ${to}, ${count(cases, 'case was', 'cases were')} open, with ${count(victims, 'victim', 'victims')}. The tables below count victims with k-anonymity (k = ${k}): a value of fewer than ${k} victims is generalised (nationality to its UN M49 region, age band to child or adult) and, if still below ${k}, suppressed — it is not shown as a number. The table of the forms of exploitation counts a victim once per form.`,
  noCaseStatistics: (from: string, to: string) =>
    `No case was open between ${from} and ${to}: there are no case statistics for the period.`,
  statisticDimensions: {
    sex_age: 'Victims by sex and age',
    exploitation: 'Victims by form of exploitation',
    nationality_region: 'Victims by nationality or region',
    stage: 'Victims by stage at the end of the period',
  } as Record<CaseStatisticDimension, string>,
  category: 'Category',
  suppressedCell: 'suppressed',
  statisticsNote: (k: number, generalised: number, suppressed: number, victims: number) =>
    `k = ${k} · ${count(generalised, 'value', 'values')} generalised · ${suppressed} suppressed (${count(victims, 'victim', 'victims')} not shown)`,
  summarySheet: 'Summary',
  budgetSheet: 'Budget',
  words: {
    not_started: ['Not started', 'Work has not begun.'],
    on_track: ['On track', 'Under way as planned.'],
    at_risk: ['At risk', 'Under way; the timeframe may be missed.'],
    delayed: ['Delayed', 'Behind its timeframe.'],
    completed: ['Completed', 'Done.'],
    cancelled: ['Cancelled', 'Dropped from the plan.'],
    green: ['Green', 'On track.'],
    amber: ['Amber', 'At risk.'],
    red: ['Red', 'Delayed.'],
    blue: ['Complete', 'Completed.'],
    grey: ['Not started', 'Not started or cancelled.'],
    done: ['Completed', 'Fully implemented.'],
    partly: ['Partly completed', 'Under way (on track, at risk or delayed).'],
    notDone: ['Not completed', 'Not started or cancelled.'],
    ogpNone: ['Not started', 'No work yet (or cancelled).'],
    ogpLimited: ['Limited', 'Started, behind or at risk.'],
    ogpSubstantial: ['Substantial', 'Well under way, on track.'],
    ogpComplete: ['Complete', 'Fully implemented.'],
  } as Words,
};

export type NapReportLabels = typeof en;

const es: NapReportLabels = {
  report: 'Informe de avance del plan nacional de acción',
  periodCovered: 'Periodo cubierto',
  cutOff: 'Fecha de corte de los datos',
  version: 'Versión',
  draft: 'Borrador',
  final: 'Definitiva',
  adoptedBy: 'Aprobado por',
  contents: 'Índice',
  executiveSummary: 'Resumen ejecutivo',
  figure: 'Cifra',
  value: 'Valor',
  activities: 'Actividades',
  completed: 'Actividades completadas',
  completion: 'Cumplimiento (completadas / no canceladas)',
  change: 'Cambio desde el periodo anterior',
  changeText: (points, count, period) =>
    `${points} puntos porcentuales, ${count} actividades completadas (desde ${period})`,
  noPrevious: 'Sin periodo anterior',
  indicatorsOnTrack: 'Indicadores en buen camino',
  onTrackText: (on, measured, total) => `${on} de ${measured} medidos (${total} indicadores)`,
  budget: 'Presupuesto ejecutado / previsto',
  overdue: 'Actividades vencidas',
  noNarrative: 'Todavía no se ha redactado el texto.',
  method: 'Metodología',
  agenciesReported: 'Instituciones que informaron en el periodo',
  agenciesSilent: 'Instituciones que no informaron en el periodo',
  none: 'Ninguna',
  statusDefinitions: 'Definición de los estados',
  status: 'Estado',
  meaning: 'Significado',
  sources: 'Fuentes',
  sourcesIntro:
    'Avances registrados por las instituciones responsables y mediciones de los indicadores, con sus medios de verificación:',
  noSources: 'No se registró ninguna fuente en el periodo.',
  byPillar: 'Avance por eje',
  code: 'Código',
  activity: 'Actividad',
  lead: 'Responsables',
  timeframe: 'Plazo',
  progressThisPeriod: 'Avance en el periodo',
  noData: 'sin datos',
  indicator: 'Indicador',
  baseline: 'Línea de base (año)',
  target: 'Meta (año)',
  valueThisPeriod: 'Valor en el periodo',
  progress: 'Avance',
  source: 'Fuente',
  lowerIsBetter: 'cuanto menor, mejor',
  noIndicators: 'Ningún indicador para este objetivo.',
  noActivities: 'Ninguna actividad en este objetivo.',
  achievements: 'Logros',
  challenges: 'Desafíos',
  recommendations: 'Recomendaciones',
  chartTitle: (pillar) => `${pillar}: actividades por estado`,
  chartAlt: (pillar, rows) =>
    `Gráfico de barras de las actividades de ${pillar} por estado y objetivo. ${rows.join('. ')}.`,
  overdueAtRisk: 'Actividades vencidas y en riesgo',
  end: 'Fin',
  reason: 'Motivo',
  noOverdue: 'Ninguna actividad está vencida ni en riesgo.',
  noReason: 'Sin motivo indicado',
  budgetTitle: 'Presupuesto',
  planned: 'Previsto',
  executed: 'Ejecutado',
  pillar: 'Eje',
  fundingSource: 'Fuente de financiación',
  unspecified: 'Sin especificar',
  total: 'Total',
  annexes: 'Anexos',
  acronyms: 'Siglas de las instituciones',
  acronym: 'Sigla',
  agency: 'Institución',
  contributing: 'Instituciones participantes',
  role: 'Función',
  leadRole: 'responsable',
  supportRole: 'apoyo',
  matrix: 'Matriz completa',
  objective: 'Objetivo',
  supporting: 'Instituciones de apoyo',
  indicators: 'Indicadores',
  capacityBuilding: 'Fortalecimiento de capacidades',
  capacityBuildingIntro: (from, to, trainings) =>
    `Del ${from} al ${to} se ${trainings === 1 ? 'registró 1 formación' : `registraron ${trainings} formaciones`} en el registro de fortalecimiento de capacidades; las cifras siguientes proceden de él. Una formación sin pilar o vinculada a un pilar de otro plan se cuenta en «Ningún pilar de este plan»; cada fila de institución cuenta sus propios participantes.`,
  trainingsByPillar: 'Formaciones por pilar',
  trainingsByAgency: 'Formaciones por institución formada',
  trainingsCount: 'For\u00ADma\u00ADcio\u00ADnes',
  women: 'Mu\u00ADje\u00ADres',
  men: 'Hom\u00ADbres',
  otherSex: 'Otro o no re\u00ADgis\u00ADtra\u00ADdo',
  participants: 'Total de par\u00ADti\u00ADci\u00ADpan\u00ADtes',
  participantHours: 'Horas-par\u00ADti\u00ADci\u00ADpan\u00ADte',
  noPillarOfPlan: 'Ningún pilar de este plan',
  trainingLine: (f) =>
    `Fortalecimiento de capacidades en este periodo: ${count(f.trainings, 'formación', 'formaciones')}, ${f.participants} participantes (${f.female} mujeres, ${f.male} hombres, ${f.other} otro o no registrado), ${f.hours} horas-participante.`,
  caseStatistics: 'Estadísticas de casos',
  caseStatisticsIntro: (from, to, cases, victims, k) =>
    `Entre ${from} y ${to} ${cases === 1 ? 'estuvo abierto 1 caso' : `estuvieron abiertos ${cases} casos`}, con ${count(victims, 'víctima', 'víctimas')}. Las tablas siguientes cuentan víctimas con k-anonimato (k = ${k}): un valor de menos de ${k} víctimas se generaliza (la nacionalidad a su región M49 de las Naciones Unidas, la franja de edad a menor o adulto) y, si sigue por debajo de ${k}, se suprime: no se muestra como cifra. La tabla de las formas de explotación cuenta a una víctima una vez por forma.`,
  noCaseStatistics: (from, to) =>
    `Ningún caso estuvo abierto entre ${from} y ${to}: no hay estadísticas de casos para el periodo.`,
  statisticDimensions: {
    sex_age: 'Víctimas por sexo y edad',
    exploitation: 'Víctimas por forma de explotación',
    nationality_region: 'Víctimas por nacionalidad o región',
    stage: 'Víctimas por fase al final del periodo',
  },
  category: 'Categoría',
  suppressedCell: 'suprimido',
  statisticsNote: (k, generalised, suppressed, victims) =>
    `k = ${k} · ${count(generalised, 'valor generalizado', 'valores generalizados')} · ${count(suppressed, 'suprimido', 'suprimidos')} (${count(victims, 'víctima no mostrada', 'víctimas no mostradas')})`,
  summarySheet: 'Resumen',
  budgetSheet: 'Presupuesto',
  words: {
    not_started: ['No iniciada', 'El trabajo no ha comenzado.'],
    on_track: ['En curso', 'Avanza según lo previsto.'],
    at_risk: ['En riesgo', 'En curso; puede no cumplirse el plazo.'],
    delayed: ['Retrasada', 'Fuera de plazo.'],
    completed: ['Completada', 'Terminada.'],
    cancelled: ['Cancelada', 'Retirada del plan.'],
    green: ['Verde', 'En curso según lo previsto.'],
    amber: ['Ámbar', 'En riesgo.'],
    red: ['Rojo', 'Retrasada.'],
    blue: ['Completada', 'Terminada.'],
    grey: ['No iniciada', 'No iniciada o cancelada.'],
    done: ['Cumplida', 'Plenamente ejecutada.'],
    partly: ['Parcialmente cumplida', 'En curso (según lo previsto, en riesgo o retrasada).'],
    notDone: ['No cumplida', 'No iniciada o cancelada.'],
    ogpNone: ['No iniciada', 'Sin avances (o cancelada).'],
    ogpLimited: ['Limitado', 'Iniciada, retrasada o en riesgo.'],
    ogpSubstantial: ['Sustancial', 'Avanza según lo previsto.'],
    ogpComplete: ['Completo', 'Plenamente ejecutada.'],
  },
};

const fr: NapReportLabels = {
  report: 'Rapport d’avancement du plan d’action national',
  periodCovered: 'Période couverte',
  cutOff: 'Date d’arrêt des données',
  version: 'Version',
  draft: 'Projet',
  final: 'Définitive',
  adoptedBy: 'Adopté par',
  contents: 'Sommaire',
  executiveSummary: 'Résumé',
  figure: 'Chiffre',
  value: 'Valeur',
  activities: 'Activités',
  completed: 'Activités achevées',
  completion: 'Taux d’achèvement (achevées / non annulées)',
  change: 'Évolution depuis la période précédente',
  changeText: (points, count, period) =>
    `${points} points de pourcentage, ${count} activités achevées (depuis ${period})`,
  noPrevious: 'Pas de période précédente',
  indicatorsOnTrack: 'Indicateurs en bonne voie',
  onTrackText: (on, measured, total) => `${on} sur ${measured} mesurés (${total} indicateurs)`,
  budget: 'Budget exécuté / prévu',
  overdue: 'Activités en retard sur l’échéance',
  noNarrative: 'Aucun texte rédigé pour l’instant.',
  method: 'Méthodologie',
  agenciesReported: 'Institutions ayant rendu compte pour la période',
  agenciesSilent: 'Institutions n’ayant pas rendu compte pour la période',
  none: 'Aucune',
  statusDefinitions: 'Définition des statuts',
  status: 'Statut',
  meaning: 'Signification',
  sources: 'Sources',
  sourcesIntro:
    'Avancements déclarés par les institutions chefs de file et mesures des indicateurs, avec leurs moyens de vérification :',
  noSources: 'Aucune source enregistrée pour la période.',
  byPillar: 'Avancement par axe',
  code: 'Code',
  activity: 'Activité',
  lead: 'Chefs de file',
  timeframe: 'Calendrier',
  progressThisPeriod: 'Avancement de la période',
  noData: 'pas de données',
  indicator: 'Indicateur',
  baseline: 'Référence (année)',
  target: 'Cible (année)',
  valueThisPeriod: 'Valeur de la période',
  progress: 'Progrès',
  source: 'Source',
  lowerIsBetter: 'plus bas, c’est mieux',
  noIndicators: 'Aucun indicateur pour cet objectif.',
  noActivities: 'Aucune activité pour cet objectif.',
  achievements: 'Réalisations',
  challenges: 'Difficultés',
  recommendations: 'Recommandations',
  chartTitle: (pillar) => `${pillar} : activités par statut`,
  chartAlt: (pillar, rows) =>
    `Graphique à barres des activités de ${pillar} par statut et par objectif. ${rows.join('. ')}.`,
  overdueAtRisk: 'Activités en retard et à risque',
  end: 'Fin',
  reason: 'Motif',
  noOverdue: 'Aucune activité n’est en retard ni à risque.',
  noReason: 'Aucun motif indiqué',
  budgetTitle: 'Budget',
  planned: 'Prévu',
  executed: 'Exécuté',
  pillar: 'Axe',
  fundingSource: 'Source de financement',
  unspecified: 'Non précisée',
  total: 'Total',
  annexes: 'Annexes',
  acronyms: 'Sigles des institutions',
  acronym: 'Sigle',
  agency: 'Institution',
  contributing: 'Institutions contributrices',
  role: 'Rôle',
  leadRole: 'chef de file',
  supportRole: 'appui',
  matrix: 'Matrice complète',
  objective: 'Objectif',
  supporting: 'Institutions d’appui',
  indicators: 'Indicateurs',
  capacityBuilding: 'Renforcement des capacités',
  capacityBuildingIntro: (from, to, trainings) =>
    `Du ${from} au ${to}, ${trainings === 1 ? '1 formation a été enregistrée' : `${trainings} formations ont été enregistrées`} dans le registre du renforcement des capacités ; les chiffres ci-dessous en proviennent. Une formation sans pilier ou liée à un pilier d’un autre plan est comptée sous « Aucun pilier de ce plan » ; chaque ligne d’institution compte ses propres participants.`,
  trainingsByPillar: 'Formations par pilier',
  trainingsByAgency: 'Formations par institution formée',
  trainingsCount: 'For\u00ADma\u00ADtions',
  women: 'Fem\u00ADmes',
  men: 'Hom\u00ADmes',
  otherSex: 'Autre ou non ren\u00ADsei\u00ADgné',
  participants: 'Total des par\u00ADti\u00ADci\u00ADpants',
  participantHours: 'Heures-par\u00ADti\u00ADci\u00ADpant',
  noPillarOfPlan: 'Aucun pilier de ce plan',
  trainingLine: (f) =>
    `Renforcement des capacités sur la période : ${count(f.trainings, 'formation', 'formations')}, ${f.participants} participants (${f.female} femmes, ${f.male} hommes, ${f.other} autre ou non renseigné), ${f.hours} heures-participant.`,
  caseStatistics: 'Statistiques des affaires',
  caseStatisticsIntro: (from, to, cases, victims, k) =>
    `De ${from} à ${to}, ${cases === 1 ? '1 affaire était ouverte' : `${cases} affaires étaient ouvertes`}, avec ${count(victims, 'victime', 'victimes')}. Les tableaux ci-dessous comptent les victimes avec le k-anonymat (k = ${k}) : une valeur de moins de ${k} victimes est généralisée (la nationalité à sa région M49 des Nations Unies, la tranche d’âge à mineur ou adulte) et, si elle reste inférieure à ${k}, supprimée : elle n’est pas donnée en chiffres. Le tableau des formes d’exploitation compte une victime une fois par forme.`,
  noCaseStatistics: (from, to) =>
    `Aucune affaire n’était ouverte de ${from} à ${to} : pas de statistiques des affaires pour la période.`,
  statisticDimensions: {
    sex_age: 'Victimes par sexe et âge',
    exploitation: 'Victimes par forme d’exploitation',
    nationality_region: 'Victimes par nationalité ou région',
    stage: 'Victimes par étape à la fin de la période',
  },
  category: 'Catégorie',
  suppressedCell: 'supprimée',
  statisticsNote: (k, generalised, suppressed, victims) =>
    `k = ${k} · ${count(generalised, 'valeur généralisée', 'valeurs généralisées')} · ${count(suppressed, 'supprimée', 'supprimées')} (${count(victims, 'victime non affichée', 'victimes non affichées')})`,
  summarySheet: 'Résumé',
  budgetSheet: 'Budget',
  words: {
    not_started: ['Non commencée', 'Les travaux n’ont pas commencé.'],
    on_track: ['En bonne voie', 'En cours comme prévu.'],
    at_risk: ['À risque', 'En cours ; l’échéance risque d’être manquée.'],
    delayed: ['En retard', 'Hors délai.'],
    completed: ['Achevée', 'Terminée.'],
    cancelled: ['Annulée', 'Retirée du plan.'],
    green: ['Vert', 'En bonne voie.'],
    amber: ['Orange', 'À risque.'],
    red: ['Rouge', 'En retard.'],
    blue: ['Achevée', 'Terminée.'],
    grey: ['Non commencée', 'Non commencée ou annulée.'],
    done: ['Réalisée', 'Pleinement mise en œuvre.'],
    partly: ['Partiellement réalisée', 'En cours (en bonne voie, à risque ou en retard).'],
    notDone: ['Non réalisée', 'Non commencée ou annulée.'],
    ogpNone: ['Non commencé', 'Aucun avancement (ou annulée).'],
    ogpLimited: ['Limité', 'Commencée, en retard ou à risque.'],
    ogpSubstantial: ['Substantiel', 'Bien avancée, en bonne voie.'],
    ogpComplete: ['Complet', 'Pleinement mise en œuvre.'],
  },
};

export const NAP_REPORT_LABELS: Record<Language, NapReportLabels> = { en, es, fr };

const SCALES: Record<NapReportVocabulary, [string, string, NapActivityStatus[]][]> = {
  app: [
    ['not_started', GREY, ['not_started']],
    ['on_track', GREEN, ['on_track']],
    ['at_risk', AMBER, ['at_risk']],
    ['delayed', RED, ['delayed']],
    ['completed', BLUE, ['completed']],
    ['cancelled', GREY, ['cancelled']],
  ],
  rag: [
    ['green', GREEN, ['on_track']],
    ['amber', AMBER, ['at_risk']],
    ['red', RED, ['delayed']],
    ['blue', BLUE, ['completed']],
    ['grey', GREY, ['not_started', 'cancelled']],
  ],
  completion: [
    ['done', GREEN, ['completed']],
    ['partly', AMBER, ['on_track', 'at_risk', 'delayed']],
    ['notDone', RED, ['not_started', 'cancelled']],
  ],
  ogp: [
    ['ogpNone', GREY, ['not_started', 'cancelled']],
    ['ogpLimited', AMBER, ['at_risk', 'delayed']],
    ['ogpSubstantial', GREEN, ['on_track']],
    ['ogpComplete', BLUE, ['completed']],
  ],
};

/** The vocabulary's words in a language, in their order. */
export function statusBuckets(vocabulary: NapReportVocabulary, language: Language): StatusBucket[] {
  const words = NAP_REPORT_LABELS[language].words;
  return SCALES[vocabulary].map(([key, fill, statuses]) => ({
    word: words[key]![0],
    definition: words[key]![1],
    fill,
    statuses,
  }));
}

export function bucketOf(buckets: StatusBucket[], status: NapActivityStatus): StatusBucket {
  return buckets.find((b) => b.statuses.includes(status))!;
}
