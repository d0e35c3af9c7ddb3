/** Types that tie handler maps to the contract: a channel without a handler does not compile. */
import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/contract';

export type Handler<C extends ChannelName> = (
  input: ParsedInput<C>,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

export type HandlerSlice<K extends ChannelName> = { [C in K]: Handler<C> };

export type HandlerMap = HandlerSlice<ChannelName>;
