/**
 * Full-text search (`search:query`): a word written in each indexed type is found with its
 * type and route; accents and case fold both ways; prefix and phrase search; filters; the
 * restricted flag; the index equals a full rebuild after updates, deletes and a failed write;
 * hostile query text never fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureSearchIndex,
  rebuildSearchIndex,
  searchIndexDrift,
} from '../../electron/core/search/searchIndex';
import { matchQuery, snippetOf } from '../../electron/core/search/searchQuery';
import type { SearchType } from '../../shared/contract/search';
import { createMeeting, startActionsWorld, type ActionsWorld } from '../fixtures/actionsWorld';
import { writableConnection, type TestCore } from '../fixtures/core';
import { note } from '../fixtures/meetingWorld';
import { createPlan, objectiveIn } from '../fixtures/napWorld';

let w: ActionsWorld;
let t: TestCore;
const ids: Record<string, string> = {};
const raw = () => writableConnection(t.core);

const search = (text: string, extra: Record<string, unknown> = {}) =>
  t.call('search:query', { text, ...extra });

async function found(text: string, extra: Record<string, unknown> = {}) {
  const answer = await search(text, extra);
  return answer.groups.flatMap((g) => g.items.map((i) => ({ ...i, total: g.total })));
}

beforeAll(async () => {
  w = await startActionsWorld({ memory: true });
  t = w.t;
  const m = await createMeeting(w, '2026-03-03');
  ids.meeting = m.id;
  await t.call('meetings:update', { id: m.id, patch: { location: 'Salle Quetzalroom' } });
  const d = await t.call('agenda:addItem', {
    meetingId: m.id,
    title: 'Zanzibarite briefing',
    minutes: 15,
  });
  const item = d.agenda.find((i) => i.title === 'Zanzibarite briefing')!;
  ids.item = item.id;
  await t.call('minutes:saveItemNotes', {
    itemId: item.id,
    notes: note('La coordinación interinstitucional avanzó. Réunion prévue. Blue harbour plan.'),
  });
  const caseItem = m.agenda.find((i) => i.kind === 'case_discussion')!;
  ids.caseItem = caseItem.id;
  await t.call('minutes:saveItemNotes', {
    itemId: caseItem.id,
    notes: note('Confidential xylophonic exchange.'),
  });
  const decision = await t.call('decisions:create', {
    meetingId: m.id,
    agendaItemId: item.id,
    text: 'The task force adopts the marmalade protocol.',
  });
  ids.decision = decision.id;
  const action = await t.call('actions:create', {
    title: 'Draft the quokka guidelines',
    ownerAgencyId: w.police,
    meetingId: m.id,
    dueDate: '2026-05-01',
  });
  ids.action = action.id;
  await t.call('actions:addUpdate', {
    actionId: action.id,
    date: '2026-03-09',
    note: 'Shared with the wombatish committee.',
  });
  ids.agency = (
    await t.call('agencies:create', { name: 'Narwhalian Labour Office', kind: 'other' })
  ).id;
  ids.focalPoint = (
    await t.call('focalPoints:create', { agencyId: ids.agency, name: 'Ms Pangolina' })
  ).id;
  const plan = await createPlan(t);
  ids.plan = plan.id;
  const objective = await objectiveIn(t, plan.id);
  const activity = await t.call('nap:upsertActivity', {
    objectiveId: objective.id,
    text: 'Train capybaric inspectors',
  });
  ids.activity = activity.id;
  const year = plan.periods.find((p) => p.label === '2026')!.id;
  await t.call('nap:addProgressUpdate', {
    activityId: activity.id,
    periodId: year,
    status: 'on_track',
    narrative: 'Two ocelotian sessions held.',
  });
  await t.call('nap:saveNarrative', {
    planId: plan.id,
    periodId: year,
    kind: 'executive',
    language: 'en',
    text: 'Inspections flamingoed upwards.',
  });
  const c = await t.call('cases:create', {
    profiles: [
      {
        ageBand: '18-24',
        sex: 'female',
        nationality: 'NG',
        exploitationForms: ['sexual_exploitation'],
      },
    ],
    suspects: { count: 2, nationalities: ['ES', 'NG'] },
    openedMonth: '2026-01',
    nrmReferral: true,
    nrmReferralMonth: '2026-02',
    assistance: ['shelter', 'legal'],
    agencies: [{ agencyId: w.police, role: 'lead_investigation' }],
  });
  ids.case = c.id;
  ids.caseCode = c.code;
  ids.discussion = (
    await t.call('cases:addDiscussion', { caseId: c.id, text: 'Referral of the gecko file.' })
  ).id;
  // The registers' channels are built elsewhere: their rows are written as they would be.
  ids.agreement = '6f1c1a52-4f7e-4b8e-9a36-0d7c3b1f2a01';
  ids.training = '6f1c1a52-4f7e-4b8e-9a36-0d7c3b1f2a02';
  const at = '2026-03-10T09:00:00.000Z';
  raw()
    .prepare(
      `INSERT INTO agreements (id, type, title, signed_on, location, notes, created_at, updated_at)
       VALUES (?, 'mou', 'Memorandum on toucanese referrals', '2025-06-01', 'Lomé', '', ?, ?)`,
    )
    .run(ids.agreement, at, at);
  raw()
    .prepare(
      `INSERT INTO trainings (id, date, topic, organiser, format, created_at, updated_at)
       VALUES (?, '2026-02-02', 'Interviewing with lemurine care', 'IOM', 'in_person', ?, ?)`,
    )
    .run(ids.training, at, at);
}, 60_000);

afterAll(async () => {
  await t?.cleanup();
});

describe('search', () => {
  it('finds a word written in each indexed type, with its type, title and route', async () => {
    const m = ids.meeting;
    const expectations: [string, SearchType, string, string][] = [
      ['quetzalroom', 'meeting', m!, `/meetings/${m}`],
      ['zanzibarite', 'agenda_item', ids.item!, `/meetings/${m}/agenda?focus=${ids.item}`],
      ['harbour', 'minutes', ids.item!, `/meetings/${m}/minutes?focus=${ids.item}`],
      ['marmalade', 'decision', ids.decision!, `/meetings/${m}/decisions?focus=${ids.decision}`],
      ['quokka', 'action', ids.action!, `/actions?focus=${ids.action}`],
      ['wombatish', 'action_update', expect.any(String), `/actions?focus=${ids.action}`],
      ['narwhalian', 'agency', ids.agency!, `/agencies/${ids.agency}`],
      [
        'pangolina',
        'focal_point',
        ids.focalPoint!,
        `/agencies/${ids.agency}?focus=${ids.focalPoint}`,
      ],
      ['capybaric', 'nap_activity', ids.activity!, `/nap/${ids.plan}/activities/${ids.activity}`],
      [
        'ocelotian',
        'nap_narrative',
        expect.any(String),
        `/nap/${ids.plan}/activities/${ids.activity}`,
      ],
      ['flamingoed', 'nap_narrative', ids.plan!, `/nap/${ids.plan}/progress`],
      ['toucanese', 'agreement', ids.agreement!, `/agreements?focus=${ids.agreement}`],
      ['lemurine', 'training', ids.training!, `/trainings?focus=${ids.training}`],
      [ids.caseCode!, 'case', ids.case!, `/cases/${ids.case}`],
      ['gecko', 'case_discussion', ids.discussion!, `/cases/${ids.case}?focus=${ids.discussion}`],
    ];
    for (const [word, type, id, route] of expectations) {
      const hits = await found(`${word} `);
      expect(hits, word).toHaveLength(1);
      expect(hits[0], word).toMatchObject({ type, id, route });
      // The match is highlighted: \u0002word\u0003 in the snippet.
      expect(hits[0]!.snippet, word).toContain('\u0002');
      expect(hits[0]!.snippet, word).toContain('\u0003');
    }
    const [agency] = await found('narwhalian ');
    expect(agency!.title).toBe('Narwhalian Labour Office');
    expect(agency!.snippet).toContain('\u0002Narwhalian\u0003');
  });

  it('folds accents and case in both directions', async () => {
    for (const text of ['coordinacion ', 'COORDINACIÓN ', 'coordinación ']) {
      expect(
        (await found(text)).map((h) => h.type),
        text,
      ).toEqual(['minutes']);
    }
    for (const text of ['reunion ', 'réunion ', 'RÉUNION ']) {
      expect(
        (await found(text)).map((h) => h.type),
        text,
      ).toEqual(['minutes']);
    }
    const [hit] = await found('lome ');
    expect(hit).toMatchObject({ type: 'agreement' });
    expect((await found('lomé ')).map((h) => h.type)).toEqual(['agreement']);
    // The last word is a prefix; quoted, a whole word only.
    expect((await found('coordinacio')).map((h) => h.type)).toEqual(['minutes']);
    expect(await found('"coordinacio"')).toEqual([]);
  });

  it('searches prefixes (a word ending in *, and the last word typed) and phrases', async () => {
    expect((await found('coordinaci')).map((h) => h.type)).toEqual(['minutes']);
    expect((await found('marmal* task')).map((h) => h.type)).toEqual(['decision']);
    // Not the last word, no star: a whole word only.
    expect(await found('marmal task ')).toEqual([]);
    expect((await found('"blue harbour"')).map((h) => h.type)).toEqual(['minutes']);
    // The same words apart are not the phrase.
    expect(await found('"harbour blue"')).toEqual([]);
    expect((await found('harbour blue')).map((h) => h.type)).toEqual(['minutes']);
  });

  it('filters by type, body and date', async () => {
    const all = await search('zanzibarite ');
    expect(all.groups.map((g) => g.type)).toEqual(['agenda_item']);
    expect((await search('zanzibarite ', { types: ['decision'] })).groups).toEqual([]);
    // "the" appears in several types; restricting keeps only those asked for.
    const decisionsOnly = await search('the ', { types: ['decision', 'action_update'] });
    expect(decisionsOnly.groups.map((g) => g.type)).toEqual(['decision', 'action_update']);
    expect((await found('marmalade ', { bodyId: w.bodyId }))[0]?.type).toBe('decision');
    expect(await found('marmalade ', { bodyId: ids.agency })).toEqual([]);
    expect(await found('marmalade ', { from: '2026-03-01', to: '2026-03-31' })).toHaveLength(1);
    expect(await found('marmalade ', { from: '2026-04-01' })).toEqual([]);
    expect(await found('quokka ', { to: '2026-04-30' })).toEqual([]);
    expect(await found('quokka ', { to: '2026-05-01' })).toHaveLength(1);
  });

  it('counts every match per type and shows at most `limit`', async () => {
    for (let i = 0; i < 4; i++) {
      await t.call('actions:create', { title: `Raccoonish task ${i}`, ownerAgencyId: w.police });
    }
    const answer = await search('raccoonish ', { limit: 2 });
    expect(answer.groups).toHaveLength(1);
    expect(answer.groups[0]).toMatchObject({ type: 'action', total: 4 });
    expect(answer.groups[0]!.items).toHaveLength(2);
  });

  it('marks case codes, case discussions and restricted agenda items (and their minutes)', async () => {
    expect((await found(`${ids.caseCode} `))[0]!.restricted).toBe(true);
    expect((await found('gecko '))[0]!.restricted).toBe(true);
    const [minutes] = await found('xylophonic ');
    expect(minutes).toMatchObject({ type: 'minutes', id: ids.caseItem, restricted: true });
    expect((await found('zanzibarite '))[0]!.restricted).toBe(false);
    await t.call('agenda:updateItem', { id: ids.item!, patch: { restricted: true } });
    expect((await found('zanzibarite '))[0]!.restricted).toBe(true);
    expect((await found('harbour '))[0]!.restricted).toBe(true);
    await t.call('agenda:updateItem', { id: ids.item!, patch: { restricted: false } });
    expect((await found('harbour '))[0]!.restricted).toBe(false);
  });

  it('equals a full rebuild after updates and deletes', async () => {
    expect(searchIndexDrift(raw())).toEqual([]);
    await t.call('meetings:update', { id: ids.meeting!, patch: { date: '2026-03-05' } });
    expect((await found('marmalade '))[0]!.date).toBe('2026-03-05');
    await t.call('actions:update', {
      id: ids.action!,
      patch: { title: 'Draft the emu guidelines' },
    });
    expect(await found('quokka ')).toEqual([]);
    expect((await found('wombatish '))[0]!.title).toBe('Draft the emu guidelines');
    await t.call('decisions:update', {
      id: ids.decision!,
      patch: { text: 'The task force adopts a plan.', agendaItemId: null },
    });
    expect(await found('marmalade ')).toEqual([]);
    await t.call('minutes:saveItemNotes', {
      itemId: ids.item!,
      notes: { type: 'doc', content: [] },
    });
    expect(await found('harbour ')).toEqual([]);
    await t.call('focalPoints:update', {
      id: ids.focalPoint!,
      patch: { name: 'Mr Armadillo' },
    });
    expect((await found('armadillo ')).map((h) => h.type)).toEqual(['focal_point']);
    const d = await t.call('agenda:removeItem', { id: ids.item! });
    expect(d.agenda.some((i) => i.id === ids.item)).toBe(false);
    expect(await found('zanzibarite ')).toEqual([]);
    raw().prepare('DELETE FROM trainings WHERE id = ?').run(ids.training);
    raw()
      .prepare(`UPDATE agreements SET notes = 'Signed in Bogotá' WHERE id = ?`)
      .run(ids.agreement);
    expect((await found('bogota ')).map((h) => h.type)).toEqual(['agreement']);
    expect(await found('lemurine ')).toEqual([]);
    expect(searchIndexDrift(raw())).toEqual([]);
    // And the drift check itself sees a tampered index.
    raw().prepare(`UPDATE search_docs SET title = 'tampered' WHERE type = 'agency'`).run();
    expect(searchIndexDrift(raw()).length).toBeGreaterThan(0);
    rebuildSearchIndex(raw());
    expect(searchIndexDrift(raw())).toEqual([]);
  });

  it('leaves index and data as they were when a write fails mid-transaction', async () => {
    const before = raw().prepare('SELECT count(*) AS n FROM search_docs').get();
    await expect(
      t.core.workspace.write(async (db) => {
        await db.query(`UPDATE agencies SET notes = 'okapian' WHERE id = ?`, [ids.agency]);
        await db.query(`DELETE FROM case_discussions WHERE id = ?`, [ids.discussion]);
        throw new Error('interrupted');
      }),
    ).rejects.toThrow();
    expect(await found('okapian ')).toEqual([]);
    expect((await found('gecko ')).map((h) => h.type)).toEqual(['case_discussion']);
    expect(raw().prepare('SELECT count(*) AS n FROM search_docs').get()).toEqual(before);
    expect(searchIndexDrift(raw())).toEqual([]);
  });

  it('rebuilds itself on open when its definition changed', async () => {
    raw().prepare('UPDATE search_index_meta SET version = 0').run();
    raw().prepare(`DELETE FROM search_docs WHERE type = 'agency'`).run();
    expect(ensureSearchIndex(raw())).toBe(true);
    expect(ensureSearchIndex(raw())).toBe(false);
    expect(searchIndexDrift(raw())).toEqual([]);
    expect((await found('narwhalian ')).map((h) => h.type)).toEqual(['agency']);
  });

  it('never fails on hostile query text', async () => {
    const hostile = [
      '"',
      '"""',
      'NEAR(',
      'NEAR(a b, 2)',
      '*',
      '**',
      '-',
      '-gecko',
      'title:gecko',
      ':',
      '(',
      ')',
      '(a OR b',
      'AND',
      'OR NOT',
      '^gecko',
      'gecko"',
      '"gecko',
      '{title body}: x',
      '\u0002\u0003',
      '!@#$%^&*()_+-=[]{};\':",./<>?\\|`~'.repeat(7).slice(0, 200),
    ];
    for (const text of hostile) {
      const envelope = await t.core.dispatch('search:query', { text });
      expect(envelope.ok, text).toBe(true);
    }
    expect((await search('!@#$%^&*()')).groups).toEqual([]);
    expect((await found('"gecko')).map((h) => h.type)).toEqual(['case_discussion']);
    expect((await found('AND gecko ')).length).toBe(0);
  });

  it('builds FTS queries with every term quoted', () => {
    expect(matchQuery('reunion coord')).toBe('"reunion" "coord"*');
    expect(matchQuery('"blue harbour" plan ')).toBe('"blue harbour" "plan"');
    expect(matchQuery('a"b*')).toBe('"a" "b*"');
    expect(matchQuery('wom* x ')).toBe('"wom"* "x"');
    expect(matchQuery('  -- ** ')).toBeNull();
    expect(matchQuery('say "hi')).toBe('"say" "hi"');
  });

  it('marks the matched words in the snippet, folded like the index, around the first match', () => {
    expect(snippetOf('La coordinación avanzó.', 'Title', 'coordinacion')).toBe(
      'La \u0002coordinación\u0003 avanzó.',
    );
    expect(snippetOf('Réunion prévue', '', 'REUN')).toBe('\u0002Réunion\u0003 prévue');
    const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const cut = snippetOf(long, '', 'w30 ');
    expect(cut.startsWith('…w26 ')).toBe(true);
    expect(cut).toContain('\u0002w30\u0003');
    expect(cut.endsWith('…')).toBe(true);
    // No match in the text: the title's words are shown.
    expect(snippetOf('', 'C-2026-0001', 'C-2026-0001')).toBe(
      '\u0002C\u0003-\u00022026\u0003-\u00020001\u0003',
    );
  });
});
