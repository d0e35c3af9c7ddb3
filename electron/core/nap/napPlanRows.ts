/** Row types of the NAP tables and their mapping to the contract's DTOs. */
import type {
  NapIndicator,
  NapMeasurement,
  NapPeriod,
  NapPlan,
} from '../../../shared/contract/nap';
import type {
  NapAggregation,
  NapDirection,
  NapPeriodKind,
  NapPlanStatus,
} from '../../../shared/domain/nap';

export interface PlanRow {
  id: string;
  title: string;
  adopting_act: string;
  start_date: string;
  end_date: string;
  status: string;
  period_kind: string;
  period_start_month: number;
  created_at: string;
  updated_at: string;
}

export interface ActivityRow {
  id: string;
  plan_id: string;
  objective_id: string;
  code: string;
  text: string;
  timeframe: string;
  start_date: string | null;
  end_date: string | null;
  budget_amount: number | null;
  currency: string;
  budget_text: string;
  funding_source: string;
  status: string;
  status_reason: string;
  position: number;
}

export interface IndicatorRow {
  id: string;
  plan_id: string;
  objective_id: string | null;
  activity_id: string | null;
  name: string;
  unit: string;
  baseline_value: number | null;
  baseline_year: number | null;
  target_value: number | null;
  target_year: number | null;
  means_of_verification: string;
  direction: string;
  aggregation: string;
  is_percentage: number;
  position: number;
}

export interface MeasurementRow {
  id: string;
  indicator_id: string;
  period_id: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  date: string;
  source: string;
  note: string;
  reporting_agency_id: string | null;
  agency_name: string | null;
  agency_acronym: string | null;
  created_at: string;
}

export interface UpdateRow {
  id: string;
  activity_id: string;
  period_id: string;
  status: string;
  status_reason: string;
  narrative: string;
  meeting_id: string | null;
  meeting_title: string | null;
  meeting_date: string | null;
  created_at: string;
}

export function toPlan(row: PlanRow, periods: NapPeriod[]): NapPlan {
  return {
    id: row.id,
    title: row.title,
    adoptingAct: row.adopting_act,
    startDate: row.start_date,
    endDate: row.end_date,
    status: row.status as NapPlanStatus,
    periodKind: row.period_kind as NapPeriodKind,
    periodStartMonth: row.period_start_month,
    periods,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toMeasurement(row: MeasurementRow): NapMeasurement {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    periodId: row.period_id,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    date: row.date,
    source: row.source,
    note: row.note,
    reportingAgency:
      row.reporting_agency_id && row.agency_name !== null
        ? { id: row.reporting_agency_id, name: row.agency_name, acronym: row.agency_acronym ?? '' }
        : null,
    createdAt: row.created_at,
  };
}

/** The indicator without its derived progress (the caller adds it). */
export function toIndicator(
  row: IndicatorRow,
  measurements: NapMeasurement[],
): Omit<NapIndicator, 'progress'> {
  return {
    id: row.id,
    level: row.activity_id ? 'activity' : 'objective',
    objectiveId: row.objective_id,
    activityId: row.activity_id,
    name: row.name,
    unit: row.unit,
    baselineValue: row.baseline_value,
    baselineYear: row.baseline_year,
    targetValue: row.target_value,
    targetYear: row.target_year,
    meansOfVerification: row.means_of_verification,
    direction: row.direction as NapDirection,
    aggregation: row.aggregation as NapAggregation,
    isPercentage: row.is_percentage === 1,
    position: row.position,
    measurements,
  };
}
