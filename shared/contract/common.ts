/** Schemas reused across domains: ids, dates, short and long text. */
import { z } from 'zod';

export const idSchema = z.uuid();
/** A calendar date without time. */
export const dateSchema = z.iso.date();
export const isoDateTimeSchema = z.string();
export const shortText = (max = 200) => z.string().trim().max(max);
export const requiredText = (max = 200) => z.string().trim().min(1).max(max);
export const longText = (max = 20_000) => z.string().max(max);
/** ISO 3166-1 alpha-2, upper-cased; empty when not applicable. */
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2})?$/, 'country must be an ISO 3166-1 alpha-2 code');
export const byIdSchema = z.object({ id: idSchema }).strict();
