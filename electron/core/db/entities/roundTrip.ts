/**
 * Agency update rounds (the reporting round-trip) and the agencies each round sent a form to.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree.
 */
import { EntitySchema } from 'typeorm';
import { references } from './references';

export interface UpdateRoundRow {
  id: string;
  bodyId: string;
  /** The key its forms are signed with (hex, 64 characters); never leaves the workspace. */
  secret: string;
  language: string;
  issuedOn: string;
  replyBy: string | null;
  createdAt: string;
  closedAt: string | null;
  napPeriodId: string | null;
}

export const UpdateRoundEntity = new EntitySchema<UpdateRoundRow>({
  name: 'UpdateRound',
  tableName: 'update_rounds',
  columns: {
    id: { type: 'text', primary: true },
    bodyId: { type: 'text', name: 'body_id' },
    secret: { type: 'text' },
    language: { type: 'text' },
    issuedOn: { type: 'text', name: 'issued_on' },
    replyBy: { type: 'text', name: 'reply_by', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    closedAt: { type: 'text', name: 'closed_at', nullable: true },
    napPeriodId: { type: 'text', name: 'nap_period_id', nullable: true },
  },
  checks: [{ expression: 'length(secret) = 64' }],
  indices: [{ name: 'update_rounds_body', columns: ['bodyId', 'createdAt'] }],
  foreignKeys: [references('Body', 'bodyId')],
});

export interface UpdateRoundAgencyRow {
  roundId: string;
  agencyId: string;
  /** Open actions its form held. */
  actions: number;
  returnedAt: string | null;
}

export const UpdateRoundAgencyEntity = new EntitySchema<UpdateRoundAgencyRow>({
  name: 'UpdateRoundAgency',
  tableName: 'update_round_agencies',
  columns: {
    roundId: { type: 'text', name: 'round_id', primary: true },
    agencyId: { type: 'text', name: 'agency_id', primary: true },
    actions: { type: 'integer' },
    returnedAt: { type: 'text', name: 'returned_at', nullable: true },
  },
  foreignKeys: [references('UpdateRound', 'roundId', 'CASCADE'), references('Agency', 'agencyId')],
  indices: [{ name: 'update_round_agencies_agency', columns: ['agencyId'] }],
});

export const ROUND_TRIP_ENTITIES = [UpdateRoundEntity, UpdateRoundAgencyEntity];
