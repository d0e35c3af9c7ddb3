/** The cases-at-meetings slice: which cases a meeting's restricted item lists. */
import type { caseMeetingsContract } from '../../../shared/contract/cases';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { getMeetingCases, setMeetingCases } from './meetingCases';

export function meetingCaseHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof caseMeetingsContract> {
  return {
    'cases:setMeetingCases': (input) =>
      workspace.write(async (db) => {
        await setMeetingCases(db, input, now().toISOString());
        return getMeetingCases(db, input.meetingId);
      }),
    'cases:meetingCases': ({ meetingId }) => workspace.read((db) => getMeetingCases(db, meetingId)),
  };
}
