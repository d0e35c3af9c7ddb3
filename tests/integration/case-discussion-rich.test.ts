/**
 * A case discussion entry as rich text through `cases:addDiscussion`: a plain string still
 * works (text + a one-paragraph doc), a document of the minutes' subset is stored canonical
 * with its plain text, anything outside the subset or over 4000 characters of plain text is
 * VALIDATION and writes nothing, and the privacy guard reads the document's plain text (an
 * override is audited with the reason and the kinds, never the text).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawConnection } from '../../electron/core/db/dataSource';
import type { RichBlock, RichDoc } from '../../shared/domain/richText';
import { createMeeting, startActionsWorld, type ActionsWorld } from '../fixtures/actionsWorld';
import { writableConnection, type TestCore } from '../fixtures/core';

let w: ActionsWorld;
let t: TestCore;
beforeEach(async () => {
  w = await startActionsWorld({ memory: true }); // clock: 2026-03-10
  t = w.t;
});
afterEach(async () => {
  await t.cleanup();
});

const newCase = () =>
  t.call('cases:create', {
    profiles: [
      { ageBand: '18-24', sex: 'female', nationality: 'NG', exploitationForms: ['forced_labour'] },
    ],
    suspects: { count: 1, nationalities: ['NG'] },
    openedMonth: '2026-01',
    nrmReferral: false,
    nrmReferralMonth: null,
    assistance: [],
    agencies: [{ agencyId: w.police, role: 'lead_investigation' }],
  });

const entries = async (caseId: string) => (await t.call('cases:get', { id: caseId })).discussions;
const auditCount = async () =>
  (await t.call('audit:list', { channel: 'cases:addDiscussion', limit: 50 })).items.length;

/** Two items, the second in italics. */
const BULLETS: RichBlock = {
  type: 'bulletList',
  content: [
    {
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Request bank records' }] }],
    },
    {
      type: 'listItem',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Follow up in April', marks: [{ type: 'italic' }] }],
        },
      ],
    },
  ],
};

/** Bold, then the list, with what an editor adds: attributes, a repeated mark, a last empty line. */
const LIST_DOC = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      attrs: { textAlign: null },
      content: [
        { type: 'text', text: 'Agreed', marks: [{ type: 'bold' }, { type: 'bold' }] },
        { type: 'text', text: ' next steps:' },
      ],
    },
    { ...BULLETS, attrs: { tight: true } },
    { type: 'paragraph' },
  ],
};

const CANONICAL: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Agreed', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' next steps:' },
      ],
    },
    BULLETS,
  ],
};

describe('case discussion entries as rich text', () => {
  it('takes a plain string as before and returns it as text and a one-paragraph doc', async () => {
    const c = await newCase();
    const saved = await t.call('cases:addDiscussion', {
      caseId: c.id,
      text: '  Partner authority acknowledged the request.  ',
    });
    expect(saved.text).toBe('Partner authority acknowledged the request.');
    expect(saved.doc).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Partner authority acknowledged the request.' }],
        },
      ],
    });
    expect(await entries(c.id)).toEqual([saved]);
  });

  it('stores a document with bold and a bullet list in canonical form, with its plain text', async () => {
    const c = await newCase();
    const m = await createMeeting(w, '2026-03-05');
    await t.call('cases:setMeetingCases', { meetingId: m.id, caseIds: [c.id] });
    const saved = await t.call('cases:addDiscussion', {
      caseId: c.id,
      meetingId: m.id,
      text: LIST_DOC as RichDoc,
    });
    const plain = 'Agreed next steps:\n- Request bank records\n- Follow up in April';
    expect(saved.text).toBe(plain);
    expect(saved.doc).toEqual(CANONICAL);
    expect((await entries(c.id))[0]).toMatchObject({ text: plain, doc: CANONICAL });
    const atMeeting = await t.call('cases:meetingCases', { meetingId: m.id });
    expect(atMeeting.cases[0]!.discussions).toEqual([saved]);
    const db = rawConnection(t.core.workspace.dataSource());
    const row = db.prepare('SELECT text, doc FROM case_discussions WHERE id = ?').get(saved.id) as {
      text: string;
      doc: string;
    };
    expect(row.text).toBe(plain);
    expect(JSON.parse(row.doc)).toEqual(CANONICAL);
  });

  it('reads an entry written before the doc column as one paragraph per line', async () => {
    const c = await newCase();
    const saved = await t.call('cases:addDiscussion', { caseId: c.id, text: 'First line.' });
    const db = writableConnection(t.core);
    db.prepare(`UPDATE case_discussions SET doc = NULL, text = 'Older.\nSecond.' WHERE id = ?`).run(
      saved.id,
    );
    expect((await entries(c.id))[0]).toMatchObject({
      text: 'Older.\nSecond.',
      doc: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Older.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Second.' }] },
        ],
      },
    });
  });

  it('refuses a document outside the subset, over the limit or blank (VALIDATION) and writes nothing', async () => {
    const c = await newCase();
    const before = await auditCount();
    const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const invalid: unknown[] = [
      { type: 'doc', content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'x' }] }] },
      {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link' }] }] },
        ],
      },
      { type: 'doc', content: [{ type: 'image', attrs: { src: 'https://example.org/x.png' } }] },
      { type: 'paragraph', content: [] },
      // 4001 characters of plain text: 2000 + newline + 2000.
      { type: 'doc', content: [para('a'.repeat(2000)), para('b'.repeat(2000))] },
      { type: 'doc', content: [{ type: 'paragraph' }, para('   ')] },
      42,
      null,
    ];
    for (const text of invalid) {
      const refused = await t.fail('cases:addDiscussion', { caseId: c.id, text });
      expect(refused.code, JSON.stringify(text).slice(0, 80)).toBe('VALIDATION');
    }
    const plainTooLong = await t.fail('cases:addDiscussion', {
      caseId: c.id,
      text: 'x'.repeat(4001),
    });
    expect(plainTooLong.code).toBe('VALIDATION');
    expect(await entries(c.id)).toEqual([]);
    expect(await auditCount()).toBe(before);
    // Exactly 4000 characters of plain text is accepted.
    const atLimit = await t.call('cases:addDiscussion', {
      caseId: c.id,
      text: { type: 'doc', content: [para('a'.repeat(2000)), para('b'.repeat(1999))] } as RichDoc,
    });
    expect(atLimit.text).toHaveLength(4000);
  });

  it('guards the plain text of a document: a phone number is PII_DETECTED unless overridden', async () => {
    const c = await newCase();
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    { type: 'text', text: 'Call the witness on ' },
                    { type: 'text', text: '+234 803 555 0199', marks: [{ type: 'bold' }] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    } as RichDoc;
    const before = await auditCount();
    const refused = await t.fail('cases:addDiscussion', { caseId: c.id, text: doc });
    expect(refused.code).toBe('PII_DETECTED');
    const findings = (refused.details as { findings: { kind: string; start: number }[] }).findings;
    expect(findings.map((f) => f.kind)).toEqual(['phone']);
    // Offsets are in the plain text ("- Call the witness on +234…").
    expect(findings[0]!.start).toBe('- Call the witness on '.length);
    expect(await entries(c.id)).toEqual([]);
    expect(await auditCount()).toBe(before);

    const reason = 'The number is the shelter hotline, agreed by the chair.';
    const saved = await t.call('cases:addDiscussion', {
      caseId: c.id,
      text: doc,
      privacyOverride: { reason },
    });
    expect(saved.text).toBe('- Call the witness on +234 803 555 0199');
    expect(saved.doc).toEqual(doc);
    const entry = (await t.call('audit:list', { channel: 'cases:addDiscussion', limit: 1 }))
      .items[0]!;
    expect(entry.summary).toMatchObject({
      code: c.code,
      privacyOverride: { reason, kinds: ['phone'] },
    });
    expect(JSON.stringify(entry)).not.toContain('0199');
    expect(JSON.stringify(entry)).not.toContain('witness');
  });
});
