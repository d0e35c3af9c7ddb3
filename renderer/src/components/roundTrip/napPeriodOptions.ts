/**
 * The reporting periods a round can cover: those of the plans not closed, grouped by plan
 * (the same queries as the NAP links, so they share the cache).
 */
import { useOpenNapPlans } from '../../app/nap/napLinkQueries';

export function useNapPeriodOptions() {
  return useOpenNapPlans().flatMap((d) =>
    d.data && d.data.periods.length
      ? [
          {
            group: d.data.title,
            items: d.data.periods.map((p) => ({ value: p.id, label: p.label })),
          },
        ]
      : [],
  );
}
