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
import { AgencyEntity } from '../db/entities/agencies';
import { DecisionEntity } from '../db/entities/decisions';
import {
  AgendaItemEntity,
  AgendaTemplateEntity,
  type AgendaItemRow,
} from '../db/entities/meetings';
import { insertRows, newId, textKey, type WritableDB, type ReadableDB } from '../db/sql';
import { editableMeeting, findMeetingRow } from './meetingQueries';

type AddInput = z.output<(typeof meetingsContract)['agenda:addItem']['input']>;
type ItemPatch = z.output<(typeof meetingsContract)['agenda:updateItem']['input']>['patch'];

const MAX_ITEMS = 200;

async function assertAgency(db: ReadableDB, id: string | null | undefined): Promise<void> {
  if (!id) return;
  if (!(await db.getRepository(AgencyEntity).existsBy({ id }))) {
    throw new DomainError('VALIDATION', 'The presenting agency does not exist.', {
      field: 'presenterAgencyId',
    });
  }
}

async function itemIds(db: ReadableDB, meetingId: string): Promise<string[]> {
  return (
    await db.getRepository(AgendaItemEntity).find({
      select: { id: true },
      where: { meetingId },
      order: { position: 'ASC' },
    })
  ).map((r) => r.id);
}

async function writePositions(db: WritableDB, ids: string[], now: string): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await db.getRepository(AgendaItemEntity).update({ id }, { position, updatedAt: now });
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
  await insertRows(db, AgendaItemEntity, {
    id,
    meetingId,
    position,
    title: item.title,
    kind: item.kind,
    presenterAgencyId: item.presenterAgencyId,
    presenterName: item.presenterName ?? '',
    minutes: item.minutes,
    restricted: item.restricted ? 1 : 0,
    createdAt: now,
    updatedAt: now,
  });
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
export async function editableItem(db: ReadableDB, id: string): Promise<AgendaItemRow> {
  const item = await db.getRepository(AgendaItemEntity).findOneBy({ id });
  if (!item) throw new DomainError('NOT_FOUND', 'This agenda item does not exist.', { id });
  await editableMeeting(db, item.meetingId);
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
  await db.getRepository(AgendaItemEntity).update(
    { id },
    {
      title: patch.title ?? item.title,
      kind: patch.kind ?? item.kind,
      presenterAgencyId:
        patch.presenterAgencyId !== undefined ? patch.presenterAgencyId : item.presenterAgencyId,
      presenterName: patch.presenterName ?? item.presenterName,
      minutes: patch.minutes ?? item.minutes,
      restricted: patch.restricted !== undefined ? (patch.restricted ? 1 : 0) : item.restricted,
      updatedAt: now,
    },
  );
  return item.meetingId;
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
  const decisions = await db.getRepository(DecisionEntity).countBy({ agendaItemId: id });
  if (decisions > 0) {
    throw new DomainError(
      'REFERENCED',
      'Decisions were recorded under this item; move them first.',
      {
        decisions,
      },
    );
  }
  await db.getRepository(AgendaItemEntity).delete({ id });
  await writePositions(db, await itemIds(db, item.meetingId), now);
  return item.meetingId;
}

async function templateItems(
  db: ReadableDB,
  templateId: string,
  language: Language,
): Promise<TemplateItem[]> {
  if (templateId === DEFAULT_TEMPLATE_ID) return defaultTemplateItems(language);
  const row = await db
    .getRepository(AgendaTemplateEntity)
    .findOne({ select: { items: true }, where: { id: templateId } });
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
  let existing = await db.getRepository(AgendaItemEntity).find({
    select: { id: true, notes: true },
    where: { meetingId },
    order: { position: 'ASC' },
  });
  if (replace && existing.length > 0) {
    const withNotes = existing.filter((i) => !isEmptyDoc(JSON.parse(i.notes) as RichDoc));
    const decisions = await db.getRepository(DecisionEntity).countBy({ meetingId });
    if (withNotes.length > 0 || decisions > 0) {
      throw new DomainError(
        'REFERENCED',
        'Some items already hold notes or decisions; the agenda cannot be replaced.',
      );
    }
    await db.getRepository(AgendaItemEntity).delete({ meetingId });
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
  const saved = await db.getRepository(AgendaTemplateEntity).find({
    select: { id: true, name: true, items: true },
    order: { name: 'ASC' },
  });
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
    await db.getRepository(AgendaItemEntity).find({
      select: { kind: true, title: true, minutes: true, restricted: true },
      where: { meetingId },
      order: { position: 'ASC' },
    })
  ).map((i) => ({
    kind: i.kind as AgendaItemKind,
    title: i.title,
    minutes: i.minutes,
    restricted: i.restricted === 1,
  }));
  if (items.length === 0) throw new DomainError('VALIDATION', 'This agenda has no items to save.');
  const key = textKey(name);
  if (await db.getRepository(AgendaTemplateEntity).existsBy({ nameKey: key })) {
    throw new DomainError('DUPLICATE', 'A template with this name already exists.', {
      field: 'name',
    });
  }
  const id = newId();
  await insertRows(db, AgendaTemplateEntity, {
    id,
    name,
    nameKey: key,
    items: JSON.stringify(items),
    createdAt: now,
  });
  return { id, name, builtIn: false, items };
}
