/** The agreements slice of the contract, bound to the open workspace and the core's clock. */
import type { agreementsContract } from '../../../shared/contract/agreements';
import { setAuditSummary } from '../callContext';
import type { HandlerSlice } from '../handlers';
import { guardSave } from '../privacy/saveGuard';
import type { WorkspaceService } from '../workspace/workspaceService';
import { archiveAgreement, createAgreement, updateAgreement } from './agreementCommands';
import { getAgreement, listAgreements } from './agreementQueries';

/** The free-text fields the privacy guard reads (and an override's audit entry withholds). */
const TEXT_FIELDS = ['location', 'notes'];

/** What the audit entry keeps of a change: no free text, the fields named that changed. */
function auditOf(input: Record<string, unknown>): Record<string, unknown> {
  const { type, status, reviewOn, signedOn, inForceFrom, archived } = input;
  return {
    fields: Object.keys(input).filter((k) => k !== 'id' && k !== 'privacyOverride'),
    ...(type === undefined ? {} : { type }),
    ...(status === undefined ? {} : { status }),
    ...(signedOn === undefined ? {} : { signedOn }),
    ...(inForceFrom === undefined ? {} : { inForceFrom }),
    ...(reviewOn === undefined ? {} : { reviewOn }),
    ...(archived === undefined ? {} : { archived }),
  };
}

export function agreementHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof agreementsContract> {
  const today = () => workspace.dayOf(now());
  return {
    'agreements:list': (input) => workspace.read((db) => listAgreements(db, input, today())),
    'agreements:get': ({ id }) => workspace.read((db) => getAgreement(db, id, today())),
    // The guard runs after the command, in its transaction: a refusal leaves nothing written,
    // and a missing record or a wrong reference is reported as such first.
    'agreements:create': (input) =>
      workspace.write(async (db) => {
        const id = await createAgreement(db, input, now().toISOString());
        await guardSave(
          db,
          { location: input.location, notes: input.notes },
          {},
          input.privacyOverride,
          TEXT_FIELDS,
        );
        setAuditSummary(id, auditOf(input));
        return getAgreement(db, id, today());
      }),
    'agreements:update': (input) =>
      workspace.write(async (db) => {
        await updateAgreement(db, input, now().toISOString());
        await guardSave(
          db,
          { location: input.location, notes: input.notes },
          {},
          input.privacyOverride,
          TEXT_FIELDS,
        );
        setAuditSummary(input.id, auditOf(input));
        return getAgreement(db, input.id, today());
      }),
    'agreements:archive': ({ id, archived }) =>
      workspace.write(async (db) => {
        await archiveAgreement(db, id, archived, now().toISOString());
        setAuditSummary(id, { archived });
        return getAgreement(db, id, today());
      }),
  };
}
