/** The database gate: one user of the connection at a time, in arrival order, re-entrant. */
import { describe, expect, it } from 'vitest';
import { DatabaseGate } from '../../electron/core/db/gate';

describe('DatabaseGate', () => {
  it('runs work one at a time in arrival order, and goes on after a failure', async () => {
    const gate = new DatabaseGate();
    const order: string[] = [];
    let release: () => void = () => undefined;
    const first = gate.run(async () => {
      order.push('a:start');
      await new Promise<void>((r) => (release = r));
      order.push('a:end');
    });
    const second = gate.run(() => {
      order.push('b');
      throw new Error('b failed');
    });
    const third = gate.run(() => order.push('c'));
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['a:start']);
    release();
    await first;
    await expect(second).rejects.toThrow('b failed');
    await third;
    expect(order).toEqual(['a:start', 'a:end', 'b', 'c']);
  });

  it('lets work that holds the gate enter it again without waiting for itself', async () => {
    const gate = new DatabaseGate();
    const result = await gate.run(async () => {
      expect(gate.held()).toBe(true);
      return gate.run(async () => 'nested');
    });
    expect(result).toBe('nested');
    expect(gate.held()).toBe(false);
  });
});
