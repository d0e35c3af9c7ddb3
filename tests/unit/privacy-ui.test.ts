/**
 * The renderer's side of the privacy guard, without a browser: findings follow an edit until
 * the next scan, a replacement edits exactly the span, refusal details are read as the core
 * sends them, the notes editor's plain text maps back to document positions, and every
 * placeholder is itself clean for the detector in its language.
 */
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../electron/core/privacy/guard';
import {
  mapFindings,
  refusedItems,
  refusedKinds,
  replaceFinding,
} from '../../renderer/src/components/privacy/findings';
import { docText, documentRanges } from '../../renderer/src/components/privacy/privacyHighlight';
import en from '../../renderer/src/i18n/en.json';
import es from '../../renderer/src/i18n/es.json';
import fr from '../../renderer/src/i18n/fr.json';
import { PII_KINDS, type Finding } from '../../shared/contract/privacy';

const TEXT = 'Call Maria Ivanova on +44 7700 900123.';
const NAME: Finding = { kind: 'person_name', start: 5, end: 18 };
const PHONE: Finding = { kind: 'phone', start: 22, end: 37 };

describe('findings between scans', () => {
  it('shift the findings after an edit and keep those before it', () => {
    // "Call" → "Please call": both findings move by 7.
    const after = `Please c${TEXT.slice(1)}`;
    const mapped = mapFindings(TEXT, after, [NAME, PHONE]);
    expect(mapped).toEqual([
      { kind: 'person_name', start: 12, end: 25 },
      { kind: 'phone', start: 29, end: 44 },
    ]);
    expect(mapped.map((f) => after.slice(f.start, f.end))).toEqual([
      'Maria Ivanova',
      '+44 7700 900123',
    ]);
    // Typing at the end keeps them where they are.
    expect(mapFindings(TEXT, `${TEXT} Thanks`, [NAME, PHONE])).toEqual([NAME, PHONE]);
  });

  it('drop a finding the edit touches', () => {
    const after = TEXT.replace('Ivanova', 'Ivanov');
    expect(mapFindings(TEXT, after, [NAME, PHONE]).map((f) => f.kind)).toEqual(['phone']);
  });

  it('replace exactly the span', () => {
    expect(replaceFinding(TEXT, PHONE, '[phone]')).toBe('Call Maria Ivanova on [phone].');
    expect(replaceFinding(TEXT, NAME, '[nombre]')).toBe('Call [nombre] on +44 7700 900123.');
  });
});

describe('refusal details', () => {
  it('read the kinds of one text or of several fields, in the contract order', () => {
    expect(refusedKinds({ findings: [PHONE, NAME, PHONE] })).toEqual(['person_name', 'phone']);
    expect(
      refusedKinds({
        fields: { title: [PHONE], description: [{ kind: 'email', start: 0, end: 3 }] },
      }),
    ).toEqual(['email', 'phone']);
    expect(refusedKinds({ findings: [{ kind: 'not_a_kind', start: 0, end: 1 }] })).toEqual([]);
    expect(refusedKinds(undefined)).toEqual([]);
  });

  it('read the items of an export refusal', () => {
    expect(
      refusedItems({ items: [{ item: '4. Review', kinds: ['email', 'bogus'], count: 2 }, 7] }),
    ).toEqual([{ item: '4. Review', kinds: ['email'], count: 2 }]);
    expect(refusedItems({})).toEqual([]);
  });
});

describe('the notes editor text', () => {
  const schema = getSchema([StarterKit]);
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Agreed:' }] },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'call Maria ' },
                  { type: 'text', text: 'Ivanova', marks: [{ type: 'bold' }] },
                  { type: 'text', text: ' 😀 on +44 7700 900123' },
                ],
              },
            ],
          },
        ],
      },
    ],
  });

  it('maps plain-text offsets back to the document, across marks and emoji', () => {
    const map = docText(doc);
    expect(map.text).toBe('Agreed:\ncall Maria Ivanova 😀 on +44 7700 900123');
    const name = map.text.indexOf('Maria Ivanova');
    const nameRanges = documentRanges(map, name, name + 'Maria Ivanova'.length);
    expect(nameRanges).toHaveLength(2);
    expect(nameRanges.map((r) => doc.textBetween(r.from, r.to)).join('')).toBe('Maria Ivanova');
    const phone = map.text.indexOf('+44');
    const [range] = documentRanges(map, phone, map.text.length);
    expect(doc.textBetween(range!.from, range!.to)).toBe('+44 7700 900123');
  });
});

describe('placeholders', () => {
  it('are not flagged themselves, in each language', () => {
    for (const [language, catalogue] of [
      ['en', en],
      ['es', es],
      ['fr', fr],
    ] as const) {
      for (const kind of PII_KINDS) {
        const placeholder = catalogue.privacy.placeholders[kind];
        const text = `The victim ${placeholder} was referred on 3 May.`;
        expect(scanText(text, { context: 'case', language }), `${language} ${kind}`).toEqual([]);
      }
    }
  });
});
