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
import { newId, one, rows, type ReadableDB, type WritableDB } from '../db/sql';
import { toFocalPoint, type FocalPointRow } from './agencyRows';
import { findAgencyRow } from './agencyQueries';
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
  const row = await one<FocalPointRow>(db, 'SELECT * FROM focal_points WHERE id = ?', [id]);
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
  const others = await rows<{ id: string; name: string }>(
    db,
    `SELECT id, name FROM focal_points
     WHERE agency_id = ? AND role = 'primary'
       AND (start_date IS NULL OR ? IS NULL OR start_date < ?)
       AND (end_date IS NULL OR ? IS NULL OR end_date > ?)`,
    [agencyId, term.endDate, term.endDate, term.startDate, term.startDate],
  );
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
  const agency = await findAgencyRow(db, input.agencyId);
  if (agency.archived_at) {
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
    if (replaced.agency_id !== input.agencyId) {
      throw new DomainError(
        'VALIDATION',
        'A focal point can only replace one of the same agency.',
        {
          field: 'replacesId',
        },
      );
    }
    if (replaced.replaced_by_id !== null) {
      throw new DomainError('VALIDATION', 'This focal point has already been replaced.', {
        field: 'replacesId',
      });
    }
    if (replaced.end_date !== null && replaced.end_date <= startDate) {
      throw new DomainError(
        'VALIDATION',
        'The focal point to replace had already left on that date.',
        {
          field: 'replacesId',
        },
      );
    }
    if (replaced.start_date && startDate < replaced.start_date) {
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
  await db.query(
    `INSERT INTO focal_points (id, agency_id, name, title, email, phone, role, languages,
       start_date, end_date, replaced_by_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    [
      id,
      input.agencyId,
      input.name,
      input.title ?? '',
      input.email ?? '',
      phone,
      role,
      JSON.stringify([...new Set(input.languages ?? [])]),
      startDate,
      endDate,
      ctx.now,
      ctx.now,
    ],
  );
  if (input.replacesId) {
    await db.query(
      'UPDATE focal_points SET end_date = ?, replaced_by_id = ?, updated_at = ? WHERE id = ?',
      [startDate, id, ctx.now, input.replacesId],
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
    startDate: patch.startDate !== undefined ? patch.startDate : row.start_date,
    endDate: patch.endDate !== undefined ? patch.endDate : row.end_date,
  };
  assertDateOrder(next.startDate, next.endDate);
  if (row.replaced_by_id !== null && next.endDate !== row.end_date) {
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
      row.agency_id,
      { startDate: next.startDate, endDate: next.endDate },
      [id],
    );
  }
  await db.query(
    `UPDATE focal_points SET name = ?, title = ?, email = ?, phone = ?, role = ?, languages = ?,
       start_date = ?, end_date = ?, updated_at = ? WHERE id = ?`,
    [
      next.name,
      next.title,
      next.email,
      next.phone,
      next.role,
      next.languages,
      next.startDate,
      next.endDate,
      ctx.now,
      id,
    ],
  );
  return toFocalPoint(await findRow(db, id), ctx.today);
}

export async function endFocalPoint(
  db: WritableDB,
  id: string,
  endDate: string,
  ctx: FocalPointContext,
): Promise<FocalPoint> {
  const row = await findRow(db, id);
  if (row.replaced_by_id !== null) {
    throw new DomainError(
      'VALIDATION',
      'This focal point was replaced: their term ends when the replacement starts.',
      {
        field: 'endDate',
      },
    );
  }
  assertDateOrder(row.start_date, endDate);
  if (row.role === 'primary') {
    await assertSinglePrimary(db, row.agency_id, { startDate: row.start_date, endDate }, [id]);
  }
  await db.query('UPDATE focal_points SET end_date = ?, updated_at = ? WHERE id = ?', [
    endDate,
    ctx.now,
    id,
  ]);
  return toFocalPoint(await findRow(db, id), ctx.today);
}

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
  const result = await rows<FocalPointRow & { agency_name: string }>(
    db,
    `SELECT f.*, a.name AS agency_name FROM focal_points f JOIN agencies a ON a.id = f.agency_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY a.name_key, f.role = 'alternate', f.start_date DESC, f.name`,
    params,
  );
  return { items: result.map((r) => ({ ...toFocalPoint(r, today), agencyName: r.agency_name })) };
}
