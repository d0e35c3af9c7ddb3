/**
 * What each writing channel changes. After every committed write the core emits one
 * `data:changed` event with the channel and these topics; the renderer keeps one map from
 * topics to the queries that read them (renderer/src/app/dataChanges.ts), so no mutation
 * lists query keys by hand. Every write also adds an audit entry and updates the search
 * index: those two are implied and not listed.
 *
 * The map is exhaustive by type: a new channel with `mutates: true` does not compile until
 * it says what it changes.
 */
import { z } from 'zod';
import type { ChannelName, Contract } from './index';

export const DATA_TOPICS = [
  /** Workspace settings, letterhead, time zone: read by nearly every screen. */
  'settings',
  /** Agencies and their focal points. */
  'agencies',
  'bodies',
  /** Meetings, their agenda, attendance, guests, status, corrigenda and agenda templates. */
  'meetings',
  /** The notes of one agenda item (the editor's cache already holds the saved text). */
  'minutes',
  'decisions',
  /** Action items, their updates and saved filters. */
  'actions',
  'backups',
  /** The sensitive-terms list of the privacy guard. */
  'privacy',
  /** National Action Plan: plans, nodes, indicators, measurements, narratives, report. */
  'nap',
  /** Cases, cooperation requests and the cases discussed at meetings. */
  'cases',
  'agreements',
  'trainings',
] as const;

export type DataTopic = (typeof DATA_TOPICS)[number];

/** The channels that write (their contract entry says `mutates: true`). */
export type MutatingChannel = {
  [C in ChannelName]: Contract[C]['mutates'] extends true ? C : never;
}[ChannelName];

const EVERYTHING = DATA_TOPICS;

export const CHANGES: { readonly [C in MutatingChannel]: readonly DataTopic[] } = {
  'workspace:create': EVERYTHING,
  'workspace:changePassphrase': ['settings'],
  'workspace:updateSettings': ['settings'],
  'agencies:create': ['agencies'],
  'agencies:update': ['agencies'],
  'agencies:archive': ['agencies'],
  'agencies:delete': ['agencies'],
  'agencies:importCommit': ['agencies'],
  'focalPoints:create': ['agencies'],
  'focalPoints:update': ['agencies'],
  'focalPoints:end': ['agencies'],
  'bodies:create': ['bodies'],
  'bodies:update': ['bodies'],
  'meetings:create': ['meetings'],
  'meetings:update': ['meetings'],
  // Approving or closing carries open actions over and locks the decisions with the minutes.
  'meetings:setStatus': ['meetings', 'actions', 'decisions'],
  'meetings:createSeries': ['meetings'],
  'meetings:addCorrigendum': ['meetings'],
  'agenda:addItem': ['meetings'],
  'agenda:updateItem': ['meetings'],
  'agenda:reorder': ['meetings'],
  'agenda:removeItem': ['meetings'],
  'agenda:applyTemplate': ['meetings'],
  'agenda:saveTemplate': ['meetings'],
  'attendance:set': ['meetings'],
  'attendance:setGuests': ['meetings'],
  'attendance:setMany': ['meetings'],
  'attendance:copyPrevious': ['meetings'],
  'minutes:saveItemNotes': ['minutes'],
  'decisions:create': ['decisions', 'meetings'],
  'decisions:update': ['decisions', 'meetings'],
  'exports:setLetterheadLogo': ['settings'],
  'exports:circulate': ['meetings'],
  'exports:caseAnnex': ['cases'],
  'actions:create': ['actions'],
  'actions:update': ['actions'],
  'actions:addUpdate': ['actions'],
  'actions:bulkSetStatus': ['actions'],
  'actions:saveFilter': ['actions'],
  'actions:deleteFilter': ['actions'],
  'actions:setDefaultFilter': ['actions'],
  'backup:now': ['backups'],
  'demo:open': EVERYTHING,
  'privacy:denylistAdd': ['privacy'],
  'privacy:denylistRemoveAll': ['privacy'],
  'nap:createPlan': ['nap'],
  'nap:updatePlan': ['nap'],
  'nap:upsertPillar': ['nap'],
  'nap:upsertObjective': ['nap'],
  'nap:upsertActivity': ['nap'],
  'nap:removeNode': ['nap'],
  'nap:upsertIndicator': ['nap'],
  'nap:addMeasurement': ['nap'],
  'nap:addProgressUpdate': ['nap'],
  'nap:importCommit': ['nap', 'agencies'],
  'nap:saveNarrative': ['nap'],
  'nap:setReportFinal': ['nap'],
  'cases:create': ['cases'],
  'cases:update': ['cases'],
  'cases:addDiscussion': ['cases'],
  'cooperation:create': ['cases'],
  'cooperation:update': ['cases'],
  'cases:purge': ['cases'],
  'cases:setMeetingCases': ['cases', 'meetings'],
  'agreements:create': ['agreements'],
  'agreements:update': ['agreements'],
  'agreements:archive': ['agreements'],
  'trainings:create': ['trainings'],
  'trainings:update': ['trainings'],
  'trainings:remove': ['trainings'],
  // Recording a round changes no action; the body's rounds are read with the actions.
  'roundTrip:createRound': ['actions'],
  'roundTrip:closeRound': ['actions'],
  'roundTrip:exportForms': ['actions'],
  'roundTrip:importCommit': ['actions', 'nap'],
};

/** Payload of the `data:changed` event. */
export const dataChangedSchema = z
  .object({
    channel: z.string(),
    changes: z.array(z.enum(DATA_TOPICS)),
  })
  .strict();
export type DataChanged = z.infer<typeof dataChangedSchema>;

export function changesOf(channel: string): readonly DataTopic[] | null {
  return Object.prototype.hasOwnProperty.call(CHANGES, channel)
    ? CHANGES[channel as MutatingChannel]
    : null;
}
