/** The setup checklist of a new workspace (dashboard:setup): each step ticks from real data. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

let t: TestCore;
beforeEach(async () => {
  t = startTestCore(() => new Date('2026-11-30T09:00:00Z'), { memory: true });
  await createWorkspace(t);
});
afterEach(async () => {
  await t.cleanup();
});

const done = async () =>
  Object.fromEntries((await t.call('dashboard:setup', {})).steps.map((s) => [s.step, s.done]));

describe('dashboard:setup', () => {
  it('starts with nothing done and ticks each step from the data', async () => {
    const fresh = await t.call('dashboard:setup', {});
    expect(fresh).toEqual({
      steps: [
        { step: 'settings', done: false },
        { step: 'agencies', done: false },
        { step: 'body', done: false },
        { step: 'meeting', done: false },
        { step: 'invitation', done: false },
      ],
      complete: false,
      bodyId: null,
      meetingId: null,
    });
    await t.call('workspace:updateSettings', { letterheadText: 'Ministry of the Interior' });
    const police = await t.call('agencies:create', { name: 'Police', kind: 'other' });
    expect(await done()).toEqual({
      settings: true,
      agencies: true,
      body: false,
      meeting: false,
      invitation: false,
    });
    const body = await t.call('bodies:create', {
      name: 'National Task Force',
      kind: 'national_task_force',
      memberAgencyIds: [police.id],
    });
    const meeting = await t.call('meetings:create', { bodyId: body.id, date: '2026-12-08' });
    const scheduled = await t.call('dashboard:setup', {});
    expect(scheduled).toMatchObject({ complete: false, bodyId: body.id, meetingId: meeting.id });
    expect((await done()).meeting).toBe(true);
    expect((await done()).invitation).toBe(false);
    await t.call('meetings:setStatus', { id: meeting.id, status: 'agenda_circulated' });
    const complete = await t.call('dashboard:setup', {});
    expect(complete.complete).toBe(true);
    expect(complete.steps.every((s) => s.done)).toBe(true);
    expect(complete.meetingId).toBeNull();
  });

  it('does not count an archived agency or a blank letterhead', async () => {
    await t.call('workspace:updateSettings', { letterheadText: '   ' });
    const agency = await t.call('agencies:create', { name: 'Labour', kind: 'other' });
    expect((await done()).agencies).toBe(true);
    await t.call('agencies:archive', { id: agency.id, archived: true });
    expect(await done()).toMatchObject({ settings: false, agencies: false });
  });

  it('refuses input it does not know', async () => {
    expect((await t.fail('dashboard:setup', { from: '2026-01-01' })).code).toBe('VALIDATION');
  });
});
