/** The trainings slice of the contract, bound to the open workspace and the core's clock. */
import type { trainingsContract } from '../../../shared/contract/trainings';
import { setAuditSummary } from '../callContext';
import type { HandlerSlice } from '../handlers';
import { guardSave } from '../privacy/saveGuard';
import type { WorkspaceService } from '../workspace/workspaceService';
import { createTraining, removeTraining, updateTraining } from './trainingCommands';
import { getTraining, listTrainings, trainingSummary } from './trainingQueries';

/** The free-text fields the privacy guard reads (and an override's audit entry withholds). */
const TEXT_FIELDS = ['organiser', 'notes'];

/** What the audit entry keeps of a change: no free text, the fields named that changed. */
function auditOf(input: {
  date?: string;
  format?: string;
  agencies?: { agencyId: string; female: number; male: number; other: number }[];
}): Record<string, unknown> {
  return {
    fields: Object.keys(input).filter((k) => k !== 'id' && k !== 'privacyOverride'),
    ...(input.date === undefined ? {} : { date: input.date }),
    ...(input.format === undefined ? {} : { format: input.format }),
    ...(input.agencies === undefined
      ? {}
      : {
          agencies: input.agencies.length,
          participants: input.agencies.reduce((s, a) => s + a.female + a.male + a.other, 0),
        }),
  };
}

export function trainingHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof trainingsContract> {
  return {
    'trainings:list': (input) => workspace.read((db) => listTrainings(db, input)),
    'trainings:get': ({ id }) => workspace.read((db) => getTraining(db, id)),
    'trainings:summary': (input) => workspace.read((db) => trainingSummary(db, input)),
    // The guard runs after the command, in its transaction: a refusal leaves nothing written.
    'trainings:create': (input) =>
      workspace.write(async (db) => {
        const id = await createTraining(db, input, now().toISOString());
        await guardSave(
          db,
          { organiser: input.organiser, notes: input.notes },
          {},
          input.privacyOverride,
          TEXT_FIELDS,
        );
        setAuditSummary(id, auditOf(input));
        return getTraining(db, id);
      }),
    'trainings:update': (input) =>
      workspace.write(async (db) => {
        await updateTraining(db, input, now().toISOString());
        await guardSave(
          db,
          { organiser: input.organiser, notes: input.notes },
          {},
          input.privacyOverride,
          TEXT_FIELDS,
        );
        setAuditSummary(input.id, auditOf(input));
        return getTraining(db, input.id);
      }),
    'trainings:remove': ({ id }) =>
      workspace.write(async (db) => {
        await removeTraining(db, id);
        setAuditSummary(id, {});
        return { id };
      }),
  };
}
