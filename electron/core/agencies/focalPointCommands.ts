/**
 * Focal points: people change often and the history matters, so a replacement ends the
 * previous person's term (kept, linked by replaced_by_id) instead of overwriting them.
 * An agency has at most one primary focal point in post at a time.
 */
import type { z } from 'zod';
import type {
  FocalPoint,
  focalPointInputSchema,
  focalPointPatchSchema,
} from '../../../shared/contract/agencies';
import { DomainError } from '../../../shared/errors';
import { IsNull, LessThan, MoreThan, Or, type FindOptionsWhere } from 'typeorm';
import { FocalPointEntity, type FocalPointRow } from '../db/entities/agencies';
import { insertRows, newId, rows, type ReadableDB, type WritableDB } from '../db/sql';
import { FOCAL_POINT_COLUMNS, toFocalPoint } from './agencyRows';
import { findAgency } from './agencyQueries';
import { normalisePhone } from './contactValidation';

export type FocalPointCreate = z.output<typeof focalPointInputSchema> & { replacesId?: string };
export type FocalPointPatch = z.output<typeof focalPointPatchSchema>;

export interface FocalPointContext {
  now: string;
  today: string;
  /** Workspace country, for national phone numbers. */
  country: string;
}

async function findRow(db: ReadableDB, id: string): Promise<FocalPointRow> {
  const row = await db.getRepository(FocalPointEntity).findOneBy({ id });
  if (!row) throw new DomainError('NOT_FOUND', 'This focal point does not exist.', { id });
  return row;
}

function assertDateOrder(startDate: string | null, endDate: string | null): void {
  if (startDate && endDate && endDate < startDate) {
    throw new DomainError('VALIDATION', 'The end date is before the start date.', {
      field: 'endDate',
    });
  }
}

/**
 * Refuses a primary term [startDate, endDate) that overlaps another primary's term of the same
 * agency (open ends count as for ever). `exceptIds`: rows whose term is being cut by this change.
 */
async function assertSinglePrimary(
  db: ReadableDB,
  agencyId: string,
  term: { startDate: string | null; endDate: string | null },
  exceptIds: string[],
): Promise<void> {
  // Open ends overlap everything: a bound applies only when the term has that end.
  const where: FindOptionsWhere<FocalPointRow> = { agencyId, role: 'primary' };
  if (term.endDate !== null) where.startDate = Or(IsNull(), LessThan(term.endDate));
  if (term.startDate !== null) where.endDate = Or(IsNull(), MoreThan(term.startDate));
  const others = await db
    .getRepository(FocalPointEntity)
    .find({ select: { id: true, name: true }, where });
  const other = others.find((p) => !exceptIds.includes(p.id));
  if (other) {
    throw new DomainError(
      'VALIDATION',
      `${other.name} is the primary focal point for part of that period: replace them, or add an alternate.`,
      { field: 'role', currentPrimaryId: other.id },
    );
  }
}

export async function createFocalPoint(
  db: WritableDB,
  input: FocalPointCreate,
  ctx: FocalPointContext,
): Promise<FocalPoint> {
  const agency = await findAgency(db, input.agencyId);
  if (agency.archived) {
    throw new DomainError(
      'VALIDATION',
      'This agency is archived: restore it before adding focal points.',
      {
        field: 'agencyId',
      },
    );
  }
  const startDate = input.startDate ?? ctx.today;
  const endDate = input.endDate ?? null;
  assertDateOrder(startDate, endDate);
  const role = input.role ?? 'primary';
  const phone = normalisePhone(input.phone ?? '', ctx.country);
  const id = newId();

  if (input.replacesId) {
    const replaced = await findRow(db, input.replacesId);
    if (replaced.agencyId !== input.agencyId) {
      throw new DomainError(
        'VALIDATION',
        'A focal point can only replace one of the same agency.',
        {
          field: 'replacesId',
        },
      );
    }
    if (replaced.replacedById !== null) {
      throw new DomainError('VALIDATION', 'This focal point has already been replaced.', {
        field: 'replacesId',
      });
    }
    if (replaced.endDate !== null && replaced.endDate <= startDate) {
      throw new DomainError(
        'VALIDATION',
        'The focal point to replace had already left on that date.',
        {
          field: 'replacesId',
        },
      );
    }
    if (replaced.startDate && startDate < replaced.startDate) {
      throw new DomainError(
        'VALIDATION',
        'The replacement cannot start before the person it replaces.',
        {
          field: 'startDate',
        },
      );
    }
  }
  if (role === 'primary') {
    await assertSinglePrimary(
      db,
      input.agencyId,
      { startDate, endDate },
      input.replacesId ? [input.replacesId] : [],
    );
  }
  await insertRows(db, FocalPointEntity, {
    id,
    agencyId: input.agencyId,
    name: input.name,
    title: input.title ?? '',
    email: input.email ?? '',
    phone,
    role,
    languages: JSON.stringify([...new Set(input.languages ?? [])]),
    startDate,
    endDate,
    replacedById: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  if (input.replacesId) {
    await db
      .getRepository(FocalPointEntity)
      .update(
        { id: input.replacesId },
        { endDate: startDate, replacedById: id, updatedAt: ctx.now },
      );
  }
  return toFocalPoint(await findRow(db, id), ctx.today);
}

export async function updateFocalPoint(
  db: WritableDB,
  id: string,
  patch: FocalPointPatch,
  ctx: FocalPointContext,
): Promise<FocalPoint> {
  const row = await findRow(db, id);
  const next = {
    name: patch.name ?? row.name,
    title: patch.title ?? row.title,
    email: patch.email ?? row.email,
    phone: patch.phone !== undefined ? normalisePhone(patch.phone, ctx.country) : row.phone,
    role: patch.role ?? row.role,
    languages: patch.languages ? JSON.stringify([...new Set(patch.languages)]) : row.languages,
    startDate: patch.startDate !== undefined ? patch.startDate : row.startDate,
    endDate: patch.endDate !== undefined ? patch.endDate : row.endDate,
  };
  assertDateOrder(next.startDate, next.endDate);
  if (row.replacedById !== null && next.endDate !== row.endDate) {
    throw new DomainError(
      'VALIDATION',
      'This focal point was replaced: their term ends when the replacement starts.',
      {
        field: 'endDate',
      },
    );
  }
  if (next.role === 'primary') {
    await assertSinglePrimary(
      db,
      row.agencyId,
      { startDate: next.startDate, endDate: next.endDate },
      [id],
    );
  }
  await db.getRepository(FocalPointEntity).update({ id }, { ...next, updatedAt: ctx.now });
  return toFocalPoint(await findRow(db, id), ctx.today);
}

export async function endFocalPoint(
  db: WritableDB,
  id: string,
  endDate: string,
  ctx: FocalPointContext,
): Promise<FocalPoint> {
  const row = await findRow(db, id);
  if (row.replacedById !== null) {
    throw new DomainError(
      'VALIDATION',
      'This focal point was replaced: their term ends when the replacement starts.',
      {
        field: 'endDate',
      },
    );
  }
  assertDateOrder(row.startDate, endDate);
  if (row.role === 'primary') {
    await assertSinglePrimary(db, row.agencyId, { startDate: row.startDate, endDate }, [id]);
  }
  await db.getRepository(FocalPointEntity).update({ id }, { endDate, updatedAt: ctx.now });
  return toFocalPoint(await findRow(db, id), ctx.today);
}

/** A row of the focal point list: the focal point and its agency's name. */
export type FocalPointListRow = FocalPointRow & { agency_name: string };

/** Hot query (focalPoints:list): focal points (in post on a date, or all) by agency name. */
export async function listFocalPoints(
  db: ReadableDB,
  input: { agencyId?: string; asOf?: string; includeEnded: boolean },
  today: string,
) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.agencyId) {
    where.push('f.agency_id = ?');
    params.push(input.agencyId);
  }
  if (!input.includeEnded) {
    const on = input.asOf ?? today;
    where.push(
      '(f.start_date IS NULL OR f.start_date <= ?) AND (f.end_date IS NULL OR f.end_date > ?)',
    );
    params.push(on, on);
  }
  const result = await rows<FocalPointListRow>(
    db,
    `SELECT ${FOCAL_POINT_COLUMNS}, a.name AS agency_name FROM focal_points f JOIN agencies a ON a.id = f.agency_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY a.name_key, f.role = 'alternate', f.start_date DESC, f.name`,
    params,
  );
  return { items: result.map((r) => ({ ...toFocalPoint(r, today), agencyName: r.agency_name })) };
}
