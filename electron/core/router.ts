/**
 * Channel → handler dispatch for every host (Electron IPC, browser host, tests). Validates the
 * input against the contract, validates the output (only plain DTOs leave the core) and turns
 * failures into { code, message, details } — never a stack trace, never the input's content.
 * Calls run concurrently: the workspace serialises use of its database connection itself
 * (see db/gate.ts), so a document building on the worker never holds up a status or a list.
 */
import type { z } from 'zod';
import { contract, isChannelName, type ChannelName } from '../../shared/contract';
import { DomainError, type AppErrorPayload, type RpcEnvelope } from '../../shared/errors';
import { runInCall } from './callContext';
import { storageErrorToDomain } from './db/storageErrors';
import type { HandlerMap } from './handlers';

export interface Router {
  dispatch(channel: string, input: unknown): Promise<RpcEnvelope<unknown>>;
  readonly channels: readonly ChannelName[];
}

export interface RouterOptions {
  /** Called for unexpected errors with the channel and the error (no input). */
  onInternalError?: (channel: string, error: unknown) => void;
}

function failure(error: AppErrorPayload): RpcEnvelope<never> {
  return { ok: false, error };
}

/** Where each issue is and what it says, without echoing the offending value. */
function describeIssues(
  issues: z.core.$ZodIssue[],
): { path: string; code: string; message: string }[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    message: issue.message,
  }));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Drops keys whose value is undefined, at any depth. Electron's IPC (structured clone) keeps
 * them, and the schema accepts them for optional fields; to every handler they mean
 * "not given" — a patch `{ name: undefined }` leaves the name unchanged.
 */
export function withoutUndefinedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => withoutUndefinedKeys(v)) as T;
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== undefined) {
      Object.defineProperty(out, key, {
        value: withoutUndefinedKeys(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out as T;
}

/** No issues to describe: the schema itself threw on the value. */
const UNPARSEABLE = { issues: [] as z.core.$ZodIssue[] };

/**
 * safeParse that never throws: zod's length checks run on any value with a `length` key, and
 * comparing one that cannot become a primitive (a null-prototype object, e.g.
 * `{ profiles: { length: Object.create(null) } }`) throws a TypeError. Such input is invalid.
 */
function safeParseInput(
  schema: z.ZodType,
  input: unknown,
): { success: true; data: unknown } | { success: false; error: { issues: z.core.$ZodIssue[] } } {
  try {
    return schema.safeParse(input);
  } catch {
    return { success: false, error: UNPARSEABLE };
  }
}

export function createRouter(handlers: HandlerMap, options: RouterOptions = {}): Router {
  async function run(channel: ChannelName, input: unknown): Promise<RpcEnvelope<unknown>> {
    const spec = contract[channel];
    const parsed = safeParseInput(spec.input, input);
    if (!parsed.success) {
      return failure({
        code: 'VALIDATION',
        message: 'The input is not valid for this request.',
        details: { issues: describeIssues(parsed.error.issues) },
      });
    }
    const data = withoutUndefinedKeys(parsed.data);
    try {
      const handler = handlers[channel] as (i: unknown) => unknown;
      const result = await runInCall({ channel, input: data }, async () => handler(data));
      return { ok: true, result: spec.output.parse(result) };
    } catch (error) {
      if (error instanceof DomainError) return failure(error.toPayload());
      const storage = storageErrorToDomain(error); // a full disk or failing drive says so
      if (storage instanceof DomainError) return failure(storage.toPayload());
      options.onInternalError?.(channel, error);
      return failure({ code: 'INTERNAL', message: 'An unexpected error occurred.' });
    }
  }

  return {
    channels: Object.keys(contract) as ChannelName[],
    dispatch(channel, input) {
      if (!isChannelName(channel)) {
        return Promise.resolve(
          failure({ code: 'UNKNOWN_CHANNEL', message: 'There is no such channel.' }),
        );
      }
      return run(channel, input);
    },
  };
}
