/**
 * The guard of the domains' saves: before a decision, an action, an agenda item or minutes
 * notes are written, their free text is scanned in the language of their meeting (or the
 * workspace's), refused with PII_DETECTED, or — overridden with a written reason — let through
 * with the reason and kinds in the call's audit entry (never the text).
 */
import type { PrivacyContext, PrivacyOverride } from '../../../shared/contract/privacy';
import type { Language } from '../../../shared/domain/languages';
import { Not } from 'typeorm';
import { AttendanceEntity, MeetingEntity, MeetingGuestEntity } from '../db/entities/meetings';
import { WorkspaceSettingsEntity } from '../db/entities/workspaceSettings';
import type { ReadableDB } from '../db/sql';
import { assertNoPersonalData, auditOverride, workspaceGuardContext } from './guard';

export interface TextPlace {
  /** Default `case`: every person name is flagged. */
  context?: PrivacyContext;
  /** The meeting the text belongs to: its language, and in minutes its guests' names. */
  meetingId?: string | null;
}

/** The workspace's country and default language, and the meeting's language if any. */
export async function textLanguage(
  db: ReadableDB,
  meetingId: string | null | undefined,
): Promise<{ language: Language; country: string }> {
  const [settings] = await db
    .getRepository(WorkspaceSettingsEntity)
    .find({ select: { id: true, defaultLanguage: true, country: true }, take: 1 });
  const meeting = meetingId
    ? await db
        .getRepository(MeetingEntity)
        .findOne({ select: { id: true, language: true }, where: { id: meetingId } })
    : undefined;
  return {
    language: meeting?.language ?? settings?.defaultLanguage ?? 'en',
    country: settings?.country ?? '',
  };
}

/** Who is named in a meeting's minutes besides focal points: its guests and attendees. */
export async function meetingPeople(db: ReadableDB, meetingId: string): Promise<string[]> {
  const guests = await db
    .getRepository(MeetingGuestEntity)
    .find({ select: { id: true, name: true }, where: { meetingId } });
  const attendees = await db.getRepository(AttendanceEntity).find({
    select: { meetingId: true, agencyId: true, person: true },
    where: { meetingId, person: Not('') },
  });
  // Each name once, as the UNION of both lists gave it.
  return [...new Set([...guests.map((g) => g.name), ...attendees.map((a) => a.person)])].sort();
}

/**
 * Scans the texts (a string or named fields; empty ones are skipped) and throws PII_DETECTED
 * with the findings unless overridden; an override is noted for the audit entry, which then
 * withholds the input fields `auditFields`.
 */
export async function guardSave(
  db: ReadableDB,
  texts: string | Record<string, string | undefined>,
  place: TextPlace,
  override: PrivacyOverride | null | undefined,
  auditFields: readonly string[],
): Promise<void> {
  const fields =
    typeof texts === 'string'
      ? texts.trim()
        ? texts
        : null
      : Object.fromEntries(
          Object.entries(texts).filter((e): e is [string, string] => Boolean(e[1]?.trim())),
        );
  if (fields === null || (typeof fields === 'object' && Object.keys(fields).length === 0)) return;
  const context = place.context ?? 'case';
  const { language, country } = await textLanguage(db, place.meetingId);
  const allowedNames =
    context === 'minutes' && place.meetingId ? await meetingPeople(db, place.meetingId) : [];
  const ctx = await workspaceGuardContext(db, { context, language, country, allowedNames });
  auditOverride(assertNoPersonalData(fields, ctx, override), auditFields);
}
