/**
 * Agency list with 1,000 agencies and 3,000 focal points: `agencies:list` through the whole
 * core (router, validation, TypeORM, output schema) must answer in under 20 ms (median).
 * Baseline: the very same SQL as a prepared statement on the raw connection, so the ratio is
 * the cost of the router, zod validation, TypeORM and mapping to DTOs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgencyListQuery } from '../../electron/core/agencies/agencyQueries';
import { rawConnection } from '../../electron/core/db/dataSource';
import { agencyListInputSchema } from '../../shared/contract/agencies';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { generateRegister } from '../fixtures/registerGenerator';
import { medianMs, report } from './harness';

let t: TestCore;
beforeAll(async () => {
  t = startTestCore(() => new Date('2026-06-15T10:00:00Z'));
  await createWorkspace(t);
  await t.core.workspace.write((db) =>
    generateRegister(db, {
      agencies: 1000,
      focalPoints: 3000,
      seed: 42,
      now: '2026-06-15T10:00:00Z',
      today: '2026-06-15',
    }),
  );
}, 120_000);
afterAll(async () => {
  await t.cleanup();
});

describe('agency register benchmark', () => {
  it('lists 1,000 agencies (with primary focal points) in under 20 ms median', async () => {
    const db = rawConnection(t.core.workspace.dataSource());
    const rawMedian = async (input: Parameters<typeof agencyListInputSchema.parse>[0]) => {
      const query = buildAgencyListQuery(agencyListInputSchema.parse(input), '2026-06-15');
      const statement = db.prepare(query.sql);
      return medianMs(() => statement.all(...query.params));
    };
    const filter = {
      pillars: ['protection'],
      pillarRole: 'lead',
      search: 'national',
      sortBy: 'kind',
    } as const;
    const list = await t.call('agencies:list', {});
    expect(list.total).toBe(1000);
    expect(list.items.filter((a) => a.primaryFocalPoint).length).toBeGreaterThan(900);
    const full = await medianMs(() => t.core.dispatch('agencies:list', {}));
    report({
      name: 'agencies:list (1,000 agencies)',
      medianMs: full,
      baseline: 'same SQL, raw',
      baselineMs: await rawMedian({}),
      target: '< 20 ms',
    });
    const filtered = await medianMs(() => t.core.dispatch('agencies:list', filter));
    report({
      name: 'agencies:list filtered',
      medianMs: filtered,
      baseline: 'same SQL, raw',
      baselineMs: await rawMedian(filter),
      target: '< 20 ms',
    });
    expect(full).toBeLessThan(20);
    expect(filtered).toBeLessThan(20);
  });
});
