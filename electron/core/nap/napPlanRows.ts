/** Row types the NAP reads add to the entities', and their mapping to the contract's DTOs. */
import type {
  NapIndicator,
  NapIndicatorDraft,
  NapMeasurement,
  NapPeriod,
  NapPlan,
} from '../../../shared/contract/nap';
import type { NapPlanRow } from '../db/entities/nap';
import type {
  NapIndicatorRow,
  NapMeasurementRow,
  NapProgressUpdateRow,
} from '../db/entities/napMeasurements';

/** A measurement as the plan's outline reads it: with its reporting agency's names. */
export type MeasurementRow = NapMeasurementRow & {
  agencyName: string | null;
  agencyAcronym: string | null;
};

/** A progress update as the plan's outline reads it: with its meeting's title and date. */
export type UpdateRow = NapProgressUpdateRow & {
  meetingTitle: string | null;
  meetingDate: string | null;
};

/** What an indicator's form and the import's draft give alike. */
export type IndicatorFields = Pick<
  NapIndicatorDraft,
  | 'name'
  | 'unit'
  | 'baselineValue'
  | 'baselineYear'
  | 'targetValue'
  | 'targetYear'
  | 'meansOfVerification'
  | 'direction'
  | 'aggregation'
>;

export function indicatorFormFields(i: IndicatorFields): IndicatorFields {
  return {
    name: i.name,
    unit: i.unit,
    baselineValue: i.baselineValue,
    baselineYear: i.baselineYear,
    targetValue: i.targetValue,
    targetYear: i.targetYear,
    meansOfVerification: i.meansOfVerification,
    direction: i.direction,
    aggregation: i.aggregation,
  };
}

/** The columns of an indicator its form gives (owner, plan and position are the caller's). */
export function indicatorColumns(
  i: IndicatorFields & { isPercentage: boolean },
): Pick<NapIndicatorRow, keyof IndicatorFields | 'isPercentage'> {
  return { ...indicatorFormFields(i), isPercentage: i.isPercentage ? 1 : 0 };
}

export function toPlan(row: NapPlanRow, periods: NapPeriod[]): NapPlan {
  return {
    id: row.id,
    title: row.title,
    adoptingAct: row.adoptingAct,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    periodKind: row.periodKind,
    periodStartMonth: row.periodStartMonth,
    periods,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toMeasurement(row: MeasurementRow): NapMeasurement {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    periodId: row.periodId,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    date: row.date,
    source: row.source,
    note: row.note,
    reportingAgency:
      row.reportingAgencyId && row.agencyName !== null
        ? { id: row.reportingAgencyId, name: row.agencyName, acronym: row.agencyAcronym ?? '' }
        : null,
    createdAt: row.createdAt,
  };
}

/** The indicator without its derived progress (the caller adds it). */
export function toIndicator(
  row: NapIndicatorRow,
  measurements: NapMeasurement[],
): Omit<NapIndicator, 'progress'> {
  return {
    id: row.id,
    level: row.activityId ? 'activity' : 'objective',
    objectiveId: row.objectiveId,
    activityId: row.activityId,
    name: row.name,
    unit: row.unit,
    baselineValue: row.baselineValue,
    baselineYear: row.baselineYear,
    targetValue: row.targetValue,
    targetYear: row.targetYear,
    meansOfVerification: row.meansOfVerification,
    direction: row.direction,
    aggregation: row.aggregation,
    isPercentage: row.isPercentage === 1,
    position: row.position,
    measurements,
  };
}
