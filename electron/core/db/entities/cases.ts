/**
 * Anonymised case register: cases, victim profiles, agencies, stage history, discussions, action
 * links and international cooperation requests.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';
import { references } from './references';

export interface CaseRow {
  id: string;
  code: string;
  year: number;
  seq: number;
  stage:
    | 'identification'
    | 'referral'
    | 'assistance'
    | 'investigation'
    | 'prosecution'
    | 'return_reintegration'
    | 'closed';
  openedMonth: string;
  closedMonth: string | null;
  nrmReferral: number;
  nrmReferralMonth: string | null;
  suspectCount: number;
  suspectNationalities: string;
  assistance: string;
  createdAt: string;
  updatedAt: string;
}

export const CaseEntity = new EntitySchema<CaseRow>({
  name: 'Case',
  tableName: 'cases',
  columns: {
    id: { type: 'text', primary: true },
    code: { type: 'text', unique: true },
    year: { type: 'integer' },
    seq: { type: 'integer' },
    stage: { type: 'text' },
    openedMonth: { type: 'text', name: 'opened_month' },
    closedMonth: { type: 'text', name: 'closed_month', nullable: true },
    nrmReferral: { type: 'integer', name: 'nrm_referral', default: 0 },
    nrmReferralMonth: { type: 'text', name: 'nrm_referral_month', nullable: true },
    suspectCount: { type: 'integer', name: 'suspect_count', default: 0 },
    suspectNationalities: { type: 'text', name: 'suspect_nationalities', default: '' },
    assistance: { type: 'text', default: '' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [
    { expression: 'seq >= 1' },
    {
      expression:
        "stage IN ('identification','referral','assistance','investigation','prosecution','return_reintegration','closed')",
    },
    { expression: "opened_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'" },
    { expression: "closed_month IS NULL OR (closed_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')" },
    { expression: 'nrm_referral IN (0, 1)' },
    {
      expression:
        "nrm_referral_month IS NULL OR (nrm_referral_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')",
    },
    { expression: 'suspect_count >= 0' },
    { expression: "(stage = 'closed') = (closed_month IS NOT NULL)" },
  ],
  indices: [
    { name: 'cases_closed', columns: ['closedMonth'] },
    { name: 'cases_stage', columns: ['stage', 'year', 'seq'] },
    { name: 'cases_year_seq', columns: ['year', 'seq'], unique: true },
  ],
});

export interface CaseProfileRow {
  id: string;
  caseId: string;
  position: number;
  ageBand: string;
  sex: string;
  nationality: string;
  exploitationForms: string;
  count: number;
}

export const CaseProfileEntity = new EntitySchema<CaseProfileRow>({
  name: 'CaseProfile',
  tableName: 'case_profiles',
  columns: {
    id: { type: 'text', primary: true },
    caseId: { type: 'text', name: 'case_id' },
    position: { type: 'integer' },
    ageBand: { type: 'text', name: 'age_band' },
    sex: { type: 'text' },
    nationality: { type: 'text', default: '' },
    exploitationForms: { type: 'text', name: 'exploitation_forms' },
    count: { type: 'integer', default: 1 },
  },
  checks: [{ expression: "exploitation_forms <> ''" }, { expression: 'count >= 1' }],
  indices: [
    { name: 'case_profiles_case', columns: ['caseId', 'position'] },
    { name: 'case_profiles_nationality', columns: ['nationality', 'caseId'] },
  ],
  foreignKeys: [references('Case', 'caseId', 'CASCADE')],
});

export interface CaseAgencyRow {
  caseId: string;
  agencyId: string;
  role: string;
  position: number;
}

export const CaseAgencyEntity = new EntitySchema<CaseAgencyRow>({
  name: 'CaseAgency',
  tableName: 'case_agencies',
  withoutRowid: true,
  columns: {
    caseId: { type: 'text', name: 'case_id', primary: true },
    agencyId: { type: 'text', name: 'agency_id', primary: true },
    role: { type: 'text' },
    position: { type: 'integer' },
  },
  indices: [{ name: 'case_agencies_agency', columns: ['agencyId', 'caseId'] }],
  foreignKeys: [
    references('Case', 'caseId', 'CASCADE'),
    references('Agency', 'agencyId', 'RESTRICT'),
  ],
});

export interface CaseStageHistoryRow {
  id: string;
  caseId: string;
  stage: CaseRow['stage'];
  month: string;
  recordedAt: string;
}

export const CaseStageHistoryEntity = new EntitySchema<CaseStageHistoryRow>({
  name: 'CaseStageHistory',
  tableName: 'case_stage_history',
  columns: {
    id: { type: 'text', primary: true },
    caseId: { type: 'text', name: 'case_id' },
    stage: { type: 'text' },
    month: { type: 'text' },
    recordedAt: { type: 'text', name: 'recorded_at' },
  },
  checks: [
    {
      expression:
        "stage IN ('identification','referral','assistance','investigation','prosecution','return_reintegration','closed')",
    },
    { expression: "month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'" },
  ],
  indices: [{ name: 'case_stage_history_case', columns: ['caseId', 'recordedAt'] }],
  foreignKeys: [references('Case', 'caseId', 'CASCADE')],
});

export interface CaseDiscussionRow {
  id: string;
  caseId: string;
  meetingId: string | null;
  text: string;
  language: 'en' | 'es' | 'fr' | null;
  createdAt: string;
  doc: string | null;
}

export const CaseDiscussionEntity = new EntitySchema<CaseDiscussionRow>({
  name: 'CaseDiscussion',
  tableName: 'case_discussions',
  columns: {
    id: { type: 'text', primary: true },
    caseId: { type: 'text', name: 'case_id' },
    meetingId: { type: 'text', name: 'meeting_id', nullable: true },
    text: { type: 'text' },
    language: { type: 'text', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    doc: { type: 'text', nullable: true },
  },
  checks: [
    { expression: 'length(text) BETWEEN 1 AND 4000' },
    { expression: "language IS NULL OR language IN ('en','es','fr')" },
    { expression: 'doc IS NULL OR (json_valid(doc) AND length(doc) <= 1000000)' },
  ],
  indices: [
    { name: 'case_discussions_case', columns: ['caseId', 'createdAt'] },
    { name: 'case_discussions_meeting', columns: ['meetingId'] },
  ],
  foreignKeys: [
    references('Case', 'caseId', 'CASCADE'),
    references('Meeting', 'meetingId', 'SET NULL'),
  ],
});

export interface CaseActionLinkRow {
  actionId: string;
  caseId: string;
}

export const CaseActionLinkEntity = new EntitySchema<CaseActionLinkRow>({
  name: 'CaseActionLink',
  tableName: 'case_action_links',
  withoutRowid: true,
  columns: {
    actionId: { type: 'text', name: 'action_id', primary: true },
    caseId: { type: 'text', name: 'case_id' },
  },
  indices: [{ name: 'case_action_links_case', columns: ['caseId'] }],
  foreignKeys: [
    references('Action', 'actionId', 'CASCADE'),
    references('Case', 'caseId', 'CASCADE'),
  ],
});

export interface CooperationRequestRow {
  id: string;
  caseId: string;
  type: string;
  direction: 'outgoing' | 'incoming';
  country: string;
  authority: string;
  legalBasis: string;
  draftedOn: string | null;
  sentOn: string | null;
  acknowledgedOn: string | null;
  executedOn: string | null;
  status: 'drafting' | 'sent' | 'acknowledged' | 'executed' | 'refused' | 'withdrawn';
  nextFollowUp: string | null;
  createdAt: string;
  updatedAt: string;
}

export const CooperationRequestEntity = new EntitySchema<CooperationRequestRow>({
  name: 'CooperationRequest',
  tableName: 'cooperation_requests',
  columns: {
    id: { type: 'text', primary: true },
    caseId: { type: 'text', name: 'case_id' },
    type: { type: 'text' },
    direction: { type: 'text' },
    country: { type: 'text' },
    authority: { type: 'text', default: '' },
    legalBasis: { type: 'text', name: 'legal_basis' },
    draftedOn: { type: 'text', name: 'drafted_on', nullable: true },
    sentOn: { type: 'text', name: 'sent_on', nullable: true },
    acknowledgedOn: { type: 'text', name: 'acknowledged_on', nullable: true },
    executedOn: { type: 'text', name: 'executed_on', nullable: true },
    status: { type: 'text' },
    nextFollowUp: { type: 'text', name: 'next_follow_up', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [
    { expression: "direction IN ('outgoing','incoming')" },
    { expression: "country <> ''" },
    { expression: "status IN ('drafting','sent','acknowledged','executed','refused','withdrawn')" },
  ],
  indices: [
    { name: 'cooperation_requests_case', columns: ['caseId', 'status'] },
    { name: 'cooperation_requests_status', columns: ['status', 'caseId'] },
  ],
  foreignKeys: [references('Case', 'caseId', 'CASCADE')],
});

export const CASES_ENTITIES = [
  CaseEntity,
  CaseProfileEntity,
  CaseAgencyEntity,
  CaseStageHistoryEntity,
  CaseDiscussionEntity,
  CaseActionLinkEntity,
  CooperationRequestEntity,
];
