/**
 * What turns the per-agency follow-up sheets into sendable letters: for each agency a reference
 * number, the meetings where its actions were agreed and the focal points who receive it; for
 * the batch, who signs and who is copied. Read inside the export's one read transaction.
 *
 * Reference numbers are deterministic, so a letter exported twice on one day carries the same
 * number: `<body code>/FU/<year>/<agency acronym>-<MMDD>` — the body's reference code (the
 * task force's initials when the letters cover every body), FU for follow-up, the year, the
 * agency's acronym (its initials when it has none) and the letter's month and day, e.g.
 * `TF/FU/2026/LI-1130`.
 */
import { defaultBodyCode } from '../../../shared/domain/meetings';
import { In, IsNull, LessThanOrEqual, MoreThan, Not, Or } from 'typeorm';
import type { BodyRow } from '../db/entities/bodies';
import { FocalPointEntity } from '../db/entities/agencies';
import type { MeetingRow } from '../db/entities/meetings';
import { placeholders, rows, type ReadableDB } from '../db/sql';
import { getBody } from '../bodies/bodyService';
import { readSettings } from '../workspace/settingsRepository';
import { followUpData, type FollowUpAgency } from './exportData';

/** A meeting where actions were agreed (its title is formatted in the letter's language). */
export interface AgreedMeeting {
  number: number;
  customTitle: string;
  date: string;
  bodyName: string;
}

export interface FollowUpLetter extends FollowUpAgency {
  /** The agency's acronym, or its initials when it has none. */
  acronym: string;
  reference: string;
  /** Where the listed actions were agreed, oldest first. */
  agreedAt: AgreedMeeting[];
  /** Action id → its meeting's index in `agreedAt` (actions raised outside a meeting: none). */
  actionMeeting: Record<string, number>;
  /** The agency's active focal points with an e-mail address, primary first. */
  recipients: { name: string; email: string }[];
}

/** Who writes: the signatory, in whose name, and who is copied. */
export interface LetterSender {
  signatoryName: string;
  signatoryTitle: string;
  /** The body the letters are about, or the task force when they cover every body. */
  bodyName: string;
  chair: { bodyName: string; agencyName: string } | null;
  secretariatEmail: string;
}

/** `TF/FU/2026/LI-1130` (see the module comment). */
export function letterReference(bodyCode: string, date: string, agencyAcronym: string): string {
  const acronym = agencyAcronym
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9-]/g, '');
  return `${bodyCode}/FU/${date.slice(0, 4)}/${acronym || 'X'}-${date.slice(5, 7)}${date.slice(8, 10)}`;
}

async function inChunks<T>(ids: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  // SQLite limits bound parameters per statement.
  for (let i = 0; i < ids.length; i += 500) out.push(...(await read(ids.slice(i, i + 500))));
  return out;
}

/** The meeting where an action was agreed, with its body's name. */
export type AgreedMeetingRow = Pick<MeetingRow, 'number' | 'title' | 'date'> & {
  action_id: string;
  meeting_id: string;
  body_name: BodyRow['name'];
};

/** Hot query (exports:agencyFollowUp): the meetings where these actions were agreed. */
async function meetingsOfActions(db: ReadableDB, actionIds: string[]) {
  return inChunks(actionIds, (ids) =>
    rows<AgreedMeetingRow>(
      db,
      `SELECT a.id AS action_id, m.id AS meeting_id, m.number, m.title, m.date, b.name AS body_name
         FROM actions a JOIN meetings m ON m.id = a.meeting_id JOIN bodies b ON b.id = m.body_id
        WHERE a.id IN (${placeholders(ids)})`,
      ids,
    ),
  );
}
/** The current focal points with an e-mail address of these agencies (primary first). */
export async function recipientsOf(db: ReadableDB, agencyIds: string[], on: string) {
  return inChunks(agencyIds, (ids) =>
    db.getRepository(FocalPointEntity).find({
      select: { agencyId: true, name: true, email: true },
      where: {
        agencyId: In(ids),
        email: Not(''),
        startDate: Or(IsNull(), LessThanOrEqual(on)),
        endDate: Or(IsNull(), MoreThan(on)),
      },
      // role is 'primary' or 'alternate' (CHECK): descending puts the primary first.
      order: { role: 'DESC', name: 'ASC' },
    }),
  );
}

export async function followUpLetters(
  db: ReadableDB,
  filter: { bodyId?: string; agencyIds?: string[] },
  today: string,
): Promise<{ letters: FollowUpLetter[]; sender: LetterSender }> {
  const settings = await readSettings(db);
  const body = filter.bodyId ? await getBody(db, filter.bodyId) : null;
  const bodyCode = body?.referenceCode ?? defaultBodyCode(settings.taskForceName);
  const agencies = await followUpData(db, filter, today);
  const actionIds = agencies.flatMap((a) => a.actions.map((x) => x.id));
  const meetingOf = new Map((await meetingsOfActions(db, actionIds)).map((m) => [m.action_id, m]));
  const recipients = new Map<string, FollowUpLetter['recipients']>();
  const agencyIds = agencies.map((a) => a.id);
  for (const r of await recipientsOf(db, agencyIds, today)) {
    const list = recipients.get(r.agencyId) ?? [];
    list.push({ name: r.name, email: r.email });
    recipients.set(r.agencyId, list);
  }
  const letters = agencies.map((agency): FollowUpLetter => {
    const meetings = agency.actions
      .map((a) => meetingOf.get(a.id))
      .filter((m): m is NonNullable<typeof m> => Boolean(m))
      .filter((m, i, all) => all.findIndex((x) => x.meeting_id === m.meeting_id) === i)
      .sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
    const actionMeeting: Record<string, number> = {};
    for (const a of agency.actions) {
      const m = meetingOf.get(a.id);
      if (m) actionMeeting[a.id] = meetings.findIndex((x) => x.meeting_id === m.meeting_id);
    }
    const acronym = agency.actions[0]?.ownerAcronym || defaultBodyCode(agency.name);
    return {
      ...agency,
      acronym,
      reference: letterReference(bodyCode, today, acronym),
      agreedAt: meetings.map((m) => ({
        number: m.number,
        customTitle: m.title,
        date: m.date,
        bodyName: m.body_name,
      })),
      actionMeeting,
      recipients: recipients.get(agency.id) ?? [],
    };
  });
  return {
    letters,
    sender: {
      signatoryName: settings.signatoryName,
      signatoryTitle: settings.signatoryTitle,
      bodyName: body?.name ?? settings.taskForceName,
      chair: body?.chair ? { bodyName: body.name, agencyName: body.chair.name } : null,
      secretariatEmail: settings.secretariatEmail,
    },
  };
}
