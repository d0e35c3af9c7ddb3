/**
 * Row errors shared by the action rows (formPreview.ts) and the NAP rows (napFormRows.ts) of a
 * returned form; its own module so that neither imports the other.
 */
import type { FormRow } from '../../../shared/contract/roundTrip';

/** A row left empty changes nothing: that its record moved on meanwhile does not matter. */
export function dropStaleErrors(errors: FormRow['errors']): void {
  const kept = errors.filter((e) => e.code !== 'conflict' && e.code !== 'closed');
  errors.splice(0, errors.length, ...kept);
}
