/**
 * Query keys and hooks of meetings. Every meeting mutation returns the whole meeting, which
 * replaces the cached detail; lists and the decision register are refreshed after it.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../../shared/contract';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import type { Language } from '../../../../shared/domain/languages';
import { call } from '../../api';

export type MeetingListFilter = ChannelInput<'meetings:list'>;

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (filter: MeetingListFilter) => ['meetings', 'list', filter] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
  templates: (language: Language) => ['meetings', 'templates', language] as const,
};

export const decisionKeys = {
  all: ['decisions'] as const,
  list: (filter: ChannelInput<'decisions:list'>) => ['decisions', 'list', filter] as const,
};

export function useMeetingList(filter: MeetingListFilter) {
  return useQuery({
    queryKey: meetingKeys.list(filter),
    queryFn: () => call('meetings:list', filter),
    placeholderData: keepPreviousData,
  });
}

export function useMeetingDetail(id: string) {
  return useQuery({
    queryKey: meetingKeys.detail(id),
    queryFn: () => call('meetings:get', { id }),
  });
}

export function useTemplates(language: Language) {
  return useQuery({
    queryKey: meetingKeys.templates(language),
    queryFn: () => call('agenda:listTemplates', { language }),
  });
}

type MeetingChannel = {
  [C in ChannelName]: ChannelOutput<C> extends MeetingDetail ? C : never;
}[ChannelName];

/**
 * A mutation on a channel that answers with the whole meeting: the cache takes the answer at
 * once; the core's change event then refreshes lists, decisions and (for a status change
 * that carries actions over) the actions.
 */
export function useMeetingMutation<C extends MeetingChannel>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: (output) => {
      const meeting = output as MeetingDetail;
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
    },
  });
}
