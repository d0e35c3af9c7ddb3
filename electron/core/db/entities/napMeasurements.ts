/**
 * National Action Plan, what is measured: indicators (on an objective or an activity), their
 * measurements per period, activities' progress updates and budget execution per period.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';
import { references } from './references';

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

export const NAP_MEASUREMENT_ENTITIES = [
  NapIndicatorEntity,
  NapMeasurementEntity,
  NapProgressUpdateEntity,
  NapExecutionEntity,
];
