/**
 * The agenda builder: items with kind, presenter, time allocation and restricted flag; order
 * kept as dense positions 0..n-1; templates (the built-in standing items and saved ones).
 */
import type { z } from 'zod';
import type { meetingsContract } from '../../../shared/contract/meetings';
import {
  DEFAULT_TEMPLATE_ID,
  defaultTemplateItems,
  type TemplateItem,
} from '../../../shared/domain/agendaTemplate';
import type { Language } from '../../../shared/domain/languages';
import type { AgendaItemKind } from '../../../shared/domain/meetings';
import { isEmptyDoc, type RichDoc } from '../../../shared/domain/richText';
import { DomainError } from '../../../shared/errors';
import { newId, one, rows, textKey, type WritableDB, type ReadableDB } from '../db/sql';
import { editableMeeting, findMeetingRow, type AgendaRow } from './meetingQueries';

type AddInput = z.output<(typeof meetingsContract)['agenda:addItem']['input']>;
type ItemPatch = z.output<(typeof meetingsContract)['agenda:updateItem']['input']>['patch'];

type ItemRow = AgendaRow;

const MAX_ITEMS = 200;

async function assertAgency(db: ReadableDB, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const found = await one<{ id: string }>(db, 'SELECT id FROM agencies WHERE id = ?', [id]);
  if (!found) {
    throw new DomainError('VALIDATION', 'The presenting agency does not exist.', {
      field: 'presenterAgencyId',
    });
  }
}

async function itemIds(db: ReadableDB, meetingId: string): Promise<string[]> {
  return (
    await rows<{ id: string }>(
      db,
      'SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position',
      [meetingId],
    )
  ).map((r) => r.id);
}

async function writePositions(db: WritableDB, ids: string[], now: string): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await db.query('UPDATE agenda_items SET position = ?, updated_at = ? WHERE id = ?', [
      position,
      now,
      id,
    ]);
  }
}

async function insertItem(
  db: WritableDB,
  meetingId: string,
  item: {
    title: string;
    kind: AgendaItemKind;
    presenterAgencyId: string | null;
    presenterName?: string;
    minutes: number;
    restricted: boolean;
  },
  position: number,
  now: string,
): Promise<string> {
  const id = newId();
  await db.query(
    `INSERT INTO agenda_items (id, meeting_id, position, title, kind, presenter_agency_id,
       presenter_name, minutes, restricted, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      meetingId,
      position,
      item.title,
      item.kind,
      item.presenterAgencyId,
      item.presenterName ?? '',
      item.minutes,
      item.restricted ? 1 : 0,
      now,
      now,
    ],
  );
  return id;
}

export async function addAgendaItem(db: WritableDB, input: AddInput, now: string): Promise<void> {
  await editableMeeting(db, input.meetingId);
  await assertAgency(db, input.presenterAgencyId);
  const ids = await itemIds(db, input.meetingId);
  if (ids.length >= MAX_ITEMS) {
    throw new DomainError('VALIDATION', `An agenda holds at most ${MAX_ITEMS} items.`);
  }
  const position = Math.min(input.position ?? ids.length, ids.length);
  const id = await insertItem(
    db,
    input.meetingId,
    {
      title: input.title,
      kind: input.kind ?? 'discussion',
      presenterAgencyId: input.presenterAgencyId ?? null,
      presenterName: input.presenterName ?? '',
      minutes: input.minutes ?? 10,
      restricted: input.restricted ?? false,
    },
    ids.length,
    now,
  );
  ids.splice(position, 0, id);
  await writePositions(db, ids, now);
}

/** The item and its meeting, refusing changes when the minutes are approved. */
export async function editableItem(db: ReadableDB, id: string): Promise<ItemRow> {
  const item = await one<ItemRow>(db, 'SELECT * FROM agenda_items WHERE id = ?', [id]);
  if (!item) throw new DomainError('NOT_FOUND', 'This agenda item does not exist.', { id });
  await editableMeeting(db, item.meeting_id);
  return item;
}

export async function updateAgendaItem(
  db: WritableDB,
  id: string,
  patch: ItemPatch,
  now: string,
): Promise<string> {
  const item = await editableItem(db, id);
  await assertAgency(db, patch.presenterAgencyId);
  await db.query(
    `UPDATE agenda_items SET title = ?, kind = ?, presenter_agency_id = ?, presenter_name = ?,
       minutes = ?, restricted = ?, updated_at = ? WHERE id = ?`,
    [
      patch.title ?? item.title,
      patch.kind ?? item.kind,
      patch.presenterAgencyId !== undefined ? patch.presenterAgencyId : item.presenter_agency_id,
      patch.presenterName ?? item.presenter_name,
      patch.minutes ?? item.minutes,
      patch.restricted !== undefined ? (patch.restricted ? 1 : 0) : item.restricted,
      now,
      id,
    ],
  );
  return item.meeting_id;
}

export async function reorderAgenda(
  db: WritableDB,
  meetingId: string,
  order: string[],
  now: string,
): Promise<void> {
  await editableMeeting(db, meetingId);
  const ids = await itemIds(db, meetingId);
  const same =
    order.length === ids.length &&
    new Set(order).size === order.length &&
    order.every((id) => ids.includes(id));
  if (!same) {
    throw new DomainError(
      'VALIDATION',
      'The new order must list every item of this agenda exactly once.',
      {
        field: 'itemIds',
      },
    );
  }
  await writePositions(db, order, now);
}

export async function removeAgendaItem(db: WritableDB, id: string, now: string): Promise<string> {
  const item = await editableItem(db, id);
  const decisions = await one<{ n: number }>(
    db,
    'SELECT COUNT(*) AS n FROM decisions WHERE agenda_item_id = ?',
    [id],
  );
  if ((decisions?.n ?? 0) > 0) {
    throw new DomainError(
      'REFERENCED',
      'Decisions were recorded under this item; move them first.',
      {
        decisions: decisions?.n,
      },
    );
  }
  await db.query('DELETE FROM agenda_items WHERE id = ?', [id]);
  await writePositions(db, await itemIds(db, item.meeting_id), now);
  return item.meeting_id;
}

async function templateItems(
  db: ReadableDB,
  templateId: string,
  language: Language,
): Promise<TemplateItem[]> {
  if (templateId === DEFAULT_TEMPLATE_ID) return defaultTemplateItems(language);
  const row = await one<{ items: string }>(db, 'SELECT items FROM agenda_templates WHERE id = ?', [
    templateId,
  ]);
  if (!row)
    throw new DomainError('VALIDATION', 'This agenda template does not exist.', {
      field: 'templateId',
    });
  return JSON.parse(row.items) as TemplateItem[];
}

/** Adds a template's items at the end of the agenda (or instead of it, when `replace`). */
export async function applyTemplateItems(
  db: WritableDB,
  meetingId: string,
  templateId: string,
  replace: boolean,
  now: string,
): Promise<void> {
  const meeting = await editableMeeting(db, meetingId);
  const items = await templateItems(db, templateId, meeting.language);
  let existing = await rows<ItemRow>(
    db,
    'SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position',
    [meetingId],
  );
  if (replace && existing.length > 0) {
    const withNotes = existing.filter((i) => !isEmptyDoc(JSON.parse(i.notes) as RichDoc));
    const decisions = await one<{ n: number }>(
      db,
      'SELECT COUNT(*) AS n FROM decisions WHERE meeting_id = ?',
      [meetingId],
    );
    if (withNotes.length > 0 || (decisions?.n ?? 0) > 0) {
      throw new DomainError(
        'REFERENCED',
        'Some items already hold notes or decisions; the agenda cannot be replaced.',
      );
    }
    await db.query('DELETE FROM agenda_items WHERE meeting_id = ?', [meetingId]);
    existing = [];
  }
  if (existing.length + items.length > MAX_ITEMS) {
    throw new DomainError('VALIDATION', `An agenda holds at most ${MAX_ITEMS} items.`);
  }
  for (const [i, item] of items.entries()) {
    await insertItem(db, meetingId, { ...item, presenterAgencyId: null }, existing.length + i, now);
  }
}

export async function listTemplates(db: ReadableDB, language: Language | undefined) {
  const lang = language ?? 'en';
  const saved = await rows<{ id: string; name: string; items: string }>(
    db,
    'SELECT id, name, items FROM agenda_templates ORDER BY name',
  );
  return {
    items: [
      { id: DEFAULT_TEMPLATE_ID, name: '', builtIn: true, items: defaultTemplateItems(lang) },
      ...saved.map((t) => ({
        id: t.id,
        name: t.name,
        builtIn: false,
        items: JSON.parse(t.items) as TemplateItem[],
      })),
    ],
  };
}

/** Saves a meeting's agenda (titles, kinds, times, restricted flags) as a named template. */
export async function saveTemplate(db: WritableDB, meetingId: string, name: string, now: string) {
  await findMeetingRow(db, meetingId);
  const items = (
    await rows<ItemRow>(db, 'SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position', [
      meetingId,
    ])
  ).map((i) => ({
    kind: i.kind,
    title: i.title,
    minutes: i.minutes,
    restricted: i.restricted === 1,
  }));
  if (items.length === 0) throw new DomainError('VALIDATION', 'This agenda has no items to save.');
  const key = textKey(name);
  if (await one(db, 'SELECT id FROM agenda_templates WHERE name_key = ?', [key])) {
    throw new DomainError('DUPLICATE', 'A template with this name already exists.', {
      field: 'name',
    });
  }
  const id = newId();
  await db.query(
    'INSERT INTO agenda_templates (id, name, name_key, items, created_at) VALUES (?, ?, ?, ?, ?)',
    [id, name, key, JSON.stringify(items), now],
  );
  return { id, name, builtIn: false, items };
}
