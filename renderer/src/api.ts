/**
 * Typed client over window.coordina: channel names, inputs and outputs are inferred from the
 * shared contract. Failures become ApiError with a code the UI translates.
 */
import type { ChannelInput, ChannelName, ChannelOutput, EventName } from '../../shared/contract';
import type { CoordinaBridge } from '../../shared/bridge';
import { isErrorCode, type ErrorCode } from '../../shared/errors';

declare global {
  interface Window {
    coordina?: CoordinaBridge;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
}

function bridge(): CoordinaBridge {
  if (!window.coordina) {
    throw new ApiError('INTERNAL', 'The Coordina bridge is not available in this window.');
  }
  return window.coordina;
}

export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const envelope = await bridge().invoke(channel, input);
  if (envelope.ok) return envelope.result as ChannelOutput<C>;
  const { code, message, details } = envelope.error;
  throw new ApiError(isErrorCode(code) ? code : 'INTERNAL', message, details);
}

export function onEvent(event: EventName, listener: (payload: unknown) => void): () => void {
  return bridge().on(event, listener);
}

export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof ApiError ? error.code : 'INTERNAL';
}
