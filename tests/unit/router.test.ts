/** The router: validation, error mapping, output stripping, one call at a time. */
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../electron/core/router';
import type { HandlerMap } from '../../electron/core/handlers';
import { CHANNEL_NAMES } from '../../shared/contract';
import { DomainError } from '../../shared/errors';

function handlersWith(overrides: Partial<HandlerMap>): HandlerMap {
  const base = Object.fromEntries(
    CHANNEL_NAMES.map((c) => [c, () => Promise.reject(new Error(`unexpected call ${c}`))]),
  ) as unknown as HandlerMap;
  return { ...base, ...overrides };
}

describe('router', () => {
  it('maps DomainError to its code and unexpected errors to INTERNAL without their message', async () => {
    const internal: string[] = [];
    const router = createRouter(
      handlersWith({
        'workspace:lock': () => {
          throw new DomainError('NO_WORKSPACE', 'none open');
        },
        'workspace:status': () => {
          throw new Error('SELECT secret FROM cases');
        },
      }),
      { onInternalError: (channel) => internal.push(channel) },
    );
    expect(await router.dispatch('workspace:lock', {})).toEqual({
      ok: false,
      error: { code: 'NO_WORKSPACE', message: 'none open' },
    });
    const res = await router.dispatch('workspace:status', {});
    expect(res).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'An unexpected error occurred.' },
    });
    expect(internal).toEqual(['workspace:status']);
  });

  it('strips fields that are not in the output schema (only DTOs leave the core)', async () => {
    const router = createRouter(
      handlersWith({
        'workspace:status': () =>
          ({ state: 'closed', dataSource: { secret: true } }) as unknown as { state: 'closed' },
      }),
    );
    expect(await router.dispatch('workspace:status', {})).toEqual({
      ok: true,
      result: { state: 'closed' },
    });
  });

  it('runs calls concurrently: a slow call never holds up status (the database has its own gate)', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const router = createRouter(
      handlersWith({
        'workspace:lock': async () => {
          order.push('lock:start');
          await new Promise<void>((r) => (release = r));
          order.push('lock:end');
          return { state: 'locked', path: '/x' };
        },
        'workspace:status': () => {
          order.push('status');
          return { state: 'locked', path: '/x' };
        },
      }),
    );
    const a = router.dispatch('workspace:lock', {});
    const b = router.dispatch('workspace:status', {});
    expect(await b).toMatchObject({ ok: true });
    expect(order).toEqual(['lock:start', 'status']);
    release();
    await a;
    expect(order).toEqual(['lock:start', 'status', 'lock:end']);
  });
});
