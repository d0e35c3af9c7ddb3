/** Schemas reused across domains: ids, dates, short and long text, file-system paths. */
import { z } from 'zod';

export const idSchema = z.uuid();
/** A calendar date without time. */
export const dateSchema = z.iso.date();
export const isoDateTimeSchema = z.string();

/**
 * Text must be well-formed UTF-16: a lone surrogate (e.g. '\uD800') cannot be stored as UTF-8
 * and would come back altered (as U+FFFD), so it is refused rather than silently changed.
 */
export const WELL_FORMED = 'text must not contain unpaired surrogate characters';
const LONE_SURROGATE = /\p{Cs}/u;
export const wellFormed = (value: string) => !LONE_SURROGATE.test(value);

export const shortText = (max = 200) => z.string().trim().max(max).refine(wellFormed, WELL_FORMED);
/**
 * SQLite's length() stops at the first NUL, so a required text that begins with one would read
 * as empty to the database's checks (and fail them as an internal error): it is refused here.
 */
export const NUL_FIRST = 'text must not begin with a NUL character';
export const requiredText = (max = 200) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(wellFormed, WELL_FORMED)
    .refine((value) => !value.startsWith('\0'), NUL_FIRST);
export const longText = (max = 20_000) => z.string().max(max).refine(wellFormed, WELL_FORMED);

/** The longest name of one file or folder most file systems allow, in UTF-8 bytes. */
export const MAX_PATH_PART_BYTES = 255;
const utf8 = new TextEncoder();

/** The rules every file-system path follows, whatever else its field asks. */
const pathRules = (schema: z.ZodString) =>
  schema
    .refine((p) => !p.includes('\0'), 'a path cannot contain a NUL character')
    .refine(wellFormed, WELL_FORMED)
    .refine(
      (p) => p.split(/[\\/]/).every((part) => utf8.encode(part).length <= MAX_PATH_PART_BYTES),
      `a file or folder name cannot be longer than ${MAX_PATH_PART_BYTES} bytes`,
    );

/**
 * A file-system path as typed (not yet resolved): no NUL (the OS would cut the path there),
 * no part longer than a file system allows, well-formed text. Whether it must be absolute is
 * decided by the core, which knows the platform it runs on.
 */
export const pathText = (max = 4096) => pathRules(z.string().trim().min(1).max(max));
/** A path that may be left empty ('' = a default the core chooses). */
export const optionalPathText = (max = 4096) => pathRules(z.string().trim().max(max));

/** ISO 3166-1 alpha-2, upper-cased; empty when not applicable. */
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2})?$/, 'country must be an ISO 3166-1 alpha-2 code');
export const byIdSchema = z.object({ id: idSchema }).strict();
