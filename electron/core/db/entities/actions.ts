/**
 * Actions (follow-ups), their status history, carry-overs, supporting agencies, and the saved
 * filters of the actions list.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';
import { references } from './references';

export interface ActionRow {
  id: string;
  bodyId: string | null;
  meetingId: string | null;
  agendaItemId: string | null;
  decisionId: string | null;
  title: string;
  description: string;
  ownerAgencyId: string;
  focalPointId: string | null;
  dueDate: string | null;
  priority: 'low' | 'medium' | 'high';
  status: 'open' | 'in_progress' | 'blocked' | 'done' | 'cancelled';
  carriedOver: number;
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
  searchKey: string;
}

export const ActionEntity = new EntitySchema<ActionRow>({
  name: 'Action',
  tableName: 'actions',
  columns: {
    id: { type: 'text', primary: true },
    bodyId: { type: 'text', name: 'body_id', nullable: true },
    meetingId: { type: 'text', name: 'meeting_id', nullable: true },
    agendaItemId: { type: 'text', name: 'agenda_item_id', nullable: true },
    decisionId: { type: 'text', name: 'decision_id', nullable: true },
    title: { type: 'text' },
    description: { type: 'text', default: '' },
    ownerAgencyId: { type: 'text', name: 'owner_agency_id' },
    focalPointId: { type: 'text', name: 'focal_point_id', nullable: true },
    dueDate: { type: 'text', name: 'due_date', nullable: true },
    priority: { type: 'text' },
    status: { type: 'text' },
    carriedOver: { type: 'integer', name: 'carried_over', default: 0 },
    completedAt: { type: 'text', name: 'completed_at', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    searchKey: { type: 'text', name: 'search_key', default: '' },
  },
  checks: [
    { expression: "priority IN ('low','medium','high')" },
    { expression: "status IN ('open','in_progress','blocked','done','cancelled')" },
  ],
  indices: [
    { name: 'actions_body', columns: ['bodyId', 'status'] },
    {
      name: 'actions_due_owner',
      columns: ['dueDate', 'status', 'ownerAgencyId', 'completedAt', 'bodyId'],
    },
    { name: 'actions_meeting', columns: ['meetingId'] },
    { name: 'actions_open_due', columns: ['status', 'dueDate', 'ownerAgencyId', 'bodyId'] },
    { name: 'actions_owner', columns: ['ownerAgencyId', 'status'] },
    { name: 'actions_status_due', columns: ['status', 'dueDate'] },
    { name: 'actions_focal_point', columns: ['focalPointId'] },
    { name: 'actions_decision', columns: ['decisionId'] },
    { name: 'actions_agenda_item', columns: ['agendaItemId'] },
  ],
  foreignKeys: [
    references('Body', 'bodyId', 'RESTRICT'),
    references('Meeting', 'meetingId', 'RESTRICT'),
    references('AgendaItem', 'agendaItemId', 'SET NULL'),
    references('Decision', 'decisionId', 'SET NULL'),
    references('Agency', 'ownerAgencyId', 'RESTRICT'),
    references('FocalPoint', 'focalPointId', 'SET NULL'),
  ],
});

export interface ActionUpdateRow {
  id: string;
  actionId: string;
  date: string;
  note: string;
  statusFrom: string;
  statusTo: string;
  meetingId: string | null;
  createdAt: string;
}

export const ActionUpdateEntity = new EntitySchema<ActionUpdateRow>({
  name: 'ActionUpdate',
  tableName: 'action_updates',
  columns: {
    id: { type: 'text', primary: true },
    actionId: { type: 'text', name: 'action_id' },
    date: { type: 'text' },
    note: { type: 'text', default: '' },
    statusFrom: { type: 'text', name: 'status_from' },
    statusTo: { type: 'text', name: 'status_to' },
    meetingId: { type: 'text', name: 'meeting_id', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
  },
  indices: [
    { name: 'action_updates_action', columns: ['actionId', 'date'] },
    { name: 'action_updates_meeting', columns: ['meetingId'] },
  ],
  foreignKeys: [
    references('Action', 'actionId', 'CASCADE'),
    references('Meeting', 'meetingId', 'SET NULL'),
  ],
});

export interface ActionCarryOverRow {
  actionId: string;
  meetingId: string;
}

export const ActionCarryOverEntity = new EntitySchema<ActionCarryOverRow>({
  name: 'ActionCarryOver',
  tableName: 'action_carry_overs',
  withoutRowid: true,
  columns: {
    actionId: { type: 'text', name: 'action_id', primary: true },
    meetingId: { type: 'text', name: 'meeting_id', primary: true },
  },
  indices: [{ name: 'action_carry_overs_meeting', columns: ['meetingId'] }],
  foreignKeys: [
    references('Action', 'actionId', 'CASCADE'),
    references('Meeting', 'meetingId', 'CASCADE'),
  ],
});

export interface ActionSupportingAgencyRow {
  actionId: string;
  agencyId: string;
}

export const ActionSupportingAgencyEntity = new EntitySchema<ActionSupportingAgencyRow>({
  name: 'ActionSupportingAgency',
  tableName: 'action_supporting_agencies',
  withoutRowid: true,
  columns: {
    actionId: { type: 'text', name: 'action_id', primary: true },
    agencyId: { type: 'text', name: 'agency_id', primary: true },
  },
  indices: [{ name: 'action_supporting_agencies_agency', columns: ['agencyId', 'actionId'] }],
  foreignKeys: [
    references('Action', 'actionId', 'CASCADE'),
    references('Agency', 'agencyId', 'RESTRICT'),
  ],
});

export interface SavedFilterRow {
  id: string;
  scope: 'actions';
  name: string;
  nameKey: string;
  filter: string;
  createdAt: string;
  updatedAt: string;
  isDefault: number;
}

export const SavedFilterEntity = new EntitySchema<SavedFilterRow>({
  name: 'SavedFilter',
  tableName: 'saved_filters',
  columns: {
    id: { type: 'text', primary: true },
    scope: { type: 'text' },
    name: { type: 'text' },
    nameKey: { type: 'text', name: 'name_key' },
    filter: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    isDefault: { type: 'integer', name: 'is_default', default: 0 },
  },
  checks: [
    { expression: "scope IN ('actions')" },
    { expression: 'json_valid(filter)' },
    { expression: 'is_default IN (0, 1)' },
  ],
  indices: [
    {
      name: 'saved_filters_one_default',
      columns: ['scope'],
      unique: true,
      where: 'is_default = 1',
    },
    { name: 'saved_filters_scope_name', columns: ['scope', 'nameKey'], unique: true },
  ],
});

export const ACTIONS_ENTITIES = [
  ActionEntity,
  ActionUpdateEntity,
  ActionCarryOverEntity,
  ActionSupportingAgencyEntity,
  SavedFilterEntity,
];
