/**
 * The dashboard's one query and its scope — body and period — kept in the URL
 * (?body=…&period=6 or period=custom&from=…&to=…) so a view of the dashboard can be shared.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { ChannelInput } from '../../../../shared/contract';
import { call } from '../../api';
import { isDay } from '../../components/validationFields';
import { todayIso } from '../../components/workspaceDay';
import { isOneOf } from '../../app/agencies/agencyVocabulary';

export const PERIODS = ['3', '6', '12', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

export interface DashboardScope {
  bodyId: string | null;
  period: Period;
  from: string;
  to: string;
}

/** The same calendar day `months` months before `iso` (clamped to the month's last day). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  target.setUTCDate(Math.min(d, lastDay.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

function scopeFromParams(params: URLSearchParams): DashboardScope {
  const today = todayIso();
  const raw = params.get('period');
  const period: Period = isOneOf(PERIODS, raw) ? raw : '6';
  const bodyId = params.get('body') || null;
  if (period === 'custom') {
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    if (isDay(from) && isDay(to) && from <= to) {
      return { bodyId, period, from, to };
    }
    return { bodyId, period, from: monthsBefore(today, 6), to: today };
  }
  return { bodyId, period, from: monthsBefore(today, Number(period)), to: today };
}

export function useDashboardScope() {
  const [params, setParams] = useSearchParams();
  const scope = scopeFromParams(params);
  const update = useCallback(
    (patch: Partial<DashboardScope>) =>
      setParams(
        (current) => {
          const next = { ...scopeFromParams(current), ...patch };
          const out = new URLSearchParams();
          if (next.bodyId) out.set('body', next.bodyId);
          if (next.period !== '6') out.set('period', next.period);
          if (next.period === 'custom') {
            out.set('from', next.from);
            out.set('to', next.to);
          }
          return out;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { scope, update };
}

export function useDashboardSummary(scope: DashboardScope) {
  const input: ChannelInput<'dashboard:summary'> = {
    from: scope.from,
    to: scope.to,
    ...(scope.bodyId ? { bodyId: scope.bodyId } : {}),
  };
  return useQuery({
    queryKey: ['dashboard', 'summary', input],
    queryFn: () => call('dashboard:summary', input),
    placeholderData: keepPreviousData,
  });
}

/** A 0–1 rate as a whole percentage ("—" when there is nothing to measure). */
export function percent(rate: number | null, language: string): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    rate,
  );
}

/** The setup checklist of a new workspace (ticks itself: every write refreshes it). */
export function useDashboardSetup() {
  return useQuery({
    queryKey: ['dashboard', 'setup'],
    queryFn: () => call('dashboard:setup', {}),
  });
}
