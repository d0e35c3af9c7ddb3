/**
 * Decisions recorded at meetings, numbered per body and year.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';
import { references } from './references';

export interface DecisionRow {
  id: string;
  bodyId: string;
  meetingId: string;
  agendaItemId: string | null;
  year: number;
  seq: number;
  reference: string;
  text: string;
  textKey: string;
  createdAt: string;
  updatedAt: string;
}

export const DecisionEntity = new EntitySchema<DecisionRow>({
  name: 'Decision',
  tableName: 'decisions',
  columns: {
    id: { type: 'text', primary: true },
    bodyId: { type: 'text', name: 'body_id' },
    meetingId: { type: 'text', name: 'meeting_id' },
    agendaItemId: { type: 'text', name: 'agenda_item_id', nullable: true },
    year: { type: 'integer' },
    seq: { type: 'integer' },
    reference: { type: 'text' },
    text: { type: 'text' },
    textKey: { type: 'text', name: 'text_key' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [{ expression: 'seq >= 1' }],
  indices: [
    { name: 'decisions_body_year_seq', columns: ['bodyId', 'year', 'seq'], unique: true },
    { name: 'decisions_meeting', columns: ['meetingId'] },
    { name: 'decisions_agenda_item', columns: ['agendaItemId'] },
  ],
  foreignKeys: [
    references('Body', 'bodyId', 'RESTRICT'),
    references('Meeting', 'meetingId', 'RESTRICT'),
    references('AgendaItem', 'agendaItemId', 'SET NULL'),
  ],
});

export const DECISIONS_ENTITIES = [DecisionEntity];
