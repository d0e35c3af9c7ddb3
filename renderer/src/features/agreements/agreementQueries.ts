/** Query keys and hooks of the register of agreements and SOPs. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

/** A change to the register: refreshes the lists and the dashboard ("review due"). */
export function useAgreementMutation<C extends AgreementChannel>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: agreementKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
