/**
 * Query hooks of the cases discussed at a meeting: the cases on its restricted item, putting
 * cases on it, recording a discussion entry and an agreed action for a case.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import { call } from '../../api';

export const caseMeetingKeys = {
  all: ['cases'] as const,
  meeting: (id: string) => ['cases', 'meeting', id] as const,
  options: ['cases', 'options'] as const,
};

export function useMeetingCases(meetingId: string) {
  return useQuery({
    queryKey: caseMeetingKeys.meeting(meetingId),
    queryFn: () => call('cases:meetingCases', { meetingId }),
  });
}

/** Every case as "code — stage" options (the newest 500). */
export function useCaseOptions() {
  return useQuery({
    queryKey: caseMeetingKeys.options,
    queryFn: () => call('cases:list', { limit: 500 }),
  });
}

/** A change to the cases of a meeting (the change event refreshes cases, meeting, actions). */
function useCaseMeetingMutation<T>(fn: (input: T) => Promise<unknown>) {
  return useMutation({ mutationFn: fn });
}

export function useSetMeetingCases() {
  return useCaseMeetingMutation((input: ChannelInput<'cases:setMeetingCases'>) =>
    call('cases:setMeetingCases', input),
  );
}

export function useAddCaseDiscussion() {
  return useCaseMeetingMutation((input: ChannelInput<'cases:addDiscussion'>) =>
    call('cases:addDiscussion', input),
  );
}

export function useAddCaseAction() {
  return useCaseMeetingMutation((input: ChannelInput<'actions:create'>) =>
    call('actions:create', input),
  );
}
