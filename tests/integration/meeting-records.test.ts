/**
 * What a meeting records, through the contract: attendance and quorum (both rules), notes,
 * decisions, the status workflow, locking and corrigenda (audited), and refused input.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../fixtures/core';
import { createTaskForce, note, startMeetingWorld } from '../fixtures/meetingWorld';

let t: TestCore;
let agencies: string[];
let bodyId: string;
beforeEach(async () => {
  ({ t, agencies, bodyId } = await startMeetingWorld({ memory: true }));
});
afterEach(async () => {
  await t.cleanup();
});

const body = (quorum: { kind: 'majority' } | { kind: 'fixed'; count: number }) =>
  createTaskForce(t, agencies, quorum);

describe('meeting records', () => {
  it('computes a majority quorum live from attendance (present and represented count)', async () => {
    const m = await t.call('meetings:create', { bodyId, date: '2026-12-01' });
    expect(m.quorum).toEqual({ memberCount: 5, required: 3, attending: 0, quorate: false });
    expect(m.attendance.map((a) => a.status)).toEqual([null, null, null, null, null]);
    await t.call('attendance:set', {
      meetingId: m.id,
      agencyId: agencies[0]!,
      status: 'present',
      person: 'Insp. Ana Ruiz',
    });
    await t.call('attendance:set', {
      meetingId: m.id,
      agencyId: agencies[1]!,
      status: 'apologies',
    });
    let d = await t.call('attendance:set', {
      meetingId: m.id,
      agencyId: agencies[2]!,
      status: 'represented',
      person: 'Deputy',
    });
    expect(d.quorum).toMatchObject({ attending: 2, quorate: false });
    d = await t.call('attendance:set', {
      meetingId: m.id,
      agencyId: agencies[3]!,
      status: 'present',
    });
    expect(d.quorum).toMatchObject({ attending: 3, quorate: true });
    d = await t.call('attendance:set', { meetingId: m.id, agencyId: agencies[3]!, status: null });
    expect(d.quorum).toMatchObject({ attending: 2, quorate: false });
    expect(d.attendance.find((a) => a.agency.id === agencies[0])).toMatchObject({
      status: 'present',
      person: 'Insp. Ana Ruiz',
      member: true,
    });
    // Guests keep the order they were given in (not alphabetical, not by insertion time).
    const guests = [
      { name: 'Dr. Lee', organisation: 'IOM', role: 'observer' },
      { name: 'Amal Haddad', organisation: 'UNODC', role: 'guest' },
      { name: 'Zoe Marin', organisation: '', role: 'guest' },
    ] as const;
    d = await t.call('attendance:setGuests', { meetingId: m.id, guests: [...guests] });
    expect(d.guests).toEqual(guests);
    d = await t.call('attendance:setGuests', {
      meetingId: m.id,
      guests: [guests[2], guests[0]],
    });
    expect((await t.call('meetings:get', { id: m.id })).guests).toEqual([guests[2], guests[0]]);
    expect(d.quorum.attending).toBe(2);
  });

  it('applies a fixed quorum rule, and non-members do not count toward it', async () => {
    const fixed = await body({ kind: 'fixed', count: 2 });
    await t.call('bodies:update', {
      id: fixed.id,
      patch: { memberAgencyIds: agencies.slice(0, 4) },
    });
    const m = await t.call('meetings:create', { bodyId: fixed.id, date: '2026-12-01' });
    expect(m.quorum).toMatchObject({ memberCount: 4, required: 2, quorate: false });
    let d = await t.call('attendance:set', {
      meetingId: m.id,
      agencyId: agencies[4]!,
      status: 'present',
    });
    expect(d.quorum).toMatchObject({ attending: 0, quorate: false });
    expect(d.attendance.find((a) => a.agency.id === agencies[4])?.member).toBe(false);
    await t.call('attendance:set', { meetingId: m.id, agencyId: agencies[0]!, status: 'present' });
    d = await t.call('attendance:set', {
      meetingId: m.id,
      agencyId: agencies[1]!,
      status: 'represented',
    });
    expect(d.quorum).toMatchObject({ attending: 2, quorate: true });
  });

  it('stores notes as canonical rich text and refuses unsupported content', async () => {
    const m = await t.call('meetings:create', {
      bodyId,
      date: '2026-12-01',
      templateId: 'default',
    });
    const itemId = m.agenda[0]!.id;
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2, id: 'x' },
          content: [{ type: 'text', text: 'Summary' }],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  content: [{ type: 'text', text: 'Bold', marks: [{ type: 'bold' }] }],
                },
                {
                  type: 'orderedList',
                  attrs: { start: 1, type: null },
                  content: [
                    {
                      type: 'listItem',
                      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'nested' }] }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const saved = await t.call('minutes:saveItemNotes', { itemId, notes: doc as never });
    expect(saved.notesUpdatedAt).toBe('2026-11-30T09:00:00.000Z');
    const d = await t.call('meetings:get', { id: m.id });
    expect(d.agenda[0]!.notes.content[0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Summary' }],
    });
    expect(JSON.stringify(d.agenda[0]!.notes)).toContain('"nested"');
    for (const bad of [
      { type: 'doc', content: [{ type: 'image', attrs: { src: 'x' } }] },
      {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link' }] }] },
        ],
      },
      { type: 'doc', content: [{ type: 'heading', attrs: { level: 5 } }] },
      'plain string',
    ]) {
      expect((await t.fail('minutes:saveItemNotes', { itemId, notes: bad })).code).toBe(
        'VALIDATION',
      );
    }
    let deep: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
    for (let i = 0; i < 50; i++)
      deep = { type: 'bulletList', content: [{ type: 'listItem', content: [deep] }] };
    expect(
      (await t.fail('minutes:saveItemNotes', { itemId, notes: { type: 'doc', content: [deep] } }))
        .code,
    ).toBe('VALIDATION');
    expect((await t.call('meetings:get', { id: m.id })).agenda[0]!.notes).toEqual(
      d.agenda[0]!.notes,
    );
  });

  it('numbers decisions per body and year, and finds them in the register', async () => {
    const m1 = await t.call('meetings:create', {
      bodyId,
      date: '2026-11-03',
      templateId: 'default',
    });
    const m2 = await t.call('meetings:create', { bodyId, date: '2027-01-05' });
    const d1 = await t.call('decisions:create', {
      meetingId: m1.id,
      agendaItemId: m1.agenda[3]!.id,
      text: 'Adopt the SOP on referrals.',
    });
    const d2 = await t.call('decisions:create', {
      meetingId: m1.id,
      text: 'Hold a joint training in March.',
    });
    const d3 = await t.call('decisions:create', {
      meetingId: m2.id,
      text: 'Approve the annual report.',
    });
    expect([d1.reference, d2.reference, d3.reference]).toEqual([
      'TF/2026/01',
      'TF/2026/02',
      'TF/2027/01',
    ]);
    expect(d1.agendaItem?.id).toBe(m1.agenda[3]!.id);
    const other = await t.call('meetings:create', {
      bodyId: (
        await t.call('bodies:create', { name: 'Working Group on Labour', kind: 'working_group' })
      ).id,
      date: '2026-11-10',
    });
    expect((await t.call('decisions:create', { meetingId: other.id, text: 'x' })).reference).toBe(
      'WGL/2026/01',
    );
    const found = await t.call('decisions:list', { search: 'sop referral' });
    expect(found.items.map((d) => d.reference)).toEqual(['TF/2026/01']);
    expect((await t.call('decisions:list', { bodyId, year: 2026 })).total).toBe(2);
    const wrongItem = await t.fail('decisions:create', {
      meetingId: m2.id,
      agendaItemId: m1.agenda[0]!.id,
      text: 'x',
    });
    expect(wrongItem.code).toBe('VALIDATION');
    const updated = await t.call('decisions:update', {
      id: d2.id,
      patch: { text: 'Hold a joint training in April.' },
    });
    expect(updated).toMatchObject({
      reference: 'TF/2026/02',
      text: 'Hold a joint training in April.',
    });
  });

  it('moves one status step at a time, locks approved minutes, and audits corrigenda', async () => {
    const m = await t.call('meetings:create', {
      bodyId,
      date: '2026-11-03',
      templateId: 'default',
    });
    const skip = await t.fail('meetings:setStatus', { id: m.id, status: 'held' });
    expect(skip.code).toBe('VALIDATION');
    const early = await t.fail('meetings:addCorrigendum', {
      meetingId: m.id,
      date: '2026-11-20',
      text: 'x',
    });
    expect(early.code).toBe('VALIDATION');
    for (const status of [
      'agenda_circulated',
      'held',
      'minutes_drafted',
      'minutes_approved',
    ] as const) {
      expect((await t.call('meetings:setStatus', { id: m.id, status })).status).toBe(status);
    }
    const itemId = m.agenda[0]!.id;
    const decision = (await t.call('meetings:get', { id: m.id })).decisions;
    expect(decision).toEqual([]);
    const refusals = await Promise.all([
      t.fail('meetings:update', { id: m.id, patch: { location: 'Room 2' } }),
      t.fail('meetings:setStatus', { id: m.id, status: 'minutes_drafted' }),
      t.fail('agenda:addItem', { meetingId: m.id, title: 'Late item' }),
      t.fail('agenda:updateItem', { id: itemId, patch: { title: 'Changed' } }),
      t.fail('agenda:removeItem', { id: itemId }),
      t.fail('agenda:reorder', { meetingId: m.id, itemIds: m.agenda.map((i) => i.id).reverse() }),
      t.fail('agenda:applyTemplate', { meetingId: m.id, templateId: 'default' }),
      t.fail('attendance:set', { meetingId: m.id, agencyId: agencies[0]!, status: 'present' }),
      t.fail('attendance:setGuests', { meetingId: m.id, guests: [] }),
      t.fail('minutes:saveItemNotes', { itemId, notes: note('silent edit') }),
      t.fail('decisions:create', { meetingId: m.id, text: 'late decision' }),
    ]);
    expect(refusals.map((r) => r.code)).toEqual(Array(refusals.length).fill('LOCKED_RECORD'));
    const before = await t.call('audit:list', { limit: 500 });
    const corrected = await t.call('meetings:addCorrigendum', {
      meetingId: m.id,
      date: '2026-12-02',
      text: 'Item 3: the training is in April, not March.',
    });
    expect(corrected.corrigenda).toMatchObject([
      { date: '2026-12-02', text: 'Item 3: the training is in April, not March.' },
    ]);
    expect(corrected.locked).toBe(true);
    const after = await t.call('audit:list', { limit: 500 });
    expect(after.total).toBe(before.total + 1);
    expect(after.items[0]).toMatchObject({ channel: 'meetings:addCorrigendum', recordId: m.id });
    expect((await t.call('audit:verify', {})).ok).toBe(true);
    const backdated = await t.fail('meetings:addCorrigendum', {
      meetingId: m.id,
      date: '2026-10-01',
      text: 'x',
    });
    expect(backdated.code).toBe('VALIDATION');
  });

  it('refuses unknown bodies, agencies and bad times with VALIDATION, writing nothing', async () => {
    const bad = [
      await t.fail('meetings:create', { bodyId: crypto.randomUUID(), date: '2026-12-01' }),
      await t.fail('meetings:create', { bodyId, date: '2026-12-01', startTime: '25:00' }),
      await t.fail('meetings:create', { bodyId, date: '2026-02-30' }),
      await t.fail('meetings:create', {
        bodyId,
        date: '2026-12-01',
        videoLink: 'javascript:alert(1)',
      }),
    ];
    expect(bad.map((e) => e.code)).toEqual([
      'VALIDATION',
      'VALIDATION',
      'VALIDATION',
      'VALIDATION',
    ]);
    expect((await t.call('meetings:list', {})).items).toEqual([]);
    const m = await t.call('meetings:create', { bodyId, date: '2026-12-01' });
    const presenter = await t.fail('agenda:addItem', {
      meetingId: m.id,
      title: 'x',
      presenterAgencyId: crypto.randomUUID(),
    });
    expect(presenter.code).toBe('VALIDATION');
    expect((await t.call('meetings:get', { id: m.id })).agenda).toEqual([]);
  });
});
