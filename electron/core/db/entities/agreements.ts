/**
 * Agreements (MoUs, SOPs, protocols) and what they link to: agencies, bodies, NAP activities,
 * countries.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';
import { references } from './references';

export interface AgreementRow {
  id: string;
  type: 'mou' | 'bilateral_agreement' | 'sop' | 'protocol' | 'referral_mechanism' | 'other';
  title: string;
  signedOn: string | null;
  inForceFrom: string | null;
  reviewOn: string | null;
  status: 'draft' | 'in_force' | 'under_review' | 'expired';
  location: string;
  notes: string;
  archived: number;
  createdAt: string;
  updatedAt: string;
}

export const AgreementEntity = new EntitySchema<AgreementRow>({
  name: 'Agreement',
  tableName: 'agreements',
  columns: {
    id: { type: 'text', primary: true },
    type: { type: 'text' },
    title: { type: 'text' },
    signedOn: { type: 'text', name: 'signed_on', nullable: true },
    inForceFrom: { type: 'text', name: 'in_force_from', nullable: true },
    reviewOn: { type: 'text', name: 'review_on', nullable: true },
    status: { type: 'text', default: 'draft' },
    location: { type: 'text', default: '' },
    notes: { type: 'text', default: '' },
    archived: { type: 'integer', default: 0 },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [
    {
      expression:
        "type IN ('mou','bilateral_agreement','sop','protocol','referral_mechanism','other')",
    },
    { expression: 'length(title) BETWEEN 1 AND 300' },
    {
      expression:
        "signed_on IS NULL OR signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'",
    },
    {
      expression:
        "in_force_from IS NULL OR in_force_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'",
    },
    {
      expression:
        "review_on IS NULL OR review_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'",
    },
    { expression: "status IN ('draft','in_force','under_review','expired')" },
    { expression: 'archived IN (0, 1)' },
  ],
  indices: [{ name: 'agreements_review', columns: ['archived', 'reviewOn'] }],
});

export interface AgreementAgencyRow {
  agreementId: string;
  agencyId: string;
}

export const AgreementAgencyEntity = new EntitySchema<AgreementAgencyRow>({
  name: 'AgreementAgency',
  tableName: 'agreement_agencies',
  withoutRowid: true,
  columns: {
    agreementId: { type: 'text', name: 'agreement_id', primary: true },
    agencyId: { type: 'text', name: 'agency_id', primary: true },
  },
  indices: [{ name: 'agreement_agencies_agency', columns: ['agencyId'] }],
  foreignKeys: [
    references('Agreement', 'agreementId', 'CASCADE'),
    references('Agency', 'agencyId'),
  ],
});

export interface AgreementBodyRow {
  agreementId: string;
  bodyId: string;
}

export const AgreementBodyEntity = new EntitySchema<AgreementBodyRow>({
  name: 'AgreementBody',
  tableName: 'agreement_bodies',
  withoutRowid: true,
  columns: {
    agreementId: { type: 'text', name: 'agreement_id', primary: true },
    bodyId: { type: 'text', name: 'body_id', primary: true },
  },
  indices: [{ name: 'agreement_bodies_body', columns: ['bodyId'] }],
  foreignKeys: [
    references('Agreement', 'agreementId', 'CASCADE'),
    references('Body', 'bodyId', 'CASCADE'),
  ],
});

export interface AgreementActivityRow {
  agreementId: string;
  activityId: string;
}

export const AgreementActivityEntity = new EntitySchema<AgreementActivityRow>({
  name: 'AgreementActivity',
  tableName: 'agreement_activities',
  withoutRowid: true,
  columns: {
    agreementId: { type: 'text', name: 'agreement_id', primary: true },
    activityId: { type: 'text', name: 'activity_id', primary: true },
  },
  indices: [{ name: 'agreement_activities_activity', columns: ['activityId'] }],
  foreignKeys: [
    references('Agreement', 'agreementId', 'CASCADE'),
    references('NapActivity', 'activityId', 'CASCADE'),
  ],
});

export interface AgreementCountryRow {
  agreementId: string;
  country: string;
}

export const AgreementCountryEntity = new EntitySchema<AgreementCountryRow>({
  name: 'AgreementCountry',
  tableName: 'agreement_countries',
  withoutRowid: true,
  columns: {
    agreementId: { type: 'text', name: 'agreement_id', primary: true },
    country: { type: 'text', primary: true },
  },
  checks: [{ expression: "country GLOB '[A-Z][A-Z]'" }],
  foreignKeys: [references('Agreement', 'agreementId', 'CASCADE')],
});

export const AGREEMENTS_ENTITIES = [
  AgreementEntity,
  AgreementAgencyEntity,
  AgreementBodyEntity,
  AgreementActivityEntity,
  AgreementCountryEntity,
];
