/**
 * What the audit log says in words: one sentence per writing channel ("Action ‘Draft SOP’
 * marked done by Amina Diallo"), the record types, and the channels' short names for the
 * "Action" filter. The map below is exhaustive by type: a new channel that writes does not
 * compile until it has a sentence (and tests/unit/audit-sentences.test.ts checks that each
 * key is translated in EN, ES and FR).
 */
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../../shared/contract/audit';
import type { MutatingChannel } from '../../../../shared/contract/changes';
import {
  AUDIT_RECORD_TYPES,
  auditStatusOf,
  isAuditRecordType,
} from '../../../../shared/domain/audit';
import { composedKey } from '../../i18n/keys';

export { AUDIT_RECORD_TYPES };

/**
 * Every writing channel, with the sentence variants it has besides its own: a status it set
 * ("done", "minutes_approved") or `withStatus` for any other status it set, or the source of
 * what it imported (summary.source: "csv", a returned form re-saved as unsigned CSV).
 */
export const AUDIT_SENTENCES: { readonly [C in MutatingChannel]: readonly string[] } = {
  'workspace:create': [],
  'workspace:changePassphrase': [],
  'workspace:updateSettings': [],
  'agencies:create': [],
  'agencies:update': [],
  'agencies:archive': [],
  'agencies:delete': [],
  'agencies:importCommit': [],
  'focalPoints:create': [],
  'focalPoints:update': [],
  'focalPoints:end': [],
  'bodies:create': [],
  'bodies:update': [],
  'meetings:create': [],
  'meetings:update': [],
  'meetings:setStatus': ['agenda_circulated', 'held', 'minutes_approved'],
  'meetings:createSeries': [],
  'meetings:addCorrigendum': [],
  'agenda:addItem': [],
  'agenda:updateItem': [],
  'agenda:reorder': [],
  'agenda:removeItem': [],
  'agenda:applyTemplate': [],
  'agenda:saveTemplate': [],
  'attendance:set': [],
  'attendance:setGuests': [],
  'attendance:setMany': [],
  'attendance:copyPrevious': [],
  'minutes:saveItemNotes': [],
  'decisions:create': [],
  'decisions:update': [],
  'exports:setLetterheadLogo': [],
  'exports:circulate': [],
  'exports:caseAnnex': [],
  'actions:create': [],
  'actions:update': ['done'],
  'actions:addUpdate': ['withStatus', 'done'],
  'actions:bulkSetStatus': [],
  'actions:saveFilter': [],
  'actions:deleteFilter': [],
  'actions:setDefaultFilter': [],
  'backup:now': [],
  'demo:open': [],
  'privacy:denylistAdd': [],
  'privacy:denylistRemoveAll': [],
  'nap:createPlan': [],
  'nap:updatePlan': [],
  'nap:upsertPillar': [],
  'nap:upsertObjective': [],
  'nap:upsertActivity': [],
  'nap:removeNode': [],
  'nap:upsertIndicator': [],
  'nap:addMeasurement': [],
  'nap:addProgressUpdate': [],
  'nap:importCommit': [],
  'nap:saveNarrative': [],
  'nap:setReportFinal': [],
  'cases:create': [],
  'cases:update': [],
  'cases:addDiscussion': [],
  'cooperation:create': [],
  'cooperation:update': [],
  'cases:purge': [],
  'cases:setMeetingCases': [],
  'agreements:create': [],
  'agreements:update': [],
  'agreements:archive': [],
  'trainings:create': [],
  'trainings:update': [],
  'trainings:remove': [],
  'roundTrip:createRound': [],
  'roundTrip:closeRound': [],
  'roundTrip:exportForms': [],
  'roundTrip:importCommit': ['csv'],
};

/** The writing channels, in the order the "Action" filter offers them. */
export const AUDITED_CHANNELS = Object.keys(AUDIT_SENTENCES) as MutatingChannel[];

function isAudited(channel: string): channel is MutatingChannel {
  return Object.prototype.hasOwnProperty.call(AUDIT_SENTENCES, channel);
}

/** i18next reads ":" as a namespace separator, so keys use a dot instead. */
export function sentenceKey(channel: MutatingChannel, variant?: string): string {
  const base = `audit.sentences.${channel.replace(':', '.')}`;
  return variant ? `${base}_${variant}` : base;
}

/** "agencies:create" → "Agency created"; unknown channels keep their raw name. */
export function actionLabel(t: TFunction, channel: string): string {
  if (!isAudited(channel)) return channel;
  return t(composedKey(`audit.actions.${channel.replace(':', '.')}`));
}

export function recordTypeLabel(t: TFunction, recordType: string): string {
  return isAuditRecordType(recordType) ? t(`audit.recordTypes.${recordType}`) : recordType;
}

/** A status in the words of the screen that shows it (actions or meetings). */
function statusLabel(t: TFunction, channel: string, status: string): string {
  const key = channel.startsWith('meetings:') ? 'meetings.status' : 'actions.status';
  return t(`${key}.${status}`, { defaultValue: status });
}

function countOf(summary: Record<string, unknown>): number {
  const result = summary.result as { updated?: unknown } | undefined;
  if (result && typeof result.updated === 'number') return result.updated;
  const input = summary.input as { ids?: unknown } | undefined;
  return Array.isArray(input?.ids) ? input.ids.length : 0;
}

/** The record's title as recorded, or, for entries older than titles, a short id. */
export function recordTitle(t: TFunction, entry: AuditEntry): string {
  if (entry.recordLabel) return entry.recordLabel;
  return entry.recordId ? t('audit.untitled', { id: entry.recordId.slice(0, 8) }) : '—';
}

/** What happened, in one sentence of the UI language. */
export function auditSentence(t: TFunction, entry: AuditEntry): string {
  const actor = entry.actor;
  if (!isAudited(entry.channel)) {
    const key = entry.summary.privacyOverride
      ? 'audit.sentences.privacyOverride'
      : 'audit.sentences.other';
    return t(key, { actor, action: entry.channel });
  }
  const status = auditStatusOf(entry.summary);
  const variants = AUDIT_SENTENCES[entry.channel];
  const source = typeof entry.summary.source === 'string' ? entry.summary.source : null;
  const variant =
    status && variants.includes(status)
      ? status
      : status && variants.includes('withStatus')
        ? 'withStatus'
        : source && variants.includes(source)
          ? source
          : undefined;
  return t(composedKey(sentenceKey(entry.channel, variant)), {
    actor,
    title: recordTitle(t, entry),
    status: status ? statusLabel(t, entry.channel, status) : '',
    count: countOf(entry.summary),
    interpolation: { escapeValue: false },
  });
}
