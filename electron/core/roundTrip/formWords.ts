/**
 * The words of an agency update form, in the three document languages: sheet names, column
 * headers, the instructions on the first sheet, and the line that attributes an imported
 * update to the agency's returned form in the action's history.
 */
import type { Language } from '../../../shared/domain/languages';
import type { NapActivityStatus } from '../../../shared/domain/nap';

export interface FormWords {
  instructionsSheet: string;
  actionsSheet: string;
  title: string;
  body: string;
  agency: string;
  issuedOn: string;
  replyBy: string;
  instructions: string[];
  columns: {
    no: string;
    action: string;
    origin: string;
    due: string;
    status: string;
    latestUpdate: string;
    newStatus: string;
    note: string;
    date: string;
    newDueDate: string;
  };
  /** The NAP sheet (rounds with a reporting period). */
  napSheet: string;
  /** The instruction about it, naming the period. */
  napInstruction: (period: string) => string;
  napPeriod: string;
  napColumns: {
    code: string;
    kind: string;
    item: string;
    status: string;
    latest: string;
    newStatus: string;
    note: string;
    value: string;
    numerator: string;
    denominator: string;
    source: string;
  };
  napKinds: { activity: string; indicator: string };
  napStatuses: Record<NapActivityStatus, string>;
  /** "Baseline 12 (2024) → target 40 (2028)". */
  napTarget: (baseline: string, target: string) => string;
  meetingNo: (n: number) => string;
  viaForm: (agency: string, date: string) => string;
  emailSubject: (body: string, agency: string) => string;
  emailBody: (body: string, agency: string, replyBy: string) => string;
}

const en: FormWords = {
  instructionsSheet: 'Instructions',
  actionsSheet: 'Actions',
  title: 'Update request on action items',
  body: 'Coordination body',
  agency: 'Agency',
  issuedOn: 'Issued on',
  replyBy: 'Please reply by',
  instructions: [
    'This form lists the open action items of your agency only.',
    'On the sheet “Actions”, fill in only the shaded columns: the new status (choose from the list), a short progress note, the date of that progress (today or earlier) and, if needed, a proposed new due date.',
    'Leave a row empty when there is nothing new. Do not add, copy or move rows, and do not paste rows from another agency’s form: such rows will be refused.',
    'Do not write names, phone numbers or other personal data of victims or suspects in the notes.',
    'Save the file in the same format (.xlsx) and send it back to the secretariat.',
  ],
  columns: {
    no: 'No.',
    action: 'Action item',
    origin: 'Raised at',
    due: 'Due date',
    status: 'Current status',
    latestUpdate: 'Latest update',
    newStatus: 'New status',
    note: 'Progress note',
    date: 'Date of progress',
    newDueDate: 'Proposed new due date',
  },
  napSheet: 'NAP',
  napInstruction: (period) =>
    `On the sheet “NAP”, report on your activities of the National Action Plan for ${period}: the new status (choose from the list; say why in the note when at risk or delayed), a progress note, and for each indicator its value for the period — for a percentage either the value (0–100) or the numerator and denominator — and its source.`,
  napPeriod: 'NAP reporting period',
  napColumns: {
    code: 'Code',
    kind: 'Type',
    item: 'Activity or indicator',
    status: 'Current status / target',
    latest: 'Latest report',
    newStatus: 'New status',
    note: 'Progress note',
    value: 'Value',
    numerator: 'Numerator',
    denominator: 'Denominator',
    source: 'Source',
  },
  napKinds: { activity: 'Activity', indicator: 'Indicator' },
  napStatuses: {
    not_started: 'Not started',
    on_track: 'On track',
    at_risk: 'At risk',
    delayed: 'Delayed',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  napTarget: (baseline, target) => `Baseline ${baseline} → target ${target}`,
  meetingNo: (n) => `Meeting No. ${n}`,
  viaForm: (agency, date) => `Reported by ${agency} in the update form returned on ${date}.`,
  emailSubject: (body, agency) => `${body} — update on the action items of ${agency}`,
  emailBody: (body, agency, replyBy) =>
    `Dear colleagues,\n\nThe secretariat of the ${body} kindly asks ${agency} for an update on its open action items. Please fill in the attached form (only the shaded columns) and send it back by ${replyBy}.\n\nKind regards,\nThe secretariat`,
};

const es: FormWords = {
  instructionsSheet: 'Instrucciones',
  actionsSheet: 'Compromisos',
  title: 'Solicitud de información sobre compromisos',
  body: 'Órgano de coordinación',
  agency: 'Institución',
  issuedOn: 'Fecha de emisión',
  replyBy: 'Responder antes del',
  instructions: [
    'Este formulario contiene solo los compromisos abiertos de su institución.',
    'En la hoja «Compromisos», complete solo las columnas sombreadas: el nuevo estado (elíjalo de la lista), una breve nota de avance, la fecha de ese avance (hoy o antes) y, si es necesario, una nueva fecha límite propuesta.',
    'Deje la fila vacía si no hay novedades. No añada, copie ni mueva filas, ni pegue filas del formulario de otra institución: esas filas serán rechazadas.',
    'No escriba nombres, teléfonos ni otros datos personales de víctimas o sospechosos en las notas.',
    'Guarde el archivo en el mismo formato (.xlsx) y envíelo de vuelta a la secretaría.',
  ],
  columns: {
    no: 'N.º',
    action: 'Compromiso',
    origin: 'Adoptado en',
    due: 'Fecha límite',
    status: 'Estado actual',
    latestUpdate: 'Última novedad',
    newStatus: 'Nuevo estado',
    note: 'Nota de avance',
    date: 'Fecha del avance',
    newDueDate: 'Nueva fecha límite propuesta',
  },
  napSheet: 'PAN',
  napInstruction: (period) =>
    `En la hoja «PAN», informe sobre sus actividades del Plan de Acción Nacional para ${period}: el nuevo estado (elíjalo de la lista; explique el motivo en la nota si está en riesgo o retrasada), una nota de avance y, para cada indicador, su valor en el período —para un porcentaje, el valor (0–100) o el numerador y el denominador— y su fuente.`,
  napPeriod: 'Período de informe del PAN',
  napColumns: {
    code: 'Código',
    kind: 'Tipo',
    item: 'Actividad o indicador',
    status: 'Estado actual / meta',
    latest: 'Último informe',
    newStatus: 'Nuevo estado',
    note: 'Nota de avance',
    value: 'Valor',
    numerator: 'Numerador',
    denominator: 'Denominador',
    source: 'Fuente',
  },
  napKinds: { activity: 'Actividad', indicator: 'Indicador' },
  napStatuses: {
    not_started: 'No iniciada',
    on_track: 'En curso',
    at_risk: 'En riesgo',
    delayed: 'Retrasada',
    completed: 'Completada',
    cancelled: 'Cancelada',
  },
  napTarget: (baseline, target) => `Línea de base ${baseline} → meta ${target}`,
  meetingNo: (n) => `Reunión n.º ${n}`,
  viaForm: (agency, date) =>
    `Informado por ${agency} en el formulario de seguimiento devuelto el ${date}.`,
  emailSubject: (body, agency) => `${body} — información sobre los compromisos de ${agency}`,
  emailBody: (body, agency, replyBy) =>
    `Estimados colegas:\n\nLa secretaría del órgano «${body}» solicita a ${agency} información actualizada sobre sus compromisos abiertos. Les rogamos completar el formulario adjunto (solo las columnas sombreadas) y devolverlo antes del ${replyBy}.\n\nAtentamente,\nLa secretaría`,
};

const fr: FormWords = {
  instructionsSheet: 'Instructions',
  actionsSheet: 'Actions',
  title: 'Demande de mise à jour des actions',
  body: 'Organe de coordination',
  agency: 'Institution',
  issuedOn: 'Émis le',
  replyBy: 'Merci de répondre avant le',
  instructions: [
    'Ce formulaire ne contient que les actions ouvertes de votre institution.',
    'Dans la feuille « Actions », ne remplissez que les colonnes grisées : le nouveau statut (à choisir dans la liste), une courte note d’avancement, la date de cet avancement (aujourd’hui ou avant) et, si besoin, une nouvelle échéance proposée.',
    'Laissez la ligne vide s’il n’y a rien de nouveau. N’ajoutez, ne copiez ni ne déplacez de lignes, et ne collez pas de lignes du formulaire d’une autre institution : elles seraient refusées.',
    'N’écrivez ni noms, ni numéros de téléphone, ni autres données personnelles de victimes ou de suspects dans les notes.',
    'Enregistrez le fichier dans le même format (.xlsx) et renvoyez-le au secrétariat.',
  ],
  columns: {
    no: 'N°',
    action: 'Action',
    origin: 'Décidée lors de',
    due: 'Échéance',
    status: 'Statut actuel',
    latestUpdate: 'Dernière mise à jour',
    newStatus: 'Nouveau statut',
    note: 'Note d’avancement',
    date: 'Date de l’avancement',
    newDueDate: 'Nouvelle échéance proposée',
  },
  napSheet: 'PAN',
  napInstruction: (period) =>
    `Dans la feuille « PAN », rendez compte de vos activités du Plan d’action national pour ${period} : le nouveau statut (à choisir dans la liste ; expliquez pourquoi dans la note si l’activité est à risque ou en retard), une note d’avancement et, pour chaque indicateur, sa valeur sur la période — pour un pourcentage, la valeur (0–100) ou le numérateur et le dénominateur — et sa source.`,
  napPeriod: 'Période de rapport du PAN',
  napColumns: {
    code: 'Code',
    kind: 'Type',
    item: 'Activité ou indicateur',
    status: 'Statut actuel / cible',
    latest: 'Dernier rapport',
    newStatus: 'Nouveau statut',
    note: 'Note d’avancement',
    value: 'Valeur',
    numerator: 'Numérateur',
    denominator: 'Dénominateur',
    source: 'Source',
  },
  napKinds: { activity: 'Activité', indicator: 'Indicateur' },
  napStatuses: {
    not_started: 'Non commencée',
    on_track: 'En bonne voie',
    at_risk: 'À risque',
    delayed: 'En retard',
    completed: 'Achevée',
    cancelled: 'Annulée',
  },
  napTarget: (baseline, target) => `Référence ${baseline} → cible ${target}`,
  meetingNo: (n) => `Réunion n° ${n}`,
  viaForm: (agency, date) =>
    `Communiqué par ${agency} dans le formulaire de suivi renvoyé le ${date}.`,
  emailSubject: (body, agency) => `${body} — mise à jour des actions de ${agency}`,
  emailBody: (body, agency, replyBy) =>
    `Chers collègues,\n\nLe secrétariat de l’organe « ${body} » demande à ${agency} une mise à jour de ses actions ouvertes. Merci de remplir le formulaire ci-joint (seules les colonnes grisées) et de le renvoyer avant le ${replyBy}.\n\nCordialement,\nLe secrétariat`,
};

export const FORM_WORDS: Record<Language, FormWords> = { en, es, fr };
