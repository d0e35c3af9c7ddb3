/** Finds which form fields a VALIDATION error from the core points at, so forms can flag them. */
import { dateSchema } from '../../../shared/contract/common';
import { ApiError } from '../api';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Fields named by `{ field }` or zod-style `{ issues: [{ path }] }` details, limited to `known`. */
export function invalidFields<F extends string>(error: unknown, known: readonly F[]): F[] {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION' || !isRecord(error.details)) {
    return [];
  }
  const isKnown = (value: unknown): value is F =>
    typeof value === 'string' && (known as readonly string[]).includes(value);
  const found = new Set<F>();
  const { field, issues } = error.details;
  if (isKnown(field)) found.add(field);
  if (Array.isArray(issues)) {
    for (const issue of issues) {
      if (!isRecord(issue) || !Array.isArray(issue.path)) continue;
      const hit = [...issue.path].reverse().find(isKnown);
      if (hit) found.add(hit);
    }
  }
  return [...found];
}

/** A day (YYYY-MM-DD, a real date) as the contract's dateSchema accepts one. */
export const isDay = (value: string): boolean => dateSchema.safeParse(value).success;
