/** The agencies slice of the contract (agencies, focal points, import), bound to the open workspace. */
import type { agenciesContract } from '../../../shared/contract/agencies';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { createAgency, deleteAgency, setAgencyArchived, updateAgency } from './agencyCommands';
import { agencyMatrix, getAgencyDetail, listAgencies } from './agencyQueries';
import {
  createFocalPoint,
  endFocalPoint,
  listFocalPoints,
  updateFocalPoint,
  type FocalPointContext,
} from './focalPointCommands';
import { commitImport, previewImport } from './import/importService';

export function agencyHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof agenciesContract> {
  const today = () => workspace.dayOf(now());
  const stamp = () => now().toISOString();
  const fpContext = (): FocalPointContext => ({
    now: stamp(),
    today: today(),
    country: workspace.currentSettings().country,
  });
  return {
    'agencies:list': (input) => workspace.read((db) => listAgencies(db, input, today())),
    'agencies:get': ({ id }) => workspace.read((db) => getAgencyDetail(db, id, today())),
    'agencies:create': (input) => workspace.write((db) => createAgency(db, input, stamp())),
    'agencies:update': ({ id, patch }) =>
      workspace.write((db) => updateAgency(db, id, patch, stamp())),
    'agencies:archive': ({ id, archived }) =>
      workspace.write((db) => setAgencyArchived(db, id, archived, stamp())),
    'agencies:delete': ({ id }) =>
      workspace.write(async (db) => {
        await deleteAgency(db, id);
        return { deleted: true as const };
      }),
    'agencies:matrix': ({ includeObservers }) =>
      workspace.read((db) => agencyMatrix(db, includeObservers)),
    'agencies:importPreview': (input) =>
      workspace.read((db) => previewImport(db, input, workspace.currentSettings().country)),
    'agencies:importCommit': (input) =>
      workspace.write((db) => commitImport(db, input, fpContext())),
    'focalPoints:list': (input) => workspace.read((db) => listFocalPoints(db, input, today())),
    'focalPoints:create': (input) =>
      workspace.write((db) => createFocalPoint(db, input, fpContext())),
    'focalPoints:update': ({ id, patch }) =>
      workspace.write((db) => updateFocalPoint(db, id, patch, fpContext())),
    'focalPoints:end': ({ id, endDate }) =>
      workspace.write((db) => endFocalPoint(db, id, endDate, fpContext())),
  };
}
