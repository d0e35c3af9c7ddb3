/**
 * The links from an action item to what it serves: at most one National Action Plan activity
 * and at most one case. Each link is a row keyed by the action in its own table.
 */
import { DomainError } from '../../../shared/errors';
import { CaseActionLinkEntity, CaseEntity } from '../db/entities/cases';
import { NapActionLinkEntity, NapActivityEntity } from '../db/entities/nap';
import { insertRows, type ReadableDB, type WritableDB } from '../db/sql';

interface LinkKind {
  /** Whether the linked record exists. */
  exists: (db: ReadableDB, id: string) => Promise<boolean>;
  /** Removes the action's link of this kind. */
  unlink: (db: WritableDB, actionId: string) => Promise<unknown>;
  /** Stores the link (the action has none of this kind). */
  link: (db: WritableDB, actionId: string, targetId: string) => Promise<void>;
  /** The input field named in a VALIDATION error. */
  field: string;
  missing: string;
}

const LINKS = {
  nap: {
    exists: (db, id) => db.getRepository(NapActivityEntity).existsBy({ id }),
    unlink: (db, actionId) => db.getRepository(NapActionLinkEntity).delete({ actionId }),
    link: (db, actionId, activityId) =>
      insertRows(db, NapActionLinkEntity, { actionId, activityId }),
    field: 'napActivityId',
    missing: 'This NAP activity does not exist.',
  },
  case: {
    exists: (db, id) => db.getRepository(CaseEntity).existsBy({ id }),
    unlink: (db, actionId) => db.getRepository(CaseActionLinkEntity).delete({ actionId }),
    link: (db, actionId, caseId) => insertRows(db, CaseActionLinkEntity, { actionId, caseId }),
    field: 'caseId',
    missing: 'This case does not exist.',
  },
} satisfies Record<string, LinkKind>;

export type ActionLinkKind = keyof typeof LINKS;

/** VALIDATION (on the link's field) unless the linked record exists. */
export async function assertLinkTarget(
  db: ReadableDB,
  kind: ActionLinkKind,
  id: string,
): Promise<void> {
  const link: LinkKind = LINKS[kind];
  if (!(await link.exists(db, id))) {
    throw new DomainError('VALIDATION', link.missing, { field: link.field });
  }
}

/** Links the action (replacing any link of this kind), or unlinks it when null. */
export async function setActionLink(
  db: WritableDB,
  kind: ActionLinkKind,
  actionId: string,
  targetId: string | null,
): Promise<void> {
  const link: LinkKind = LINKS[kind];
  await link.unlink(db, actionId);
  if (targetId) await link.link(db, actionId, targetId);
}

/**
 * Checks the links a create or patch names (undefined: untouched; null: unlink), then returns
 * a function that stores them for the action.
 */
export async function prepareActionLinks(
  db: WritableDB,
  input: { napActivityId?: string | null; caseId?: string | null },
): Promise<(actionId: string) => Promise<void>> {
  const wanted: [ActionLinkKind, string | null | undefined][] = [
    ['nap', input.napActivityId],
    ['case', input.caseId],
  ];
  for (const [kind, id] of wanted) if (id) await assertLinkTarget(db, kind, id);
  return async (actionId) => {
    for (const [kind, id] of wanted) {
      if (id !== undefined) await setActionLink(db, kind, actionId, id);
    }
  };
}
