/**
 * Coordination bodies (task force, working groups) and their member agencies.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';
import { references } from './references';

export interface BodyRow {
  id: string;
  name: string;
  kind:
    | 'national_task_force'
    | 'working_group'
    | 'subnational_task_force'
    | 'bilateral_case_management'
    | 'other';
  partnerCountry: string;
  chairAgencyId: string | null;
  secretariatAgencyId: string | null;
  quorumKind: 'majority' | 'fixed';
  quorumCount: number | null;
  meetingFrequency: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
  code: string;
}

export const BodyEntity = new EntitySchema<BodyRow>({
  name: 'Body',
  tableName: 'bodies',
  columns: {
    id: { type: 'text', primary: true },
    name: { type: 'text' },
    kind: { type: 'text' },
    partnerCountry: { type: 'text', name: 'partner_country', default: '' },
    chairAgencyId: { type: 'text', name: 'chair_agency_id', nullable: true },
    secretariatAgencyId: { type: 'text', name: 'secretariat_agency_id', nullable: true },
    quorumKind: { type: 'text', name: 'quorum_kind' },
    quorumCount: { type: 'integer', name: 'quorum_count', nullable: true },
    meetingFrequency: { type: 'text', name: 'meeting_frequency' },
    notes: { type: 'text', default: '' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    code: { type: 'text', default: '' },
  },
  checks: [
    {
      expression:
        "kind IN ('national_task_force','working_group','subnational_task_force','bilateral_case_management','other')",
    },
    { expression: "quorum_kind IN ('majority','fixed')" },
    { expression: "quorum_kind = 'majority' OR (quorum_count IS NOT NULL AND quorum_count >= 1)" },
  ],
  foreignKeys: [
    references('Agency', 'chairAgencyId', 'RESTRICT'),
    references('Agency', 'secretariatAgencyId', 'RESTRICT'),
  ],
  indices: [
    { name: 'bodies_secretariat_agency', columns: ['secretariatAgencyId'] },
    { name: 'bodies_chair_agency', columns: ['chairAgencyId'] },
  ],
});

export interface BodyMemberRow {
  bodyId: string;
  agencyId: string;
  addedAt: string;
}

export const BodyMemberEntity = new EntitySchema<BodyMemberRow>({
  name: 'BodyMember',
  tableName: 'body_members',
  withoutRowid: true,
  columns: {
    bodyId: { type: 'text', name: 'body_id', primary: true },
    agencyId: { type: 'text', name: 'agency_id', primary: true },
    addedAt: { type: 'text', name: 'added_at' },
  },
  indices: [{ name: 'body_members_agency', columns: ['agencyId'] }],
  foreignKeys: [
    references('Body', 'bodyId', 'CASCADE'),
    references('Agency', 'agencyId', 'RESTRICT'),
  ],
});

export const BODIES_ENTITIES = [BodyEntity, BodyMemberEntity];
