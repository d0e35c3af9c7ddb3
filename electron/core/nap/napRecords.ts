/**
 * Indicators (on an objective or an activity) and what is recorded against the plan over
 * time: measurements per reporting period and progress updates of activities — both only
 * ever appended, so the history stays.
 */
import type { z } from 'zod';
import type {
  napAddMeasurementSchema,
  napAddProgressUpdateSchema,
  napUpsertIndicatorSchema,
} from '../../../shared/contract/nap';
import { NAP_STATUSES_WITH_REASON } from '../../../shared/domain/nap';
import { DomainError } from '../../../shared/errors';
import { newId, one, type WritableDB, type ReadableDB } from '../db/sql';
import { indicatorFields } from './export/buildNapMatrixXlsx';
import { placeNode } from './napPositions';
import { planOfNode } from './napTree';

type IndicatorInput = z.output<typeof napUpsertIndicatorSchema>;
type MeasurementInput = z.output<typeof napAddMeasurementSchema>;
type ProgressInput = z.output<typeof napAddProgressUpdateSchema>;

export async function upsertIndicator(db: WritableDB, input: IndicatorInput): Promise<string> {
  const owner = input.activityId
    ? { kind: 'activity' as const, id: input.activityId, column: 'activity_id' }
    : { kind: 'objective' as const, id: input.objectiveId!, column: 'objective_id' };
  const planId = await planOfNode(db, owner.kind, owner.id);
  if (input.id && (await planOfNode(db, 'indicator', input.id)) !== planId) {
    throw new DomainError('VALIDATION', 'An indicator stays in its plan.', { field: 'id' });
  }
  const values = [
    input.objectiveId ?? null,
    input.activityId ?? null,
    ...indicatorFields(input),
    input.isPercentage ? 1 : 0,
  ];
  let id = input.id;
  if (id) {
    await db.query(
      `UPDATE nap_indicators SET objective_id = ?, activity_id = ?, name = ?, unit = ?,
         baseline_value = ?, baseline_year = ?, target_value = ?, target_year = ?,
         means_of_verification = ?, direction = ?, aggregation = ?, is_percentage = ?
       WHERE id = ?`,
      [...values, id],
    );
  } else {
    id = newId();
    await db.query(
      `INSERT INTO nap_indicators (objective_id, activity_id, name, unit, baseline_value,
         baseline_year, target_value, target_year, means_of_verification, direction, aggregation,
         is_percentage, id, plan_id, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1000000)`,
      [...values, id, planId],
    );
  }
  await placeNode(
    db,
    { table: 'nap_indicators', parentColumn: owner.column, parentId: owner.id },
    id,
    input.position,
  );
  return id;
}

async function assertPeriod(db: ReadableDB, planId: string, periodId: string): Promise<void> {
  const period = await one<{ plan_id: string }>(
    db,
    'SELECT plan_id FROM nap_periods WHERE id = ?',
    [periodId],
  );
  if (!period) throw new DomainError('NOT_FOUND', 'There is no such period.', { id: periodId });
  if (period.plan_id !== planId) {
    throw new DomainError('VALIDATION', 'The period is not one of this plan.', {
      field: 'periodId',
    });
  }
}

export async function addMeasurement(
  db: WritableDB,
  input: MeasurementInput,
  stamp: { at: string; today: string },
): Promise<void> {
  const planId = await planOfNode(db, 'indicator', input.indicatorId);
  await assertPeriod(db, planId, input.periodId);
  const indicator = (await one<{ is_percentage: number }>(
    db,
    'SELECT is_percentage FROM nap_indicators WHERE id = ?',
    [input.indicatorId],
  ))!;
  const numerator = input.numerator ?? null;
  const denominator = input.denominator ?? null;
  let value = input.value ?? null;
  if ((numerator === null) !== (denominator === null)) {
    throw new DomainError('VALIDATION', 'Give both the numerator and the denominator.', {
      field: numerator === null ? 'numerator' : 'denominator',
    });
  }
  if (denominator !== null) {
    if (denominator <= 0) {
      throw new DomainError('VALIDATION', 'The denominator must be more than 0.', {
        field: 'denominator',
      });
    }
    value = (numerator! / denominator) * 100;
  } else if (indicator.is_percentage && value !== null && (value < 0 || value > 100)) {
    throw new DomainError('VALIDATION', 'A percentage lies between 0 and 100.', {
      field: 'value',
    });
  }
  if (value === null) {
    throw new DomainError('VALIDATION', 'Give a value, or a numerator and a denominator.', {
      field: 'value',
    });
  }
  const date = input.date ?? stamp.today;
  if (date > stamp.today) {
    throw new DomainError('VALIDATION', 'A measurement cannot be dated in the future.', {
      field: 'date',
    });
  }
  if (input.reportingAgencyId) {
    const agency = await one(db, 'SELECT id FROM agencies WHERE id = ?', [input.reportingAgencyId]);
    if (!agency) {
      throw new DomainError('NOT_FOUND', 'There is no such agency.', {
        field: 'reportingAgencyId',
      });
    }
  }
  await db.query(
    `INSERT INTO nap_measurements (id, indicator_id, period_id, value, numerator, denominator,
       date, source, note, reporting_agency_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      newId(),
      input.indicatorId,
      input.periodId,
      value,
      numerator,
      denominator,
      date,
      input.source,
      input.note,
      input.reportingAgencyId,
      stamp.at,
    ],
  );
}

export async function addProgressUpdate(
  db: WritableDB,
  input: ProgressInput,
  at: string,
): Promise<void> {
  const planId = await planOfNode(db, 'activity', input.activityId);
  await assertPeriod(db, planId, input.periodId);
  if (NAP_STATUSES_WITH_REASON.includes(input.status) && !input.statusReason) {
    throw new DomainError('VALIDATION', 'Say why the activity is at risk or delayed.', {
      field: 'statusReason',
    });
  }
  if (input.meetingId) {
    const meeting = await one<{ status: string }>(db, 'SELECT status FROM meetings WHERE id = ?', [
      input.meetingId,
    ]);
    if (!meeting) {
      throw new DomainError('NOT_FOUND', 'There is no such meeting.', { field: 'meetingId' });
    }
    if (meeting.status === 'minutes_approved') {
      throw new DomainError('LOCKED_RECORD', 'The minutes of that meeting are approved.', {
        field: 'meetingId',
      });
    }
  }
  await db.query(
    `INSERT INTO nap_progress_updates (id, activity_id, period_id, status, status_reason,
       narrative, meeting_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      newId(),
      input.activityId,
      input.periodId,
      input.status,
      input.statusReason,
      input.narrative,
      input.meetingId,
      at,
    ],
  );
  await db.query(
    'UPDATE nap_activities SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?',
    [input.status, input.statusReason, at, input.activityId],
  );
}
