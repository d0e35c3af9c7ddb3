/**
 * Where one agency stands in a round of update forms: returned (its form was imported), late
 * (not returned and the reply date is past), awaited, or — once the round is closed — not
 * returned (missed).
 */
import type { RoundStatus } from '../../../../shared/contract/roundTrip';

export type AgencyReply = Pick<RoundStatus['agencies'][number], 'returnedAt' | 'late'>;

export type ReplyState = 'returned' | 'late' | 'waiting' | 'missed';

export function replyState(agency: AgencyReply, roundClosed = false): ReplyState {
  if (agency.returnedAt !== null) return 'returned';
  if (roundClosed) return 'missed';
  return agency.late ? 'late' : 'waiting';
}
