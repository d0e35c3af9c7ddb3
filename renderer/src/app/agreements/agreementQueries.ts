/** Query keys and hooks of the register of agreements and SOPs. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput, ChannelName } from '../../../../shared/contract';
import { call } from '../../api';

export type AgreementListInput = ChannelInput<'agreements:list'>;

export const agreementKeys = {
  all: ['agreements'] as const,
  list: (input: AgreementListInput) => ['agreements', 'list', input] as const,
};

export function useAgreementList(input: AgreementListInput, enabled = true) {
  return useQuery({
    queryKey: agreementKeys.list(input),
    queryFn: () => call('agreements:list', input),
    enabled,
  });
}

type AgreementChannel = Extract<
  ChannelName,
  'agreements:create' | 'agreements:update' | 'agreements:archive'
>;

/** A change to the register (the change event refreshes the lists and "review due"). */
export function useAgreementMutation<C extends AgreementChannel>(channel: C) {
  return useMutation({ mutationFn: (input: ChannelInput<C>) => call(channel, input) });
}
