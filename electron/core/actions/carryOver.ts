/**
 * Carry-over: when a meeting's minutes are drafted, every action of its body still open is
 * carried into the body's next meeting's review of action items.
 *
 * Recorded as one `action_carry_overs` row per (action, meeting whose minutes were drafted):
 * the row names the meeting the action was carried FROM, not the one it goes to. So the next
 * meeting need not exist yet — when it is created later, its review lists the action anyway
 * (the review shows the body's open actions from earlier meetings) and the count is already
 * right. Drafting the same minutes again (after going back to "held") records nothing new.
 * `actions.carried_over` is kept equal to the number of rows (shown as timesCarriedOver).
 *
 * Carried: open (open, in_progress, blocked) actions of the body raised at this meeting or an
 * earlier one, or raised outside meetings. Done and cancelled actions are not carried and
 * drop out of the next reviews.
 */
import { OPEN_ACTION_STATUSES } from '../../../shared/domain/actions';
import { placeholders, type WritableDB } from '../db/sql';
import type { StatusHook } from '../meetings/meetingCommands';

const CARRIED = `SELECT a.id FROM actions a LEFT JOIN meetings o ON o.id = a.meeting_id
  WHERE a.body_id = ? AND a.status IN (${placeholders(OPEN_ACTION_STATUSES)})
    AND (a.meeting_id IS NULL OR o.number <= ?)`;

export const carryOverOpenActions: StatusHook = async (db: WritableDB, meeting) => {
  const params = [meeting.body_id, ...OPEN_ACTION_STATUSES, meeting.number];
  // INSERT OR IGNORE … SELECT: TypeORM's insert cannot take its rows from a SELECT.
  await db.query(
    `INSERT OR IGNORE INTO action_carry_overs (action_id, meeting_id) SELECT id, ? FROM (${CARRIED})`,
    [meeting.id, ...params],
  );
  // A correlated count over the same SELECT of carried actions, with positional parameters
  // shared with the INSERT above: one statement, not one UPDATE per action.
  await db.query(
    `UPDATE actions SET carried_over =
       (SELECT COUNT(*) FROM action_carry_overs c WHERE c.action_id = actions.id)
     WHERE id IN (${CARRIED})`,
    params,
  );
};
