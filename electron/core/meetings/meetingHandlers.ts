/** The meetings slice of the contract, bound to the open workspace. */
import type { meetingsContract } from '../../../shared/contract/meetings';
import { DecisionEntity } from '../db/entities/decisions';
import { AgendaItemEntity } from '../db/entities/meetings';
import type { ReadableDB } from '../db/sql';
import { guardBuild } from '../privacy/exportGuard';
import { guardSave } from '../privacy/saveGuard';
import { richTextToPlain } from '../../../shared/domain/richText';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { buildIcs } from '../exports/icsInvitation';
import {
  addAgendaItem,
  applyTemplateItems,
  listTemplates,
  removeAgendaItem,
  reorderAgenda,
  saveTemplate,
  updateAgendaItem,
} from './agendaCommands';
import { copyPreviousAttendance, setAttendanceMany } from './attendanceCommands';
import {
  addCorrigendum,
  createSeries,
  insertMeeting,
  setMeetingStatus,
  updateMeeting,
  type StatusHook,
} from './meetingCommands';
import { getMeeting, listMeetings } from './meetingQueries';
import {
  createDecision,
  listDecisions,
  saveItemNotes,
  setAttendance,
  setGuests,
  updateDecision,
} from './recordCommands';

/** The meeting a record belongs to (null when the record does not exist: its command says so). */
async function meetingOf(db: ReadableDB, table: 'agenda_items' | 'decisions', id: string) {
  const where = { select: { meetingId: true }, where: { id } } as const;
  const found =
    table === 'agenda_items'
      ? await db.getRepository(AgendaItemEntity).findOne(where)
      : await db.getRepository(DecisionEntity).findOne(where);
  return found?.meetingId;
}

export function meetingHandlers(
  workspace: WorkspaceService,
  now: () => Date,
  onMinutesDrafted?: StatusHook,
): HandlerSlice<keyof typeof meetingsContract> {
  const stamp = () => now().toISOString();
  return {
    'meetings:list': (filter) => workspace.read((db) => listMeetings(db, filter)),
    'meetings:get': ({ id }) => workspace.read((db) => getMeeting(db, id)),
    'meetings:create': (input) =>
      workspace.write(async (db) => getMeeting(db, await insertMeeting(db, input, stamp()))),
    'meetings:update': ({ id, patch }) =>
      workspace.write(async (db) => {
        await updateMeeting(db, id, patch, stamp());
        return getMeeting(db, id);
      }),
    'meetings:setStatus': ({ id, status, ...options }) =>
      workspace.write(async (db) => {
        await setMeetingStatus(db, id, status, stamp(), {
          ...options,
          today: workspace.dayOf(now()),
          onMinutesDrafted,
        });
        return getMeeting(db, id);
      }),
    'meetings:createSeries': (input) =>
      workspace.write((db) => {
        const at = now();
        return createSeries(db, input, at, workspace.dayOf(at));
      }),
    'meetings:addCorrigendum': ({ meetingId, ...input }) =>
      workspace.write(async (db) => {
        await addCorrigendum(db, meetingId, input, workspace.dayOf(now()), stamp());
        return getMeeting(db, meetingId);
      }),
    'meetings:exportIcs': async ({ id, privacyOverride }) => {
      const meeting = await workspace.read((db) => getMeeting(db, id));
      // The invitation prints the agenda's titles: the agenda's guard applies.
      await guardBuild(workspace, [{ name: 'agenda', args: [meeting] }], privacyOverride);
      return workspace.read((db) => buildIcs(db, meeting, now()));
    },
    // The guards run after the command, in its transaction: a refusal leaves nothing written,
    // and a missing or locked record is reported as such first.
    'agenda:addItem': (input) =>
      workspace.write(async (db) => {
        await addAgendaItem(db, input, stamp());
        await guardSave(db, input.title, { meetingId: input.meetingId }, input.privacyOverride, [
          'title',
        ]);
        return getMeeting(db, input.meetingId);
      }),
    'agenda:updateItem': ({ id, patch, privacyOverride }) =>
      workspace.write(async (db) => {
        const meetingId = await updateAgendaItem(db, id, patch, stamp());
        if (patch.title !== undefined)
          await guardSave(db, patch.title, { meetingId }, privacyOverride, ['title']);
        return getMeeting(db, meetingId);
      }),
    'agenda:reorder': ({ meetingId, itemIds }) =>
      workspace.write(async (db) => {
        await reorderAgenda(db, meetingId, itemIds, stamp());
        return getMeeting(db, meetingId);
      }),
    'agenda:removeItem': ({ id }) =>
      workspace.write(async (db) => getMeeting(db, await removeAgendaItem(db, id, stamp()))),
    'agenda:applyTemplate': ({ meetingId, templateId, replace }) =>
      workspace.write(async (db) => {
        await applyTemplateItems(db, meetingId, templateId, replace, stamp());
        return getMeeting(db, meetingId);
      }),
    'agenda:listTemplates': ({ language }) => workspace.read((db) => listTemplates(db, language)),
    'agenda:saveTemplate': ({ meetingId, name }) =>
      workspace.write((db) => saveTemplate(db, meetingId, name, stamp())),
    'attendance:set': (input) =>
      workspace.write(async (db) => {
        await setAttendance(db, input);
        return getMeeting(db, input.meetingId);
      }),
    'attendance:setGuests': ({ meetingId, guests }) =>
      workspace.write(async (db) => {
        await setGuests(db, meetingId, guests);
        return getMeeting(db, meetingId);
      }),
    'attendance:setMany': ({ meetingId, entries }) =>
      workspace.write(async (db) => {
        await setAttendanceMany(db, meetingId, entries);
        return getMeeting(db, meetingId);
      }),
    'attendance:copyPrevious': ({ meetingId }) =>
      workspace.write(async (db) => {
        await copyPreviousAttendance(db, meetingId);
        return getMeeting(db, meetingId);
      }),
    'minutes:saveItemNotes': ({ itemId, notes, privacyOverride }) =>
      workspace.write(async (db) => {
        const saved = await saveItemNotes(db, itemId, notes, stamp());
        await guardSave(
          db,
          richTextToPlain(notes),
          { context: 'minutes', meetingId: await meetingOf(db, 'agenda_items', itemId) },
          privacyOverride,
          ['notes'],
        );
        return saved;
      }),
    'decisions:list': (filter) => workspace.read((db) => listDecisions(db, filter)),
    'decisions:create': (input) =>
      workspace.write(async (db) => {
        const decision = await createDecision(db, input, stamp());
        await guardSave(db, input.text, { meetingId: input.meetingId }, input.privacyOverride, [
          'text',
        ]);
        return decision;
      }),
    'decisions:update': ({ id, patch, privacyOverride }) =>
      workspace.write(async (db) => {
        const decision = await updateDecision(db, id, patch, stamp());
        if (patch.text !== undefined)
          await guardSave(db, patch.text, { meetingId: decision.meeting.id }, privacyOverride, [
            'text',
          ]);
        return decision;
      }),
  };
}
