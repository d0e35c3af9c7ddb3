/**
 * The building block of the contract: a channel is a name 'domain:verb' with a zod schema
 * for its input and one for its output. Handler maps and clients are typed from these.
 */
import type { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** True when the channel changes stored data (used by the audit log and tests). */
  mutates: boolean;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  options: { mutates: boolean },
): ChannelSpec<I, O> {
  return { input, output, mutates: options.mutates };
}

export type ContractSlice = Record<`${string}:${string}`, ChannelSpec>;
