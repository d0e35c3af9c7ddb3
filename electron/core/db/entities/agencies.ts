/**
 * Agency register: agencies, their pillar roles and focal points.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';
import { references } from './references';

export interface AgencyRow {
  id: string;
  name: string;
  nameKey: string;
  acronym: string;
  acronymKey: string;
  kind:
    | 'ministry'
    | 'law_enforcement'
    | 'prosecution_judiciary'
    | 'immigration_border'
    | 'labour_inspection'
    | 'social_welfare'
    | 'health'
    | 'education'
    | 'foreign_affairs'
    | 'financial'
    | 'local_government'
    | 'ngo'
    | 'international_organisation'
    | 'private_sector'
    | 'trade_union'
    | 'community_faith_based'
    | 'academia'
    | 'media'
    | 'foreign_counterpart'
    | 'other';
  sector: 'state' | 'non_state';
  level: 'national' | 'subnational' | 'international';
  country: string;
  rolesText: string;
  membershipStatus: 'member' | 'observer' | 'former';
  notes: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const AgencyEntity = new EntitySchema<AgencyRow>({
  name: 'Agency',
  tableName: 'agencies',
  columns: {
    id: { type: 'text', primary: true },
    name: { type: 'text' },
    nameKey: { type: 'text', name: 'name_key' },
    acronym: { type: 'text', default: '' },
    acronymKey: { type: 'text', name: 'acronym_key', default: '' },
    kind: { type: 'text' },
    sector: { type: 'text' },
    level: { type: 'text' },
    country: { type: 'text', default: '' },
    rolesText: { type: 'text', name: 'roles_text', default: '' },
    membershipStatus: { type: 'text', name: 'membership_status' },
    notes: { type: 'text', default: '' },
    archivedAt: { type: 'text', name: 'archived_at', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [
    {
      expression:
        "kind IN ('ministry','law_enforcement','prosecution_judiciary','immigration_border','labour_inspection','social_welfare','health','education','foreign_affairs','financial','local_government','ngo','international_organisation','private_sector','trade_union','community_faith_based','academia','media','foreign_counterpart','other')",
    },
    { expression: "sector IN ('state','non_state')" },
    { expression: "level IN ('national','subnational','international')" },
    { expression: "membership_status IN ('member','observer','former')" },
  ],
  indices: [
    { name: 'agencies_acronym_key', columns: ['acronymKey'] },
    { name: 'agencies_name_key', columns: ['nameKey'], unique: true },
  ],
});

export interface AgencyPillarRoleRow {
  agencyId: string;
  pillar: 'prevention' | 'protection' | 'prosecution' | 'partnership';
  role: 'lead' | 'support';
}

export const AgencyPillarRoleEntity = new EntitySchema<AgencyPillarRoleRow>({
  name: 'AgencyPillarRole',
  tableName: 'agency_pillar_roles',
  withoutRowid: true,
  columns: {
    agencyId: { type: 'text', name: 'agency_id', primary: true },
    pillar: { type: 'text', primary: true },
    role: { type: 'text' },
  },
  checks: [
    { expression: "pillar IN ('prevention','protection','prosecution','partnership')" },
    { expression: "role IN ('lead','support')" },
  ],
  indices: [{ name: 'agency_pillar_roles_pillar', columns: ['pillar', 'role'] }],
  foreignKeys: [references('Agency', 'agencyId', 'CASCADE')],
});

export interface FocalPointRow {
  id: string;
  agencyId: string;
  name: string;
  title: string;
  email: string;
  phone: string;
  role: 'primary' | 'alternate';
  languages: string;
  startDate: string | null;
  endDate: string | null;
  replacedById: string | null;
  createdAt: string;
  updatedAt: string;
}

export const FocalPointEntity = new EntitySchema<FocalPointRow>({
  name: 'FocalPoint',
  tableName: 'focal_points',
  columns: {
    id: { type: 'text', primary: true },
    agencyId: { type: 'text', name: 'agency_id' },
    name: { type: 'text' },
    title: { type: 'text', default: '' },
    email: { type: 'text', default: '' },
    phone: { type: 'text', default: '' },
    role: { type: 'text' },
    languages: { type: 'text', default: '[]' },
    startDate: { type: 'text', name: 'start_date', nullable: true },
    endDate: { type: 'text', name: 'end_date', nullable: true },
    replacedById: { type: 'text', name: 'replaced_by_id', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [
    { expression: "role IN ('primary','alternate')" },
    { expression: 'end_date IS NULL OR start_date IS NULL OR end_date >= start_date' },
  ],
  indices: [
    { name: 'focal_points_agency', columns: ['agencyId', 'endDate'] },
    { name: 'focal_points_replaced_by', columns: ['replacedById'] },
  ],
  foreignKeys: [
    references('Agency', 'agencyId', 'RESTRICT'),
    references('FocalPoint', 'replacedById', 'SET NULL'),
  ],
});

export const AGENCIES_ENTITIES = [AgencyEntity, AgencyPillarRoleEntity, FocalPointEntity];
