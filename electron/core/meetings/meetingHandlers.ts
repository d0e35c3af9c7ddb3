/** The meetings slice of the contract, bound to the open workspace. */
import type { meetingsContract } from '../../../shared/contract/meetings';
import { isoDate } from '../db/sql';
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
          today: isoDate(now()),
          onMinutesDrafted,
        });
        return getMeeting(db, id);
      }),
    'meetings:createSeries': (input) => workspace.write((db) => createSeries(db, input, now())),
    'meetings:addCorrigendum': ({ meetingId, ...input }) =>
      workspace.write(async (db) => {
        await addCorrigendum(db, meetingId, input, isoDate(now()), stamp());
        return getMeeting(db, meetingId);
      }),
    'meetings:exportIcs': ({ id }) =>
      workspace.read(async (db) => buildIcs(db, await getMeeting(db, id), now())),
    'agenda:addItem': (input) =>
      workspace.write(async (db) => {
        await addAgendaItem(db, input, stamp());
        return getMeeting(db, input.meetingId);
      }),
    'agenda:updateItem': ({ id, patch }) =>
      workspace.write(async (db) => getMeeting(db, await updateAgendaItem(db, id, patch, stamp()))),
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
    'minutes:saveItemNotes': ({ itemId, notes }) =>
      workspace.write((db) => saveItemNotes(db, itemId, notes, stamp())),
    'decisions:list': (filter) => workspace.read((db) => listDecisions(db, filter)),
    'decisions:create': (input) => workspace.write((db) => createDecision(db, input, stamp())),
    'decisions:update': ({ id, patch }) =>
      workspace.write((db) => updateDecision(db, id, patch, stamp())),
  };
}
