/**
 * Error codes that cross the process boundary. The UI translates codes (errors.<CODE>),
 * never raw messages or stack traces.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'INTERNAL',
  'NO_WORKSPACE',
  'WRONG_PASSPHRASE',
  'WEAK_PASSPHRASE',
  'PASSPHRASE_MISMATCH',
  'NOT_A_WORKSPACE',
  'WORKSPACE_TOO_NEW',
  'FILE_MISSING',
  'FILE_READ_ONLY',
  'FILE_EXISTS',
  /** A path names a file (or a device) where a folder is needed. */
  'NOT_A_FOLDER',
  'WORKSPACE_IN_USE',
  'WORKSPACE_DAMAGED',
  'NOT_FOUND',
  'DUPLICATE',
  'REFERENCED',
  'PII_DETECTED',
  'LOCKED_RECORD',
  /** The disk (or quota) is full: the change was not saved. */
  'DISK_FULL',
  /** The drive failed to read or write (I/O error, busy file): the change was not saved. */
  'FILE_IO',
  /** The host is answering as many requests as it takes at once: try again shortly. */
  'BUSY',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The serialisable shape of an error as it crosses IPC / HTTP. */
export interface AppErrorPayload {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** Thrown by the core for expected failures; the router turns it into an AppErrorPayload. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }

  toPayload(): AppErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** The envelope every transport (IPC, HTTP) returns for a call. */
export type RpcEnvelope<T> = { ok: true; result: T } | { ok: false; error: AppErrorPayload };
