/**
 * The links from an action item to what it serves: at most one National Action Plan activity
 * and at most one case. Each link is a row keyed by the action in its own table.
 */
import { DomainError } from '../../../shared/errors';
import { one, type Db } from '../db/sql';

interface LinkKind {
  /** The link table (primary key action_id) and its target column. */
  table: string;
  column: string;
  /** The linked records' table. */
  target: string;
  /** The input field named in a VALIDATION error. */
  field: string;
  missing: string;
}

const LINKS = {
  nap: {
    table: 'nap_action_links',
    column: 'activity_id',
    target: 'nap_activities',
    field: 'napActivityId',
    missing: 'This NAP activity does not exist.',
  },
  case: {
    table: 'case_action_links',
    column: 'case_id',
    target: 'cases',
    field: 'caseId',
    missing: 'This case does not exist.',
  },
} satisfies Record<string, LinkKind>;

export type ActionLinkKind = keyof typeof LINKS;

/** VALIDATION (on the link's field) unless the linked record exists. */
export async function assertLinkTarget(db: Db, kind: ActionLinkKind, id: string): Promise<void> {
  const link: LinkKind = LINKS[kind];
  const found = await one<{ id: string }>(db, `SELECT id FROM ${link.target} WHERE id = ?`, [id]);
  if (!found) throw new DomainError('VALIDATION', link.missing, { field: link.field });
}

/** Links the action (replacing any link of this kind), or unlinks it when null. */
export async function setActionLink(
  db: Db,
  kind: ActionLinkKind,
  actionId: string,
  targetId: string | null,
): Promise<void> {
  const link: LinkKind = LINKS[kind];
  await db.query(`DELETE FROM ${link.table} WHERE action_id = ?`, [actionId]);
  if (targetId) {
    await db.query(`INSERT INTO ${link.table} (action_id, ${link.column}) VALUES (?, ?)`, [
      actionId,
      targetId,
    ]);
  }
}

/**
 * Checks the links a create or patch names (undefined: untouched; null: unlink), then returns
 * a function that stores them for the action.
 */
export async function prepareActionLinks(
  db: Db,
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
