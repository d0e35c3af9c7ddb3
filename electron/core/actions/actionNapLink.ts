/** The link from an action item to the National Action Plan activity it serves (at most one). */
import { DomainError } from '../../../shared/errors';
import { one, type Db } from '../db/sql';

/** VALIDATION (field napActivityId) unless the activity exists. */
export async function assertNapActivity(db: Db, activityId: string): Promise<void> {
  const found = await one<{ id: string }>(db, 'SELECT id FROM nap_activities WHERE id = ?', [
    activityId,
  ]);
  if (!found) {
    throw new DomainError('VALIDATION', 'This NAP activity does not exist.', {
      field: 'napActivityId',
    });
  }
}

/** Links the action to the activity (replacing any link), or unlinks it when null. */
export async function setNapLink(
  db: Db,
  actionId: string,
  activityId: string | null,
): Promise<void> {
  await db.query('DELETE FROM nap_action_links WHERE action_id = ?', [actionId]);
  if (activityId) {
    await db.query('INSERT INTO nap_action_links (action_id, activity_id) VALUES (?, ?)', [
      actionId,
      activityId,
    ]);
  }
}
