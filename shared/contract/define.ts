/**
 * The building block of the contract: a channel is a name 'domain:verb' with a zod schema
 * for its input and one for its output. Handler maps and clients are typed from these.
 */
import type { z } from 'zod';

export interface ChannelSpec<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  M extends boolean = boolean,
> {
  input: I;
  output: O;
  /**
   * True when the channel changes stored data (used by the audit log, the change events and
   * tests). Kept as the literal type, so that `changes.ts` must name every mutating channel.
   */
  mutates: M;
}

export function channel<I extends z.ZodType, O extends z.ZodType, M extends boolean>(
  input: I,
  output: O,
  options: { mutates: M },
): ChannelSpec<I, O, M> {
  return { input, output, mutates: options.mutates };
}

export type ContractSlice = Record<`${string}:${string}`, ChannelSpec>;
