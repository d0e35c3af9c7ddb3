/**
 * The words of the exported documents, in each document language. The document language is
 * chosen at export, independently of the UI language; dates follow it too.
 */
import type { ActionPriority, ActionStatus } from '../../../../shared/domain/actions';
import type { Language } from '../../../../shared/domain/languages';
import type { AttendanceStatus } from '../../../../shared/domain/meetings';

const en = {
  page: 'Page',
  of: 'of',
  draft: 'DRAFT — for comments, not for distribution',
  invitation: 'Invitation',
  agenda: 'Agenda',
  minutes: 'Minutes',
  actionTracker: 'Action tracker',
  followUp: 'Follow-up of action items',
  decisionRegister: 'Register of decisions',
  invitationText: (body: string, title: string, when: string, where: string) =>
    `The secretariat of the coordination body “${body}” has the honour to invite your agency to the ${title}, to be held on ${when}${where ? ` (${where})` : ''}.`,
  videoText: 'The meeting can also be joined online:',
  confirmText:
    'Please confirm the participation of your focal point, or the name of the alternate, to the secretariat.',
  date: 'Date',
  time: 'Time',
  location: 'Location',
  online: 'Online',
  chair: 'Chair',
  minuteTaker: 'Minute-taker',
  no: 'No.',
  item: 'Item',
  presenter: 'Presented by',
  duration: 'Duration',
  minutesShort: 'min',
  estimatedEnd: 'Estimated end',
  restricted: 'Restricted',
  attendance: 'Attendance',
  agency: 'Agency',
  representative: 'Representative',
  name: 'Name',
  role: 'Role',
  /** Between a label and its value (French puts a space before the colon). */
  colon: ': ',
  attendanceGroups: {
    present: 'Present',
    represented: 'Represented by an alternate',
    apologies: 'Apologies',
    absent: 'Absent',
  } satisfies Record<AttendanceStatus, string>,
  guests: 'Guests and observers',
  guestRoles: { guest: 'Guest', observer: 'Observer' },
  quorum: (attending: number, required: number, ok: boolean) =>
    ok
      ? `Quorum reached: ${attending} member agencies present or represented (${required} required).`
      : `Quorum not reached: ${attending} member agencies present or represented (${required} required).`,
  proceedings: 'Proceedings',
  noNotes: 'No notes recorded.',
  decisions: 'Decisions',
  noDecisions: 'No decisions were taken.',
  reference: 'Reference',
  decision: 'Decision',
  meeting: 'Meeting',
  actions: 'Action items',
  newActions: 'New action items',
  updatedActions: 'Action items updated at this meeting',
  noActions: 'None.',
  action: 'Action',
  owner: 'Responsible agency',
  due: 'Due',
  status: 'Status',
  priority: 'Priority',
  latestUpdate: 'Latest update',
  history: 'History',
  overdue: 'Overdue',
  daysOverdue: (n: number) => `${n} days overdue`,
  nextMeeting: 'Next meeting',
  nextMeetingTbd: 'To be confirmed.',
  approval: 'Approval of the minutes',
  approvedOn: (date: string) => `These minutes were approved on ${date}.`,
  approvalPending: 'To be approved at the next meeting.',
  signatureChair: 'Chair',
  signatureSecretariat: 'Secretariat',
  signatureDate: 'Date',
  corrigenda: 'Corrigenda',
  openActions: 'Open actions',
  overdueActions: 'Overdue actions',
  chartTitle: 'Open and overdue actions by agency',
  bodyColumn: 'Body',
  chartAlt: (rows: string[]) =>
    `Bar chart of open and overdue actions by agency. ${rows.join('; ')}.`,
  chartAltRow: (agency: string, open: number, overdue: number) =>
    `${agency}: ${open} open, ${overdue} overdue`,
  asOf: (date: string) => `Situation as of ${date}`,
  noOpenActions: 'No open action items.',
  to: 'To',
  attention: 'For the attention of',
  followUpIntro: (body: string, date: string) =>
    `The secretariat of the coordination body “${body}” kindly requests an update on the following action items by ${date}.`,
  followUpClosing: 'Thank you for your cooperation.',
  emailSubject: (body: string, title: string) => `${body} — ${title}: documents`,
  emailBody: (body: string, title: string, when: string) =>
    `Dear colleagues,\n\nPlease find attached the documents of the following meeting: ${body}, ${title} (${when}).\n\nKind regards,\nThe secretariat`,
  statuses: {
    open: 'Open',
    in_progress: 'In progress',
    blocked: 'Blocked',
    done: 'Done',
    cancelled: 'Cancelled',
  } satisfies Record<ActionStatus, string>,
  priorities: { low: 'Low', medium: 'Medium', high: 'High' } satisfies Record<
    ActionPriority,
    string
  >,
};

export type Labels = typeof en;

const es: Labels = {
  page: 'Página',
  of: 'de',
  draft: 'BORRADOR — para comentarios, no para difusión',
  invitation: 'Convocatoria',
  agenda: 'Orden del día',
  minutes: 'Acta',
  actionTracker: 'Seguimiento de compromisos',
  followUp: 'Seguimiento de compromisos',
  decisionRegister: 'Registro de decisiones',
  invitationText: (body, title, when, where) =>
    `La secretaría del órgano «${body}» tiene el honor de invitar a su institución a la ${title}, que se celebrará el ${when}${where ? ` (${where})` : ''}.`,
  videoText: 'También es posible conectarse en línea:',
  confirmText:
    'Se ruega confirmar a la secretaría la participación de su punto focal o el nombre de su suplente.',
  date: 'Fecha',
  time: 'Hora',
  location: 'Lugar',
  online: 'En línea',
  chair: 'Presidencia',
  minuteTaker: 'Redacción del acta',
  no: 'N.º',
  item: 'Punto',
  presenter: 'Presenta',
  duration: 'Duración',
  minutesShort: 'min',
  estimatedEnd: 'Fin estimado',
  restricted: 'Reservado',
  attendance: 'Asistencia',
  agency: 'Institución',
  representative: 'Representante',
  name: 'Nombre',
  role: 'Función',
  colon: ': ',
  attendanceGroups: {
    present: 'Presentes',
    represented: 'Representadas por suplente',
    apologies: 'Excusadas',
    absent: 'Ausentes',
  },
  guests: 'Invitados y observadores',
  guestRoles: { guest: 'Invitado/a', observer: 'Observador/a' },
  quorum: (attending, required, ok) =>
    ok
      ? `Hay quórum: ${attending} instituciones miembro presentes o representadas (se requieren ${required}).`
      : `No hay quórum: ${attending} instituciones miembro presentes o representadas (se requieren ${required}).`,
  proceedings: 'Desarrollo de la reunión',
  noNotes: 'Sin notas.',
  decisions: 'Decisiones',
  noDecisions: 'No se adoptaron decisiones.',
  reference: 'Referencia',
  decision: 'Decisión',
  meeting: 'Reunión',
  actions: 'Compromisos',
  newActions: 'Nuevos compromisos',
  updatedActions: 'Compromisos actualizados en esta reunión',
  noActions: 'Ninguno.',
  action: 'Compromiso',
  owner: 'Institución responsable',
  due: 'Plazo',
  status: 'Estado',
  priority: 'Prioridad',
  latestUpdate: 'Última novedad',
  history: 'Historial',
  overdue: 'Vencido',
  daysOverdue: (n) => `${n} días de retraso`,
  nextMeeting: 'Próxima reunión',
  nextMeetingTbd: 'Por confirmar.',
  approval: 'Aprobación del acta',
  approvedOn: (date) => `Esta acta fue aprobada el ${date}.`,
  approvalPending: 'Pendiente de aprobación en la próxima reunión.',
  signatureChair: 'Presidencia',
  signatureSecretariat: 'Secretaría',
  signatureDate: 'Fecha',
  corrigenda: 'Correcciones',
  openActions: 'Compromisos abiertos',
  overdueActions: 'Compromisos vencidos',
  chartTitle: 'Compromisos abiertos y vencidos por institución',
  bodyColumn: 'Órgano',
  chartAlt: (rows) =>
    `Gráfico de barras de los compromisos abiertos y vencidos por institución. ${rows.join('; ')}.`,
  chartAltRow: (agency, open, overdue) => `${agency}: ${open} abiertos, ${overdue} vencidos`,
  asOf: (date) => `Situación al ${date}`,
  noOpenActions: 'No hay compromisos abiertos.',
  to: 'A',
  attention: 'A la atención de',
  followUpIntro: (body, date) =>
    `La secretaría del órgano «${body}» le solicita información actualizada sobre los siguientes compromisos antes del ${date}.`,
  followUpClosing: 'Agradecemos de antemano su colaboración.',
  emailSubject: (body, title) => `${body} — ${title}: documentos`,
  emailBody: (body, title, when) =>
    `Estimados colegas:\n\nAdjuntamos los documentos de la reunión siguiente: ${body}, ${title} (${when}).\n\nAtentamente,\nLa secretaría`,
  statuses: {
    open: 'Abierto',
    in_progress: 'En curso',
    blocked: 'Bloqueado',
    done: 'Cumplido',
    cancelled: 'Anulado',
  },
  priorities: { low: 'Baja', medium: 'Media', high: 'Alta' },
};

const fr: Labels = {
  page: 'Page',
  of: 'sur',
  draft: 'PROJET — pour commentaires, ne pas diffuser',
  invitation: 'Invitation',
  agenda: 'Ordre du jour',
  minutes: 'Procès-verbal',
  actionTracker: 'Suivi des actions',
  followUp: 'Suivi des actions',
  decisionRegister: 'Registre des décisions',
  invitationText: (body, title, when, where) =>
    `Le secrétariat de l’instance «\u202f${body}\u202f» a l’honneur d’inviter votre institution à la ${title}, qui se tiendra le ${when}${where ? ` (${where})` : ''}.`,
  videoText: 'La réunion est également accessible en ligne :',
  confirmText:
    'Merci de confirmer au secrétariat la participation de votre point focal ou le nom de son suppléant.',
  date: 'Date',
  time: 'Heure',
  location: 'Lieu',
  online: 'En ligne',
  chair: 'Présidence',
  minuteTaker: 'Rédaction du procès-verbal',
  no: 'N°',
  item: 'Point',
  presenter: 'Présenté par',
  duration: 'Durée',
  minutesShort: 'min',
  estimatedEnd: 'Fin estimée',
  restricted: 'Restreint',
  attendance: 'Participation',
  agency: 'Institution',
  representative: 'Représentant(e)',
  name: 'Nom',
  role: 'Qualité',
  // A no-break space before the colon, so the colon never starts a line.
  colon: '\u00a0: ',
  attendanceGroups: {
    present: 'Présentes',
    represented: 'Représentées par un suppléant',
    apologies: 'Excusées',
    absent: 'Absentes',
  },
  guests: 'Invités et observateurs',
  guestRoles: { guest: 'Invité(e)', observer: 'Observateur/trice' },
  quorum: (attending, required, ok) =>
    ok
      ? `Quorum atteint : ${attending} institutions membres présentes ou représentées (${required} requises).`
      : `Quorum non atteint : ${attending} institutions membres présentes ou représentées (${required} requises).`,
  proceedings: 'Déroulement de la réunion',
  noNotes: 'Aucune note.',
  decisions: 'Décisions',
  noDecisions: 'Aucune décision n’a été prise.',
  reference: 'Référence',
  decision: 'Décision',
  meeting: 'Réunion',
  actions: 'Actions',
  newActions: 'Nouvelles actions',
  updatedActions: 'Actions mises à jour lors de cette réunion',
  noActions: 'Aucune.',
  action: 'Action',
  owner: 'Institution responsable',
  due: 'Échéance',
  status: 'Statut',
  priority: 'Priorité',
  latestUpdate: 'Dernière mise à jour',
  history: 'Historique',
  overdue: 'En retard',
  daysOverdue: (n) => `${n} jours de retard`,
  nextMeeting: 'Prochaine réunion',
  nextMeetingTbd: 'À confirmer.',
  approval: 'Approbation du procès-verbal',
  approvedOn: (date) => `Ce procès-verbal a été approuvé le ${date}.`,
  approvalPending: 'À approuver lors de la prochaine réunion.',
  signatureChair: 'Présidence',
  signatureSecretariat: 'Secrétariat',
  signatureDate: 'Date',
  corrigenda: 'Rectificatifs',
  openActions: 'Actions ouvertes',
  overdueActions: 'Actions en retard',
  chartTitle: 'Actions ouvertes et en retard par institution',
  bodyColumn: 'Instance',
  chartAlt: (rows) =>
    `Graphique en barres des actions ouvertes et en retard par institution. ${rows.join(' ; ')}.`,
  chartAltRow: (agency, open, overdue) => `${agency} : ${open} ouvertes, ${overdue} en retard`,
  asOf: (date) => `Situation au ${date}`,
  noOpenActions: 'Aucune action ouverte.',
  to: 'À',
  attention: 'À l’attention de',
  followUpIntro: (body, date) =>
    `Le secrétariat de l’instance «\u202f${body}\u202f» vous prie de bien vouloir faire le point sur les actions suivantes avant le ${date}.`,
  followUpClosing: 'Nous vous remercions de votre collaboration.',
  emailSubject: (body, title) => `${body} — ${title} : documents`,
  emailBody: (body, title, when) =>
    `Chers collègues,\n\nVeuillez trouver ci-joint les documents de la réunion suivante\u202f: ${body}, ${title} (${when}).\n\nCordialement,\nLe secrétariat`,
  statuses: {
    open: 'Ouverte',
    in_progress: 'En cours',
    blocked: 'Bloquée',
    done: 'Réalisée',
    cancelled: 'Annulée',
  },
  priorities: { low: 'Basse', medium: 'Moyenne', high: 'Haute' },
};

export const LABELS: Record<Language, Labels> = { en, es, fr };

const LOCALES: Record<Language, string> = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR' };

/**
 * "1 December 2026", "1 de diciembre de 2026", "1 décembre 2026": the one date style of every
 * document, in text and in tables alike.
 */
const DATE_FORMATS = new Map<Language, Intl.DateTimeFormat>();

export function formatDate(isoDate: string, language: Language): string {
  let format = DATE_FORMATS.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
    DATE_FORMATS.set(language, format);
  }
  return format.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** "Tuesday 1 December 2026", "martes, 1 de diciembre de 2026", "mardi 1 décembre 2026". */
export function formatLongDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}

/** "January 2026", "enero de 2026", "janvier 2026" (a month YYYY-MM or a date). */
export function formatMonth(isoMonth: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`));
}

/** "10:00" in English and Spanish; "10 h", "10 h 30" in French (with no-break spaces). */
export function formatTime(hhmm: string, language: Language): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (language !== 'fr' || !match) return hhmm;
  return `${Number(match[1])}\u00a0h${match[2] === '00' ? '' : `\u00a0${match[2]}`}`;
}
