/**
 * Query hooks of the NAP links: the activities an action can serve (picker options), an
 * activity's linked actions and meetings, a meeting's NAP progress review, and recording a
 * progress update at a meeting.
 */
import { useMutation, useQueries, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import { call } from '../../api';

export const napLinkKeys = {
  plans: ['nap', 'plans'] as const,
  plan: (id: string) => ['nap', 'plan', id] as const,
  activity: (id: string) => ['nap', 'activityLinks', id] as const,
  meeting: (id: string) => ['nap', 'meetingProgress', id] as const,
};

/** The draft and active plans, each with its whole tree (one query per plan). */
export function useOpenNapPlans() {
  const plans = useQuery({ queryKey: napLinkKeys.plans, queryFn: () => call('nap:listPlans', {}) });
  const open = (plans.data?.items ?? []).filter((p) => p.status !== 'closed');
  return useQueries({
    queries: open.map((p) => ({
      queryKey: napLinkKeys.plan(p.id),
      queryFn: () => call('nap:getPlan', { id: p.id }),
    })),
  });
}

/** "P1.2.3 — text" options of every activity of the draft and active plans, grouped by plan. */
export function useNapActivityOptions() {
  const details = useOpenNapPlans();
  return details.flatMap((d) =>
    d.data
      ? [
          {
            group: d.data.title,
            items: d.data.pillars.flatMap((p) =>
              p.objectives.flatMap((o) =>
                o.activities.map((a) => ({ value: a.id, label: `${a.code} — ${a.text}` })),
              ),
            ),
          },
        ]
      : [],
  );
}

export function useActivityLinks(activityId: string) {
  return useQuery({
    queryKey: napLinkKeys.activity(activityId),
    queryFn: () => call('nap:activityLinks', { activityId }),
  });
}

export function useMeetingNapProgress(meetingId: string) {
  return useQuery({
    queryKey: napLinkKeys.meeting(meetingId),
    queryFn: () => call('nap:meetingProgress', { meetingId }),
  });
}

export function useAddNapProgress() {
  return useMutation({
    mutationFn: (input: ChannelInput<'nap:addProgressUpdate'>) =>
      call('nap:addProgressUpdate', input),
  });
}
