/**
 * The one way a form checks its values: the contract's own zod schema, through Mantine's
 * Standard Schema resolver. A form never restates a rule (required, longest text, date format)
 * or a limit: it maps its values to the channel's input and the contract judges that input.
 * What the contract says in English becomes the user's language here, per kind of issue:
 *
 * - an empty field the contract needs: the form's own "Enter the …" message for that field;
 * - a text longer than the contract allows: "At most N characters" (N read from the issue);
 * - a number out of range, a bad date, any other refusal: the field's own message, or a
 *   generic "This value is not valid".
 *
 * Issues on paths the form does not show are left to the core (whose refusal the form shows),
 * so a value the user cannot see never blocks the submit silently.
 */
import { schemaResolver, type FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** Messages a form gives for its fields, by dotted path (`pillars.0.name`) or first segment. */
export type FieldMessages = Partial<Record<string, string>>;

export interface ContractRules<V> {
  /** The contract's input schema (or one built from it with .pick / .extend / .refine). */
  schema: z.ZodType;
  /** The form's values as the channel would receive them; the values themselves by default. */
  toInput?: (values: V) => unknown;
  /** The fields the form shows: issues elsewhere are left to the core. */
  fields: readonly string[];
  /** Where an input path is a different field of the form (`{ 'quorum.count': 'quorumCount' }`). */
  rename?: Partial<Record<string, string>>;
  /** "Enter the …" per field, for a field the contract needs and the user left empty. */
  required?: FieldMessages;
  /** Per field, for any other refusal (a bad date, a number out of range…). */
  invalid?: FieldMessages;
  /**
   * Rules of the form alone, which no channel states (a confirmation that matches, an end not
   * before the start the form shows side by side): messages by path, null when fine.
   */
  extra?: (values: V) => Record<string, string | null | undefined>;
}

type Issue = z.core.$ZodIssue;
/** A Standard Schema (zod 4 and Mantine speak it), as Mantine's resolver takes it. */
type StandardSchema = Parameters<typeof schemaResolver>[0];
type StandardIssue = { path: PropertyKey[]; message: string };

function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = values;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

function formPath<V>(rules: ContractRules<V>, issue: Issue): string {
  const path = issue.path.map(String).join('.');
  return rules.rename?.[path] ?? path;
}

function lookup(messages: FieldMessages | undefined, path: string): string | undefined {
  if (!messages) return undefined;
  return messages[path] ?? messages[path.split('.')[0] ?? path];
}

/** The user-facing message for one issue of the contract, in the current language. */
export function issueMessage<V>(
  t: TFunction,
  rules: ContractRules<V>,
  issue: Issue,
  values: V,
): string {
  const path = formPath(rules, issue);
  const required = lookup(rules.required, path);
  if (required && isEmpty(valueAt(values, path.split('.')))) return required;
  const invalid = lookup(rules.invalid, path);
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return t('common.form.tooLong', { count: Number(issue.maximum) });
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return invalid ?? t('common.form.tooMany', { count: Number(issue.maximum) });
  }
  if (invalid) return invalid;
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) {
    return t('common.form.required');
  }
  return t('common.form.invalid');
}

/**
 * The contract's schema as a Standard Schema over the form's values whose messages are the
 * user's: what `schemaResolver` (Mantine's own) reads.
 */
export function translatedSchema<V>(t: TFunction, rules: ContractRules<V>): StandardSchema {
  const shown = (issue: Issue) => rules.fields.includes(formPath(rules, issue).split('.')[0] ?? '');
  return {
    '~standard': {
      version: 1,
      vendor: 'coordina',
      validate: (value) => {
        const values = value as V;
        const result = rules.schema.safeParse(rules.toInput ? rules.toInput(values) : values);
        const issues: StandardIssue[] = result.success
          ? []
          : result.error.issues.filter(shown).map((issue) => ({
              path: formPath(rules, issue).split('.'),
              message: issueMessage(t, rules, issue, values),
            }));
        for (const [path, message] of Object.entries(rules.extra?.(values) ?? {})) {
          if (message) issues.push({ path: path.split('.'), message });
        }
        return issues.length > 0 ? { issues } : { value: values };
      },
    },
  };
}

/** `useForm({ validate: contractRules(t, { schema, toInput, fields, required }) })`. */
export function contractRules<V>(t: TFunction, rules: ContractRules<V>) {
  const resolve = schemaResolver(translatedSchema(t, rules), { sync: true });
  return (values: V): FormErrors => resolve(values);
}

/** Unwraps optional / nullable / default / pipe layers to the schema that states the rules. */
function core(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def as { innerType?: z.core.$ZodType; in?: z.core.$ZodType };
  if (def.innerType) return core(def.innerType);
  if (def.in && schema._zod.def.type === 'pipe') return core(def.in);
  return schema;
}

/**
 * The longest text (or list) the contract accepts for a field — an input's `maxLength`, a
 * MultiSelect's `maxValues` — read from the schema so the form never copies the number.
 */
export function maxLengthOf(schema: z.core.$ZodType): number | undefined {
  const def = core(schema)._zod.def as { checks?: z.core.$ZodCheck[] };
  const limits = (def.checks ?? [])
    .map((check) => check._zod.def as { check: string; maximum?: number })
    .filter((check) => check.check === 'max_length' && typeof check.maximum === 'number')
    .map((check) => check.maximum as number);
  return limits.length > 0 ? Math.min(...limits) : undefined;
}

/** The smallest and largest number the contract accepts for a field (NumberInput's min/max). */
export function rangeOf(schema: z.core.$ZodType): { min?: number; max?: number } {
  const inner = core(schema) as { minValue?: unknown; maxValue?: unknown };
  const finite = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  return { min: finite(inner.minValue), max: finite(inner.maxValue) };
}

/** A NumberInput's value as a channel takes it: an emptied field is no number (refused), not 0. */
export const numberOf = (value: number | string): number =>
  value === '' ? Number.NaN : Number(value);

/** The shortest text the contract accepts for a field (a new passphrase's minimum, say). */
export function minLengthOf(schema: z.core.$ZodType): number | undefined {
  const def = core(schema)._zod.def as { checks?: z.core.$ZodCheck[] };
  const limits = (def.checks ?? [])
    .map((check) => check._zod.def as { check: string; minimum?: number })
    .filter((check) => check.check === 'min_length' && typeof check.minimum === 'number')
    .map((check) => check.minimum as number);
  return limits.length > 0 ? Math.max(...limits) : undefined;
}
