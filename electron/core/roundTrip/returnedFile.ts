/**
 * A returned form in either shape: the .xlsx form (signed: its header names the round and the
 * agency) or the same form re-saved as CSV (unsigned). A CSV is told apart by its content (not
 * a zip). Its round and agency are those its rows were issued for: each row still carries the
 * hidden action id, state and row signature, and the (round, agency) of the workspace under
 * which most rows verify is the file's; when none does (or two tie) the file is refused whole
 * ('csv_unidentified'). Its rows are then checked exactly as the .xlsx form's rows are: a row
 * of another agency's action, or not of that round's form, is an error of that row.
 */
import type { FormFileError } from '../../../shared/contract/roundTrip';
import { idSchema } from '../../../shared/contract/common';
import { DomainError } from '../../../shared/errors';
import { UpdateRoundAgencyEntity, UpdateRoundEntity } from '../db/entities/roundTrip';
import { placeholders, rows, type ReadableDB } from '../db/sql';
import { checkReturnedForm, type CheckedForm } from './formPreview';
import { sameSignature, signHeader, signRow, type FormHeader } from './formSignature';
import { readReturnedCsv, type ReturnedCsv } from './readReturnedCsv';
import { readReturnedForm, type ReturnedForm } from './readReturnedForm';

export type ReturnedFile =
  { source: 'xlsx'; form: ReturnedForm } | { source: 'csv'; csv: ReturnedCsv };

const isZip = (bytes: Buffer) => bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;

export async function readReturnedFile(bytes: Buffer): Promise<ReturnedFile> {
  if (isZip(bytes)) return { source: 'xlsx', form: await readReturnedForm(bytes) };
  return { source: 'csv', csv: readReturnedCsv(bytes) };
}

const refuse = (reason: FormFileError, message: string) =>
  new DomainError('VALIDATION', message, { reason });

const unidentified = () =>
  refuse(
    'csv_unidentified',
    'The agency of this CSV file cannot be determined: it holds no row of a form issued by this workspace.',
  );

/** A round and agency a returned CSV may have been issued for. */
export interface Candidate {
  round_id: string;
  agency_id: string;
  body_id: string;
  secret: string;
}

/** Hot query (roundTrip:importPreview): the rounds that held a form for an owner of the actions. */
function candidatesOf(db: ReadableDB, ids: string[]): Promise<Candidate[]> {
  return rows<Candidate>(
    db,
    `SELECT r.id AS round_id, a.agency_id, r.body_id, r.secret
     FROM update_round_agencies a JOIN update_rounds r ON r.id = a.round_id
     WHERE a.agency_id IN (
       SELECT DISTINCT owner_agency_id FROM actions WHERE id IN (${placeholders(ids)}))`,
    ids,
  );
}

/** The round and agency a CSV's rows were issued for. */
async function identify(db: ReadableDB, csv: ReturnedCsv): Promise<Candidate> {
  if (csv.roundId && csv.agencyId) {
    const round = await db
      .getRepository(UpdateRoundEntity)
      .findOne({ select: { id: true, bodyId: true, secret: true }, where: { id: csv.roundId } });
    if (!round) throw refuse('unknown_round', 'This form is not from a round of this workspace.');
    const included = await db
      .getRepository(UpdateRoundAgencyEntity)
      .existsBy({ roundId: round.id, agencyId: csv.agencyId });
    if (!included) throw unidentified();
    return {
      round_id: round.id,
      agency_id: csv.agencyId,
      body_id: round.bodyId,
      secret: round.secret,
    };
  }
  // Enough rows to tell the form apart, few enough to stay quick however many rounds there were.
  const signed = csv.rows
    .slice(0, 200)
    .filter((r) => r.signature !== '' && idSchema.safeParse(r.actionId).success);
  const ids = [...new Set(signed.map((r) => r.actionId))];
  if (!ids.length) throw unidentified();
  // The rounds that held a form for an agency owning one of the named actions.
  const candidates = await candidatesOf(db, ids);
  const scored = candidates
    .map((c) => {
      const header: FormHeader = { roundId: c.round_id, agencyId: c.agency_id, bodyId: c.body_id };
      const verified = signed.filter((r) =>
        sameSignature(
          r.signature,
          signRow(c.secret, header, { actionId: r.actionId, stateAt: r.stateAt }),
        ),
      ).length;
      return { c, verified };
    })
    .sort((a, b) => b.verified - a.verified);
  const [best, next] = scored;
  if (!best || best.verified === 0 || next?.verified === best.verified) throw unidentified();
  return best.c;
}

/** The preview of a returned file (the commit checks it again inside its transaction). */
export async function checkReturnedFile(
  db: ReadableDB,
  file: ReturnedFile,
  today: string,
): Promise<CheckedForm> {
  if (file.source === 'xlsx') return checkReturnedForm(db, file.form, today);
  const found = await identify(db, file.csv);
  const header: FormHeader = {
    roundId: found.round_id,
    agencyId: found.agency_id,
    bodyId: found.body_id,
  };
  // Identified by its rows, the file is checked as a form of that round and agency would be.
  const checked = await checkReturnedForm(
    db,
    // A CSV holds one sheet, the Actions sheet: it answers no NAP row.
    { header, signature: signHeader(found.secret, header), rows: file.csv.rows, napRows: [] },
    today,
  );
  return { ...checked, preview: { ...checked.preview, source: 'csv', unsigned: true } };
}

/** A CSV is applied only row by row, as the secretariat confirmed them. */
export function requireCsvConfirmation(file: ReturnedFile, acceptRows: number[] | undefined) {
  if (file.source === 'csv' && !acceptRows?.length) {
    throw new DomainError(
      'VALIDATION',
      'A form returned as CSV is not signed: confirm each row to apply (acceptRows).',
      { reason: 'csv_needs_confirmation', field: 'acceptRows' },
    );
  }
}
