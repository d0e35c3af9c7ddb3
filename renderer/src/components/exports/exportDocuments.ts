/**
 * The documents Coordina exports, what each one is about (a meeting or a body's records), the
 * channel that builds it, and the defaults the export dialog starts from.
 */
import {
  IconCalendarDown,
  IconChecklist,
  IconFileText,
  IconGavel,
  IconMail,
  IconNotes,
  IconSend,
  IconTable,
  type TablerIcon,
} from '@tabler/icons-react';
import type { ChannelName } from '../../../../shared/contract';
import { MEETING_DOCUMENTS } from '../../../../shared/contract/exports';
import type { MeetingStatus } from '../../../../shared/domain/meetings';
import { addDays } from '../../../../shared/domain/actions';
import { todayIso } from '../workspaceDay';

export const EXPORT_DOCUMENTS = [
  'agenda',
  'minutes',
  'distributionEmail',
  'calendar',
  'actionTracker',
  'actionTrackerSheet',
  'agencyFollowUp',
  'decisionRegister',
] as const;
export type ExportDocument = (typeof EXPORT_DOCUMENTS)[number];

export type AttachableDocument = (typeof MEETING_DOCUMENTS)[number];
export const ATTACHABLE_DOCUMENTS = MEETING_DOCUMENTS;

interface DocumentInfo {
  /** The channel that builds it; its progress events carry this name. */
  channel: ChannelName;
  /** A meeting's document (picked meeting) or a body's records (optional body filter). */
  scope: 'meeting' | 'records';
  /** Built in a chosen language (the .ics invitation is not). */
  localised: boolean;
  icon: TablerIcon;
}

export const DOCUMENT_INFO: Record<ExportDocument, DocumentInfo> = {
  agenda: { channel: 'exports:agenda', scope: 'meeting', localised: true, icon: IconFileText },
  minutes: { channel: 'exports:minutes', scope: 'meeting', localised: true, icon: IconNotes },
  distributionEmail: {
    channel: 'exports:distributionEmail',
    scope: 'meeting',
    localised: true,
    icon: IconMail,
  },
  calendar: {
    channel: 'meetings:exportIcs',
    scope: 'meeting',
    localised: false,
    icon: IconCalendarDown,
  },
  actionTracker: {
    channel: 'exports:actionTracker',
    scope: 'records',
    localised: true,
    icon: IconChecklist,
  },
  actionTrackerSheet: {
    channel: 'exports:actionTrackerXlsx',
    scope: 'records',
    localised: true,
    icon: IconTable,
  },
  agencyFollowUp: {
    channel: 'exports:agencyFollowUp',
    scope: 'records',
    localised: true,
    icon: IconSend,
  },
  decisionRegister: {
    channel: 'exports:decisionRegister',
    scope: 'records',
    localised: true,
    icon: IconGavel,
  },
};

/** What the "saved" notice says about opening the file (default: a Word document). */
export const SAVED_HINT: Partial<Record<ExportDocument, 'calendar' | 'sheet'>> = {
  calendar: 'calendar',
  actionTrackerSheet: 'sheet',
};

const BEFORE_THE_MEETING: readonly MeetingStatus[] = ['draft', 'agenda_circulated'];

/** An agenda is a draft until it is circulated; minutes until they are approved. */
export function defaultDraft(document: ExportDocument, status: MeetingStatus | undefined): boolean {
  if (!status) return document === 'minutes';
  if (document === 'agenda') return status === 'draft';
  return status !== 'minutes_approved';
}

/** Before the meeting the invitation goes out; afterwards the minutes and the tracker. */
export function defaultAttachments(status: MeetingStatus | undefined): AttachableDocument[] {
  return status && BEFORE_THE_MEETING.includes(status) ? ['agenda'] : ['minutes', 'actionTracker'];
}

/** Agencies are asked to reply within two weeks (the core's default too). */
export function defaultReplyBy(today = todayIso()): string {
  return addDays(today, 14);
}
