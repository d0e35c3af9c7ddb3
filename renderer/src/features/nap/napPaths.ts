/** Addresses of the NAP views and the colours of its statuses (always shown with their word). */
import type { MantineColor } from '@mantine/core';
import type { NapActivityStatus, NapPlanStatus } from '../../../../shared/domain/nap';

export function napPlanPath(planId: string, tab?: 'outline' | 'round' | 'progress'): string {
  return tab && tab !== 'outline' ? `/nap/${planId}/${tab}` : `/nap/${planId}`;
}

export function napActivityPath(planId: string, activityId: string): string {
  return `/nap/${planId}/activities/${activityId}`;
}

export const PLAN_STATUS_COLORS: Record<NapPlanStatus, MantineColor> = {
  draft: 'gray',
  active: 'teal',
  closed: 'dark',
};

export const ACTIVITY_STATUS_COLORS: Record<NapActivityStatus, MantineColor> = {
  not_started: 'gray',
  on_track: 'teal',
  at_risk: 'orange',
  delayed: 'red',
  completed: 'blue',
  cancelled: 'dark',
};
