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
import { AgencyEntity } from '../db/entities/agencies';
import { MeetingEntity } from '../db/entities/meetings';
import { NapActivityEntity, NapPeriodEntity } from '../db/entities/nap';
import {
  NapIndicatorEntity,
  NapMeasurementEntity,
  NapProgressUpdateEntity,
} from '../db/entities/napMeasurements';
import { insertRows, newId, type WritableDB, type ReadableDB } from '../db/sql';
import { indicatorColumns } from './napPlanRows';
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
  const values = {
    objectiveId: input.objectiveId ?? null,
    activityId: input.activityId ?? null,
    ...indicatorColumns(input),
  };
  let id = input.id;
  if (id) {
    await db.getRepository(NapIndicatorEntity).update({ id }, values);
  } else {
    id = newId();
    await insertRows(db, NapIndicatorEntity, { ...values, id, planId, position: 1_000_000 });
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
  const period = await db
    .getRepository(NapPeriodEntity)
    .findOne({ select: { planId: true }, where: { id: periodId } });
  if (!period) throw new DomainError('NOT_FOUND', 'There is no such period.', { id: periodId });
  if (period.planId !== planId) {
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
  const indicator = (await db
    .getRepository(NapIndicatorEntity)
    .findOne({ select: { isPercentage: true }, where: { id: input.indicatorId } }))!;
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
  } else if (indicator.isPercentage && value !== null && (value < 0 || value > 100)) {
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
    const agency = await db.getRepository(AgencyEntity).existsBy({ id: input.reportingAgencyId });
    if (!agency) {
      throw new DomainError('NOT_FOUND', 'There is no such agency.', {
        field: 'reportingAgencyId',
      });
    }
  }
  await insertRows(db, NapMeasurementEntity, {
    id: newId(),
    indicatorId: input.indicatorId,
    periodId: input.periodId,
    value,
    numerator,
    denominator,
    date,
    source: input.source,
    note: input.note,
    reportingAgencyId: input.reportingAgencyId,
    createdAt: stamp.at,
  });
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
    const meeting = await db
      .getRepository(MeetingEntity)
      .findOne({ select: { status: true }, where: { id: input.meetingId } });
    if (!meeting) {
      throw new DomainError('NOT_FOUND', 'There is no such meeting.', { field: 'meetingId' });
    }
    if (meeting.status === 'minutes_approved') {
      throw new DomainError('LOCKED_RECORD', 'The minutes of that meeting are approved.', {
        field: 'meetingId',
      });
    }
  }
  await insertRows(db, NapProgressUpdateEntity, {
    id: newId(),
    activityId: input.activityId,
    periodId: input.periodId,
    status: input.status,
    statusReason: input.statusReason,
    narrative: input.narrative,
    meetingId: input.meetingId,
    createdAt: at,
  });
  await db
    .getRepository(NapActivityEntity)
    .update(
      { id: input.activityId },
      { status: input.status, statusReason: input.statusReason, updatedAt: at },
    );
}
