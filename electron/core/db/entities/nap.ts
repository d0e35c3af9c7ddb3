/**
 * National Action Plan: plans, pillars, objectives, activities, periods, indicators, measurements,
 * progress, execution and report narratives.
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

export interface NapIndicatorRow {
  id: string;
  planId: string;
  objectiveId: string | null;
  activityId: string | null;
  name: string;
  unit: string;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
  meansOfVerification: string;
  direction: 'increase' | 'decrease';
  aggregation: 'cumulative' | 'periodic';
  isPercentage: number;
  position: number;
}

export const NapIndicatorEntity = new EntitySchema<NapIndicatorRow>({
  name: 'NapIndicator',
  tableName: 'nap_indicators',
  columns: {
    id: { type: 'text', primary: true },
    planId: { type: 'text', name: 'plan_id' },
    objectiveId: { type: 'text', name: 'objective_id', nullable: true },
    activityId: { type: 'text', name: 'activity_id', nullable: true },
    name: { type: 'text' },
    unit: { type: 'text', default: '' },
    baselineValue: { type: 'real', name: 'baseline_value', nullable: true },
    baselineYear: { type: 'integer', name: 'baseline_year', nullable: true },
    targetValue: { type: 'real', name: 'target_value', nullable: true },
    targetYear: { type: 'integer', name: 'target_year', nullable: true },
    meansOfVerification: { type: 'text', name: 'means_of_verification', default: '' },
    direction: { type: 'text' },
    aggregation: { type: 'text' },
    isPercentage: { type: 'integer', name: 'is_percentage', default: 0 },
    position: { type: 'integer' },
  },
  checks: [
    { expression: "direction IN ('increase','decrease')" },
    { expression: "aggregation IN ('cumulative','periodic')" },
    { expression: 'is_percentage IN (0, 1)' },
    { expression: '(objective_id IS NULL) <> (activity_id IS NULL)' },
  ],
  indices: [
    { name: 'nap_indicators_activity', columns: ['activityId'] },
    { name: 'nap_indicators_objective', columns: ['objectiveId'] },
    { name: 'nap_indicators_plan', columns: ['planId'] },
  ],
  foreignKeys: [
    references('NapPlan', 'planId', 'CASCADE'),
    references('NapObjective', 'objectiveId', 'CASCADE'),
    references('NapActivity', 'activityId', 'CASCADE'),
  ],
});

export interface NapMeasurementRow {
  id: string;
  indicatorId: string;
  periodId: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  date: string;
  source: string;
  note: string;
  reportingAgencyId: string | null;
  createdAt: string;
}

export const NapMeasurementEntity = new EntitySchema<NapMeasurementRow>({
  name: 'NapMeasurement',
  tableName: 'nap_measurements',
  columns: {
    id: { type: 'text', primary: true },
    indicatorId: { type: 'text', name: 'indicator_id' },
    periodId: { type: 'text', name: 'period_id' },
    value: { type: 'real', nullable: true },
    numerator: { type: 'real', nullable: true },
    denominator: { type: 'real', nullable: true },
    date: { type: 'text' },
    source: { type: 'text', default: '' },
    note: { type: 'text', default: '' },
    reportingAgencyId: { type: 'text', name: 'reporting_agency_id', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
  },
  checks: [
    { expression: 'denominator IS NULL OR denominator > 0' },
    { expression: 'value IS NOT NULL OR (numerator IS NOT NULL AND denominator IS NOT NULL)' },
  ],
  indices: [
    { name: 'nap_measurements_indicator', columns: ['indicatorId', 'periodId'] },
    { name: 'nap_measurements_period', columns: ['periodId'] },
    { name: 'nap_measurements_reporting_agency', columns: ['reportingAgencyId'] },
  ],
  foreignKeys: [
    references('NapIndicator', 'indicatorId', 'CASCADE'),
    references('NapPeriod', 'periodId', 'CASCADE'),
    references('Agency', 'reportingAgencyId', 'RESTRICT'),
  ],
});

export interface NapProgressUpdateRow {
  id: string;
  activityId: string;
  periodId: string;
  status: 'not_started' | 'on_track' | 'at_risk' | 'delayed' | 'completed' | 'cancelled';
  statusReason: string;
  narrative: string;
  meetingId: string | null;
  createdAt: string;
}

export const NapProgressUpdateEntity = new EntitySchema<NapProgressUpdateRow>({
  name: 'NapProgressUpdate',
  tableName: 'nap_progress_updates',
  columns: {
    id: { type: 'text', primary: true },
    activityId: { type: 'text', name: 'activity_id' },
    periodId: { type: 'text', name: 'period_id' },
    status: { type: 'text' },
    statusReason: { type: 'text', name: 'status_reason', default: '' },
    narrative: { type: 'text', default: '' },
    meetingId: { type: 'text', name: 'meeting_id', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
  },
  checks: [
    {
      expression:
        "status IN ('not_started','on_track','at_risk','delayed','completed','cancelled')",
    },
  ],
  indices: [
    { name: 'nap_progress_updates_activity', columns: ['activityId', 'createdAt'] },
    { name: 'nap_progress_updates_meeting', columns: ['meetingId'] },
    { name: 'nap_progress_updates_period', columns: ['periodId'] },
  ],
  foreignKeys: [
    references('NapActivity', 'activityId', 'CASCADE'),
    references('NapPeriod', 'periodId', 'CASCADE'),
    references('Meeting', 'meetingId', 'SET NULL'),
  ],
});

export interface NapExecutionRow {
  activityId: string;
  periodId: string;
  amount: number;
}

export const NapExecutionEntity = new EntitySchema<NapExecutionRow>({
  name: 'NapExecution',
  tableName: 'nap_executions',
  withoutRowid: true,
  columns: {
    activityId: { type: 'text', name: 'activity_id', primary: true },
    periodId: { type: 'text', name: 'period_id', primary: true },
    amount: { type: 'real' },
  },
  checks: [{ expression: 'amount >= 0' }],
  foreignKeys: [
    references('NapActivity', 'activityId', 'CASCADE'),
    references('NapPeriod', 'periodId', 'CASCADE'),
  ],
  indices: [{ name: 'nap_executions_period', columns: ['periodId'] }],
});

export interface NapReportNarrativeRow {
  planId: string;
  periodKey: string;
  pillarId: string | null;
  section: string;
  kind: 'executive' | 'achievements' | 'challenges' | 'recommendations';
  language: 'en' | 'es' | 'fr';
  text: string;
  updatedAt: string;
}

export const NapReportNarrativeEntity = new EntitySchema<NapReportNarrativeRow>({
  name: 'NapReportNarrative',
  tableName: 'nap_report_narratives',
  columns: {
    planId: { type: 'text', name: 'plan_id', primary: true },
    periodKey: { type: 'text', name: 'period_key', primary: true },
    pillarId: { type: 'text', name: 'pillar_id', nullable: true },
    section: { type: 'text', primary: true },
    kind: { type: 'text', primary: true },
    language: { type: 'text', primary: true },
    text: { type: 'text' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [
    { expression: 'length(period_key) BETWEEN 1 AND 80' },
    { expression: "kind IN ('executive', 'achievements', 'challenges', 'recommendations')" },
    { expression: "language IN ('en', 'es', 'fr')" },
    { expression: 'length(text) <= 20000' },
  ],
  foreignKeys: [
    references('NapPlan', 'planId', 'CASCADE'),
    references('NapPillar', 'pillarId', 'CASCADE'),
  ],
  indices: [{ name: 'nap_report_narratives_pillar', columns: ['pillarId'] }],
});

export interface NapReportVersionRow {
  planId: string;
  periodKey: string;
  final: number;
  updatedAt: string;
}

export const NapReportVersionEntity = new EntitySchema<NapReportVersionRow>({
  name: 'NapReportVersion',
  tableName: 'nap_report_versions',
  columns: {
    planId: { type: 'text', name: 'plan_id', primary: true },
    periodKey: { type: 'text', name: 'period_key', primary: true },
    final: { type: 'integer', default: 0 },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [
    { expression: 'length(period_key) BETWEEN 1 AND 80' },
    { expression: 'final IN (0, 1)' },
  ],
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
  NapIndicatorEntity,
  NapMeasurementEntity,
  NapProgressUpdateEntity,
  NapExecutionEntity,
  NapReportNarrativeEntity,
  NapReportVersionEntity,
];
