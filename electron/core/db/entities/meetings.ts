/**
 * Meetings and what hangs off one: agenda items and templates, attendance, guests, cases discussed,
 * circulations, corrigenda and the approved-minutes record.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';
import { references } from './references';

export interface MeetingRow {
  id: string;
  bodyId: string;
  number: number;
  title: string;
  date: string;
  startTime: string;
  durationMinutes: number;
  location: string;
  videoLink: string;
  language: 'en' | 'es' | 'fr';
  chairName: string;
  minuteTaker: string;
  status: 'draft' | 'agenda_circulated' | 'held' | 'minutes_drafted' | 'minutes_approved';
  seriesId: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  heldEarly: number;
  closingTime: string | null;
}

export const MeetingEntity = new EntitySchema<MeetingRow>({
  name: 'Meeting',
  tableName: 'meetings',
  columns: {
    id: { type: 'text', primary: true },
    bodyId: { type: 'text', name: 'body_id' },
    number: { type: 'integer' },
    title: { type: 'text' },
    date: { type: 'text' },
    startTime: { type: 'text', name: 'start_time' },
    durationMinutes: { type: 'integer', name: 'duration_minutes' },
    location: { type: 'text', default: '' },
    videoLink: { type: 'text', name: 'video_link', default: '' },
    language: { type: 'text' },
    chairName: { type: 'text', name: 'chair_name', default: '' },
    minuteTaker: { type: 'text', name: 'minute_taker', default: '' },
    status: { type: 'text' },
    seriesId: { type: 'text', name: 'series_id', nullable: true },
    approvedAt: { type: 'text', name: 'approved_at', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    heldEarly: { type: 'integer', name: 'held_early', default: 0 },
    closingTime: { type: 'text', name: 'closing_time', nullable: true },
  },
  checks: [
    { expression: 'number >= 1' },
    { expression: 'duration_minutes BETWEEN 1 AND 1440' },
    { expression: "language IN ('en','es','fr')" },
    {
      expression:
        "status IN ('draft','agenda_circulated','held','minutes_drafted','minutes_approved')",
    },
    { expression: 'held_early IN (0, 1)' },
  ],
  indices: [
    { name: 'meetings_body_number', columns: ['bodyId', 'number'], unique: true },
    { name: 'meetings_date', columns: ['date'] },
  ],
  foreignKeys: [references('Body', 'bodyId', 'RESTRICT')],
});

export interface AgendaItemRow {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  kind: string;
  presenterAgencyId: string | null;
  minutes: number;
  restricted: number;
  notes: string;
  notesUpdatedAt: string | null;
  createdAt: string;
  updatedAt: string;
  presenterName: string;
}

export const AgendaItemEntity = new EntitySchema<AgendaItemRow>({
  name: 'AgendaItem',
  tableName: 'agenda_items',
  columns: {
    id: { type: 'text', primary: true },
    meetingId: { type: 'text', name: 'meeting_id' },
    position: { type: 'integer' },
    title: { type: 'text' },
    kind: { type: 'text' },
    presenterAgencyId: { type: 'text', name: 'presenter_agency_id', nullable: true },
    minutes: { type: 'integer', default: 0 },
    restricted: { type: 'integer', default: 0 },
    notes: { type: 'text', default: '{"type":"doc","content":[]}' },
    notesUpdatedAt: { type: 'text', name: 'notes_updated_at', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    presenterName: { type: 'text', name: 'presenter_name', default: '' },
  },
  checks: [{ expression: 'minutes BETWEEN 0 AND 600' }, { expression: 'restricted IN (0, 1)' }],
  indices: [
    { name: 'agenda_items_meeting', columns: ['meetingId', 'position'] },
    { name: 'agenda_items_presenter_agency', columns: ['presenterAgencyId'] },
  ],
  foreignKeys: [
    references('Meeting', 'meetingId', 'CASCADE'),
    references('Agency', 'presenterAgencyId', 'RESTRICT'),
  ],
});

export interface AgendaTemplateRow {
  id: string;
  name: string;
  nameKey: string;
  items: string;
  createdAt: string;
}

export const AgendaTemplateEntity = new EntitySchema<AgendaTemplateRow>({
  name: 'AgendaTemplate',
  tableName: 'agenda_templates',
  columns: {
    id: { type: 'text', primary: true },
    name: { type: 'text' },
    nameKey: { type: 'text', name: 'name_key', unique: true },
    items: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
  },
});

export interface AttendanceRow {
  meetingId: string;
  agencyId: string;
  status: 'present' | 'represented' | 'apologies' | 'absent';
  person: string;
}

export const AttendanceEntity = new EntitySchema<AttendanceRow>({
  name: 'Attendance',
  tableName: 'attendance',
  withoutRowid: true,
  columns: {
    meetingId: { type: 'text', name: 'meeting_id', primary: true },
    agencyId: { type: 'text', name: 'agency_id', primary: true },
    status: { type: 'text' },
    person: { type: 'text', default: '' },
  },
  checks: [{ expression: "status IN ('present','represented','apologies','absent')" }],
  foreignKeys: [
    references('Meeting', 'meetingId', 'CASCADE'),
    references('Agency', 'agencyId', 'RESTRICT'),
  ],
  indices: [{ name: 'attendance_agency', columns: ['agencyId'] }],
});

export interface MeetingGuestRow {
  id: string;
  meetingId: string;
  position: number;
  name: string;
  organisation: string;
  role: 'guest' | 'observer';
}

export const MeetingGuestEntity = new EntitySchema<MeetingGuestRow>({
  name: 'MeetingGuest',
  tableName: 'meeting_guests',
  columns: {
    id: { type: 'text', primary: true },
    meetingId: { type: 'text', name: 'meeting_id' },
    position: { type: 'integer' },
    name: { type: 'text' },
    organisation: { type: 'text', default: '' },
    role: { type: 'text' },
  },
  checks: [{ expression: "role IN ('guest','observer')" }],
  indices: [{ name: 'meeting_guests_meeting', columns: ['meetingId', 'position'] }],
  foreignKeys: [references('Meeting', 'meetingId', 'CASCADE')],
});

export interface MeetingCaseRow {
  meetingId: string;
  caseId: string;
  position: number;
}

export const MeetingCaseEntity = new EntitySchema<MeetingCaseRow>({
  name: 'MeetingCase',
  tableName: 'meeting_cases',
  withoutRowid: true,
  columns: {
    meetingId: { type: 'text', name: 'meeting_id', primary: true },
    caseId: { type: 'text', name: 'case_id', primary: true },
    position: { type: 'integer' },
  },
  indices: [{ name: 'meeting_cases_case', columns: ['caseId'] }],
  foreignKeys: [
    references('Meeting', 'meetingId', 'CASCADE'),
    references('Case', 'caseId', 'CASCADE'),
  ],
});

export interface CirculationRow {
  id: string;
  meetingId: string;
  kind: 'agenda' | 'draft_minutes';
  documents: string;
  recipients: string;
  circulatedAt: string;
}

export const CirculationEntity = new EntitySchema<CirculationRow>({
  name: 'Circulation',
  tableName: 'circulations',
  columns: {
    id: { type: 'text', primary: true },
    meetingId: { type: 'text', name: 'meeting_id' },
    kind: { type: 'text' },
    documents: { type: 'text' },
    recipients: { type: 'text' },
    circulatedAt: { type: 'text', name: 'circulated_at' },
  },
  checks: [
    { expression: "kind IN ('agenda', 'draft_minutes')" },
    { expression: 'json_valid(documents)' },
    { expression: 'json_valid(recipients)' },
  ],
  indices: [{ name: 'circulations_meeting', columns: ['meetingId', 'circulatedAt'] }],
  foreignKeys: [references('Meeting', 'meetingId', 'CASCADE')],
});

export interface CorrigendumRow {
  id: string;
  meetingId: string;
  date: string;
  text: string;
  createdAt: string;
}

export const CorrigendumEntity = new EntitySchema<CorrigendumRow>({
  name: 'Corrigendum',
  tableName: 'corrigenda',
  columns: {
    id: { type: 'text', primary: true },
    meetingId: { type: 'text', name: 'meeting_id' },
    date: { type: 'text' },
    text: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
  },
  indices: [{ name: 'corrigenda_meeting', columns: ['meetingId', 'date'] }],
  foreignKeys: [references('Meeting', 'meetingId', 'RESTRICT')],
});

export interface MinutesRecordRow {
  meetingId: string;
  approvalDate: string;
  adoptedAtMeetingId: string | null;
  snapshot: string | null;
  snapshotSource: 'approval' | 'first_export' | null;
  snapshotTakenAt: string | null;
  recordedAt: string;
}

export const MinutesRecordEntity = new EntitySchema<MinutesRecordRow>({
  name: 'MinutesRecord',
  tableName: 'minutes_records',
  columns: {
    meetingId: { type: 'text', name: 'meeting_id', primary: true },
    approvalDate: { type: 'text', name: 'approval_date' },
    adoptedAtMeetingId: { type: 'text', name: 'adopted_at_meeting_id', nullable: true },
    snapshot: { type: 'text', nullable: true },
    snapshotSource: { type: 'text', name: 'snapshot_source', nullable: true },
    snapshotTakenAt: { type: 'text', name: 'snapshot_taken_at', nullable: true },
    recordedAt: { type: 'text', name: 'recorded_at' },
  },
  checks: [
    { expression: 'snapshot IS NULL OR json_valid(snapshot)' },
    { expression: "snapshot_source IN ('approval', 'first_export')" },
    { expression: '(snapshot IS NULL) = (snapshot_source IS NULL)' },
  ],
  foreignKeys: [
    references('Meeting', 'meetingId', 'CASCADE'),
    references('Meeting', 'adoptedAtMeetingId', 'RESTRICT'),
  ],
  indices: [{ name: 'minutes_records_adopted_at_meeting', columns: ['adoptedAtMeetingId'] }],
});

export const MEETINGS_ENTITIES = [
  MeetingEntity,
  AgendaItemEntity,
  AgendaTemplateEntity,
  AttendanceEntity,
  MeetingGuestEntity,
  MeetingCaseEntity,
  CirculationEntity,
  CorrigendumEntity,
  MinutesRecordEntity,
];
