/**
 * The data each document needs, read in one transaction and handed to the builders as plain
 * DTOs (builders never touch the database).
 */
import type { MeetingDetail } from '../../../shared/contract/meetings';
import { In, IsNull, LessThanOrEqual, MoreThan, Or } from 'typeorm';
import {
  ACTION_STATUSES,
  daysOverdue,
  OPEN_ACTION_STATUSES,
  type ActionPriority,
  type ActionStatus,
} from '../../../shared/domain/actions';
import { ActionUpdateEntity } from '../db/entities/actions';
import type { AgencyRow, FocalPointRow } from '../db/entities/agencies';
import { FocalPointEntity } from '../db/entities/agencies';
import { placeholders, rows, type ReadableDB } from '../db/sql';
import { Where } from '../db/where';
import { getMeetingCases } from '../cases/meetingCases';
import { getMeeting } from '../meetings/meetingQueries';
import { readSettings } from '../workspace/settingsRepository';
import type { Letterhead } from './kit/documentKit';
import { readLogo } from './letterheadLogo';

export async function letterheadOf(db: ReadableDB): Promise<Letterhead & { country: string }> {
  const s = await readSettings(db);
  return {
    taskForceName: s.taskForceName,
    letterheadText: s.letterheadText,
    classificationMarking: s.classificationMarking,
    paperSize: s.paperSize,
    country: s.country,
    logo: await readLogo(db),
  };
}

export interface ActionRow {
  id: string;
  title: string;
  description: string;
  ownerId: string;
  ownerName: string;
  ownerAcronym: string;
  dueDate: string | null;
  status: ActionStatus;
  priority: ActionPriority;
  daysOverdue: number;
  meetingNumber: number | null;
  bodyName: string | null;
  updates: { date: string; note: string; statusTo: ActionStatus }[];
}

/** An action as the documents list it, with its owner, meeting and body. */
export interface RawAction {
  id: string;
  title: string;
  description: string;
  owner_agency_id: string;
  owner_name: string;
  owner_acronym: string;
  due_date: string | null;
  status: ActionStatus;
  priority: ActionPriority;
  meeting_number: number | null;
  body_name: string | null;
}

/** A status of the history (written by the action commands, so one of the statuses). */
const asStatus = (status: string): ActionStatus =>
  ACTION_STATUSES.find((s) => s === status) ?? 'open';

const ACTION_SELECT = `SELECT a.id, a.title, a.description, a.owner_agency_id, g.name AS owner_name,
    g.acronym AS owner_acronym, a.due_date, a.status, a.priority, m.number AS meeting_number,
    b.name AS body_name
  FROM actions a
  JOIN agencies g ON g.id = a.owner_agency_id
  LEFT JOIN meetings m ON m.id = a.meeting_id
  LEFT JOIN bodies b ON b.id = a.body_id`;

/**
 * Actions with their progress history. With `asOf` (minutes), each action is shown as it stood
 * on that date: only updates dated on or before it, and the status it had then.
 */
async function withUpdates(
  db: ReadableDB,
  raw: RawAction[],
  today: string,
  asOf?: string,
): Promise<ActionRow[]> {
  const history = new Map<string, (ActionRow['updates'][number] & { from: ActionStatus })[]>();
  // In chunks: SQLite limits bound parameters per statement.
  for (let i = 0; i < raw.length; i += 500) {
    const ids = raw.slice(i, i + 500).map((a) => a.id);
    const found = await db.getRepository(ActionUpdateEntity).find({
      select: { actionId: true, date: true, note: true, statusFrom: true, statusTo: true },
      where: { actionId: In(ids) },
      order: { date: 'ASC', createdAt: 'ASC' },
    });
    for (const u of found) {
      const list = history.get(u.actionId) ?? [];
      list.push({
        date: u.date,
        note: u.note,
        statusTo: asStatus(u.statusTo),
        from: asStatus(u.statusFrom),
      });
      history.set(u.actionId, list);
    }
  }
  return raw.map((a) => {
    const all = history.get(a.id) ?? [];
    const shown = asOf === undefined ? all : all.filter((u) => u.date <= asOf);
    const later = asOf === undefined ? undefined : all.find((u) => u.date > asOf);
    // The status then: the last change up to that date, else what the first later change left.
    const status =
      asOf === undefined ? a.status : (shown.at(-1)?.statusTo ?? later?.from ?? a.status);
    return {
      id: a.id,
      title: a.title,
      description: a.description,
      ownerId: a.owner_agency_id,
      ownerName: a.owner_name,
      ownerAcronym: a.owner_acronym,
      dueDate: a.due_date,
      status,
      priority: a.priority,
      daysOverdue: daysOverdue(status, a.due_date, asOf ?? today),
      meetingNumber: a.meeting_number,
      bodyName: a.body_name,
      updates: shown.map((u) => ({ date: u.date, note: u.note, statusTo: u.statusTo })),
    };
  });
}

/** Open actions (optionally of one body / some owner agencies), by agency then due date. */
export async function openActions(
  db: ReadableDB,
  filter: { bodyId?: string; agencyIds?: string[] },
  today: string,
): Promise<ActionRow[]> {
  const where = new Where()
    .add(`a.status IN (${placeholders(OPEN_ACTION_STATUSES)})`, [...OPEN_ACTION_STATUSES])
    .add('a.body_id = ?', [filter.bodyId], Boolean(filter.bodyId))
    .add(
      `a.owner_agency_id IN (${placeholders(filter.agencyIds ?? [])})`,
      filter.agencyIds ?? [],
      Boolean(filter.agencyIds?.length),
    );
  return withUpdates(db, await openActionRows(db, where), today);
}

/**
 * Hot query (exports:actionTracker): open actions with owner, meeting and body, by agency then
 * due date (also exports:actionTrackerXlsx, exports:agencyFollowUp, roundTrip:exportForms).
 */
function openActionRows(db: ReadableDB, where: Where): Promise<RawAction[]> {
  return rows<RawAction>(
    db,
    `${ACTION_SELECT} ${where.toString()} ORDER BY g.name, a.due_date IS NULL, a.due_date, a.title`,
    where.params,
  );
}

export interface MinutesData {
  meeting: MeetingDetail;
  newActions: ActionRow[];
  updatedActions: ActionRow[];
  /**
   * Cases on the restricted "Case discussions" item: public minutes print only the codes and
   * the numbers of the agreed actions; restricted minutes add the entries. Absent in snapshots
   * taken before the case module.
   */
  cases?: { code: string; actionIds: string[]; discussions: string[] }[];
}

export async function minutesData(db: ReadableDB, meetingId: string): Promise<MinutesData> {
  const meeting = await getMeeting(db, meetingId);
  const created = await actionsRaisedAt(db, meetingId);
  const updated = await actionsUpdatedAt(db, meetingId);
  const cases = (await getMeetingCases(db, meetingId)).cases.map((c) => ({
    code: c.code,
    actionIds: c.actions.map((a) => a.id),
    discussions: c.discussions.map((d) => d.text),
  }));
  return {
    meeting,
    newActions: await withUpdates(db, created, meeting.date, meeting.date),
    updatedActions: await withUpdates(db, updated, meeting.date, meeting.date),
    cases,
  };
}

/** Hot query (exports:minutes): the actions a meeting raised, in the order they were made. */
function actionsRaisedAt(db: ReadableDB, meetingId: string): Promise<RawAction[]> {
  return rows<RawAction>(
    db,
    `${ACTION_SELECT} WHERE a.meeting_id = ? ORDER BY a.created_at, a.title`,
    [meetingId],
  );
}

/** Hot query (exports:minutes): earlier actions a meeting recorded progress on, by agency. */
function actionsUpdatedAt(db: ReadableDB, meetingId: string): Promise<RawAction[]> {
  return rows<RawAction>(
    db,
    `${ACTION_SELECT} WHERE a.id IN (SELECT action_id FROM action_updates WHERE meeting_id = ?)
       AND (a.meeting_id IS NULL OR a.meeting_id <> ?) ORDER BY g.name, a.title`,
    [meetingId, meetingId],
  );
}

export interface FollowUpAgency {
  id: string;
  name: string;
  focalPoint: { name: string; title: string; email: string } | null;
  actions: ActionRow[];
}

/** Agencies with open actions (or the chosen ones), each with its primary focal point. */
export async function followUpData(
  db: ReadableDB,
  filter: { bodyId?: string; agencyIds?: string[] },
  today: string,
): Promise<FollowUpAgency[]> {
  const actions = await openActions(db, filter, today);
  const byAgency = new Map<string, FollowUpAgency>();
  for (const a of actions) {
    const entry = byAgency.get(a.ownerId) ?? {
      id: a.ownerId,
      name: a.ownerName,
      focalPoint: null,
      actions: [],
    };
    entry.actions.push(a);
    byAgency.set(a.ownerId, entry);
  }
  const ids = [...byAgency.keys()];
  if (ids.length > 0) {
    const fps = await db.getRepository(FocalPointEntity).find({
      select: { agencyId: true, name: true, title: true, email: true },
      where: {
        agencyId: In(ids),
        role: 'primary',
        startDate: Or(IsNull(), LessThanOrEqual(today)),
        endDate: Or(IsNull(), MoreThan(today)),
      },
      order: { startDate: 'DESC' },
    });
    for (const fp of fps) {
      const entry = byAgency.get(fp.agencyId);
      if (entry && !entry.focalPoint)
        entry.focalPoint = { name: fp.name, title: fp.title, email: fp.email };
    }
  }
  return [...byAgency.values()];
}

/** A focal point receiving a body's documents, with its agency's name. */
export type BodyRecipient = Pick<FocalPointRow, 'name' | 'email' | 'role'> & {
  agency: AgencyRow['name'];
};

/**
 * Hot query (exports:distributionEmail): e-mail recipients for a body's documents: active focal
 * points of member agencies (also exports:circulate, and the attendees of its invitation).
 */
export async function bodyRecipients(db: ReadableDB, bodyId: string, on: string) {
  return rows<BodyRecipient>(
    db,
    `SELECT f.name, f.email, f.role, a.name AS agency FROM focal_points f
       JOIN body_members bm ON bm.agency_id = f.agency_id AND bm.body_id = ?
       JOIN agencies a ON a.id = f.agency_id
      WHERE f.email <> '' AND a.archived_at IS NULL
        AND (f.start_date IS NULL OR f.start_date <= ?) AND (f.end_date IS NULL OR f.end_date > ?)
      ORDER BY a.name, f.role = 'alternate', f.name`,
    [bodyId, on, on],
  );
}
