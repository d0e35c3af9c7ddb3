/**
 * National Action Plan, the plan tree: plans, pillars, objectives, activities (with their
 * agencies and linked actions) and reporting periods. Indicators and what is measured against
 * them are in napMeasurements.ts, report narratives and versions in napReport.ts.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';
import { references } from './references';

export interface NapPlanRow {
  id: string;
  title: string;
  adoptingAct: string;
  startDate: string;
  endDate: string;
  status: 'draft' | 'active' | 'closed';
  periodKind: 'quarter' | 'semester' | 'year';
  periodStartMonth: number;
  createdAt: string;
  updatedAt: string;
}

export const NapPlanEntity = new EntitySchema<NapPlanRow>({
  name: 'NapPlan',
  tableName: 'nap_plans',
  columns: {
    id: { type: 'text', primary: true },
    title: { type: 'text' },
    adoptingAct: { type: 'text', name: 'adopting_act', default: '' },
    startDate: { type: 'text', name: 'start_date' },
    endDate: { type: 'text', name: 'end_date' },
    status: { type: 'text' },
    periodKind: { type: 'text', name: 'period_kind' },
    periodStartMonth: { type: 'integer', name: 'period_start_month', default: 1 },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [
    { expression: "status IN ('draft','active','closed')" },
    { expression: "period_kind IN ('quarter','semester','year')" },
    { expression: 'period_start_month BETWEEN 1 AND 12' },
    { expression: 'end_date >= start_date' },
  ],
});

export interface NapPillarRow {
  id: string;
  planId: string;
  code: string;
  name: string;
  position: number;
}

export const NapPillarEntity = new EntitySchema<NapPillarRow>({
  name: 'NapPillar',
  tableName: 'nap_pillars',
  columns: {
    id: { type: 'text', primary: true },
    planId: { type: 'text', name: 'plan_id' },
    code: { type: 'text' },
    name: { type: 'text' },
    position: { type: 'integer' },
  },
  indices: [{ name: 'nap_pillars_plan', columns: ['planId', 'position'] }],
  foreignKeys: [references('NapPlan', 'planId', 'CASCADE')],
});

export interface NapObjectiveRow {
  id: string;
  pillarId: string;
  code: string;
  name: string;
  position: number;
}

export const NapObjectiveEntity = new EntitySchema<NapObjectiveRow>({
  name: 'NapObjective',
  tableName: 'nap_objectives',
  columns: {
    id: { type: 'text', primary: true },
    pillarId: { type: 'text', name: 'pillar_id' },
    code: { type: 'text' },
    name: { type: 'text' },
    position: { type: 'integer' },
  },
  indices: [{ name: 'nap_objectives_pillar', columns: ['pillarId', 'position'] }],
  foreignKeys: [references('NapPillar', 'pillarId', 'CASCADE')],
});

export interface NapActivityRow {
  id: string;
  planId: string;
  objectiveId: string;
  code: string;
  text: string;
  timeframe: string;
  startDate: string | null;
  endDate: string | null;
  budgetAmount: number | null;
  currency: string;
  budgetText: string;
  fundingSource: string;
  status: 'not_started' | 'on_track' | 'at_risk' | 'delayed' | 'completed' | 'cancelled';
  statusReason: string;
  position: number;
  createdAt: string;
  updatedAt: string;
}

export const NapActivityEntity = new EntitySchema<NapActivityRow>({
  name: 'NapActivity',
  tableName: 'nap_activities',
  columns: {
    id: { type: 'text', primary: true },
    planId: { type: 'text', name: 'plan_id' },
    objectiveId: { type: 'text', name: 'objective_id' },
    code: { type: 'text' },
    text: { type: 'text' },
    timeframe: { type: 'text', default: '' },
    startDate: { type: 'text', name: 'start_date', nullable: true },
    endDate: { type: 'text', name: 'end_date', nullable: true },
    budgetAmount: { type: 'real', name: 'budget_amount', nullable: true },
    currency: { type: 'text', default: '' },
    budgetText: { type: 'text', name: 'budget_text', default: '' },
    fundingSource: { type: 'text', name: 'funding_source', default: '' },
    status: { type: 'text' },
    statusReason: { type: 'text', name: 'status_reason', default: '' },
    position: { type: 'integer' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [
    { expression: "code <> ''" },
    { expression: 'budget_amount IS NULL OR budget_amount >= 0' },
    {
      expression:
        "status IN ('not_started','on_track','at_risk','delayed','completed','cancelled')",
    },
  ],
  indices: [
    { name: 'nap_activities_objective', columns: ['objectiveId', 'position'] },
    { name: 'nap_activities_plan_code', columns: ['planId', 'code'], unique: true },
  ],
  foreignKeys: [
    references('NapPlan', 'planId', 'CASCADE'),
    references('NapObjective', 'objectiveId', 'CASCADE'),
  ],
});

export interface NapActivityAgencyRow {
  activityId: string;
  agencyId: string;
  role: 'lead' | 'supporting';
  position: number;
}

export const NapActivityAgencyEntity = new EntitySchema<NapActivityAgencyRow>({
  name: 'NapActivityAgency',
  tableName: 'nap_activity_agencies',
  withoutRowid: true,
  columns: {
    activityId: { type: 'text', name: 'activity_id', primary: true },
    agencyId: { type: 'text', name: 'agency_id', primary: true },
    role: { type: 'text' },
    position: { type: 'integer' },
  },
  checks: [{ expression: "role IN ('lead','supporting')" }],
  indices: [{ name: 'nap_activity_agencies_agency', columns: ['agencyId'] }],
  foreignKeys: [
    references('NapActivity', 'activityId', 'CASCADE'),
    references('Agency', 'agencyId', 'RESTRICT'),
  ],
});

export interface NapActionLinkRow {
  actionId: string;
  activityId: string;
}

export const NapActionLinkEntity = new EntitySchema<NapActionLinkRow>({
  name: 'NapActionLink',
  tableName: 'nap_action_links',
  withoutRowid: true,
  columns: {
    actionId: { type: 'text', name: 'action_id', primary: true },
    activityId: { type: 'text', name: 'activity_id' },
  },
  indices: [{ name: 'nap_action_links_activity', columns: ['activityId'] }],
  foreignKeys: [
    references('Action', 'actionId', 'CASCADE'),
    references('NapActivity', 'activityId', 'CASCADE'),
  ],
});

export interface NapPeriodRow {
  id: string;
  planId: string;
  seq: number;
  label: string;
  startDate: string;
  endDate: string;
}

export const NapPeriodEntity = new EntitySchema<NapPeriodRow>({
  name: 'NapPeriod',
  tableName: 'nap_periods',
  columns: {
    id: { type: 'text', primary: true },
    planId: { type: 'text', name: 'plan_id' },
    seq: { type: 'integer' },
    label: { type: 'text' },
    startDate: { type: 'text', name: 'start_date' },
    endDate: { type: 'text', name: 'end_date' },
  },
  checks: [{ expression: 'end_date >= start_date' }],
  indices: [{ name: 'nap_periods_plan_start', columns: ['planId', 'startDate'], unique: true }],
  foreignKeys: [references('NapPlan', 'planId', 'CASCADE')],
});

export const NAP_ENTITIES = [
  NapPlanEntity,
  NapPillarEntity,
  NapObjectiveEntity,
  NapActivityEntity,
  NapActivityAgencyEntity,
  NapActionLinkEntity,
  NapPeriodEntity,
];
