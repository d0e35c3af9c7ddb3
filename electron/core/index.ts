/**
 * The application core, the same in every host: build it with a data folder (recent list,
 * default workspace folder) and talk to it only through dispatch(channel, input).
 */
import type { ChannelName } from '../../shared/contract';
import type { RpcEnvelope } from '../../shared/errors';
import type { ExportProgress } from '../../shared/contract/exports';
import { changesOf } from '../../shared/contract/changes';
import os from 'node:os';
import path from 'node:path';
import { actionHandlers } from './actions/actionHandlers';
import { carryOverOpenActions } from './actions/carryOver';
import { agencyHandlers } from './agencies/agencyHandlers';
import { agreementHandlers } from './agreements/agreementHandlers';
import { auditHandlers } from './audit/auditHandlers';
import { backupHandlers } from './backup/backupHandlers';
import { BackupLocations } from './backup/backupLocations';
import { createAuditRecorder } from './audit/auditRecorder';
import { bodyHandlers } from './bodies/bodyHandlers';
import { caseHandlers } from './cases/caseHandlers';
import { caseStatisticsHandlers } from './cases/statistics/statisticsHandlers';
import { meetingCaseHandlers } from './cases/meetingCaseHandlers';
import { dashboardHandlers } from './dashboard/dashboardHandlers';
import { demoHandlers } from './demo/demoHandlers';
import { meetingHandlers } from './meetings/meetingHandlers';
import { napHandlers } from './nap/napHandlers';
import { roundTripHandlers } from './roundTrip/roundTripHandlers';
import { napLinkHandlers } from './nap/napLinkHandlers';
import { napReportHandlers } from './nap/report/napReportHandlers';
import { privacyHandlers } from './privacy/privacyHandlers';
import { trainingHandlers } from './trainings/trainingHandlers';
import { searchHandlers } from './search/searchHandlers';
import { createBuilderRunner } from './exports/builderRunner';
import { hostHandlers, type HostServices } from './hostHandlers';
import { exportHandlers } from './exports/exportHandlers';
import { CoreEvents, type CoreEventListener } from '../../shared/coreEvents';
import type { HandlerMap } from './handlers';
import { createRouter } from './router';
import { RecentWorkspaces } from './workspace/recentWorkspaces';
import { workspaceHandlers } from './workspace/workspaceHandlers';
import { defaultWorkspaceFolder } from './workspace/workspacePaths';
import { ensurePrivateFolder } from './workspace/privateFiles';
import { WorkspaceService } from './workspace/workspaceService';
import type { WorkspaceDatabaseOpener } from './db/dataSource';

export interface CoreOptions {
  dataDir: string;
  /** Who the audit log names for changes made through this core (default: the OS user). */
  actor?: string;
  now?: () => Date;
  onInternalError?: (channel: string, error: unknown) => void;
  /** The bundled export worker (out/main/exportWorker.js); without it documents build in-process. */
  exportWorkerScript?: string;
  /** What the host lends the core (Electron: a native folder picker). */
  host?: HostServices;
  /** How often the core checks for an idle workspace to auto-lock (default 15 s). */
  idleCheckMs?: number;
  /**
   * Tests only: the fast tier's in-memory opener (tests/fixtures/memoryDatabase.ts). The app and
   * the browser host never pass it — every workspace they make is an encrypted file.
   */
  openDatabase?: WorkspaceDatabaseOpener;
}

/** Calls that are not a person's activity: they never postpone the auto-lock. */
const PASSIVE_CHANNELS: ReadonlySet<string> = new Set([
  'workspace:status',
  'workspace:recent',
  'workspace:passphraseStrength',
]);

export interface Core {
  dispatch(channel: string, input: unknown): Promise<RpcEnvelope<unknown>>;
  readonly channels: readonly ChannelName[];
  subscribe(listener: CoreEventListener): () => void;
  /** Checkpoint and close the open workspace (app quit). */
  dispose(): Promise<void>;
  /** For tests and hosts in the same process: the workspace session. */
  readonly workspace: WorkspaceService;
}

/** Logs the channel and the error's class only: messages may quote stored content. */
export function logInternalError(channel: string, error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  console.error(`[coordina] unexpected ${kind} in ${channel}`);
  if (process.env.COORDINA_DEBUG === '1') console.error(error);
}

function osUser(): string {
  try {
    return os.userInfo().username || 'local user';
  } catch {
    return 'local user';
  }
}

export function createCore(options: CoreOptions): Core {
  ensurePrivateFolder(options.dataDir);
  const now = options.now ?? (() => new Date());
  const events = new CoreEvents();
  const recent = new RecentWorkspaces(options.dataDir);
  const defaultFolder = defaultWorkspaceFolder(options.dataDir);
  const backupFolder = path.join(options.dataDir, 'backups');
  const workspace = new WorkspaceService({
    defaultFolder,
    backupFolder,
    backupLocations: new BackupLocations(options.dataDir),
    audit: createAuditRecorder(options.actor ?? osUser(), now),
    recent,
    now,
    onChange: (status) => events.emit('workspace:changed', status),
    idleCheckMs: options.idleCheckMs,
    openDatabase: options.openDatabase,
  });
  const exportRunner = createBuilderRunner(options.exportWorkerScript);
  const exportDeps = {
    runner: exportRunner,
    onProgress: (progress: ExportProgress) => events.emit('exports:progress', progress),
  };
  const handlers: HandlerMap = {
    ...workspaceHandlers(workspace, recent, defaultFolder),
    ...agencyHandlers(workspace, now),
    ...bodyHandlers(workspace, now),
    ...exportHandlers(workspace, now, exportDeps),
    ...meetingHandlers(workspace, now, carryOverOpenActions),
    ...actionHandlers(workspace, now),
    ...dashboardHandlers(workspace, now),
    ...hostHandlers(options.host ?? {}),
    ...auditHandlers(workspace),
    ...backupHandlers(workspace, defaultFolder),
    ...demoHandlers(workspace, options.dataDir, now),
    ...privacyHandlers(workspace, now),
    ...napHandlers(workspace, now),
    ...roundTripHandlers(workspace, now, exportDeps),
    ...napLinkHandlers(workspace, now),
    ...napReportHandlers(workspace, now, exportDeps),
    ...caseHandlers(workspace, now),
    ...caseStatisticsHandlers(workspace),
    ...meetingCaseHandlers(workspace, now),
    ...agreementHandlers(workspace, now),
    ...trainingHandlers(workspace, now),
    ...searchHandlers(workspace),
  };
  const router = createRouter(handlers, {
    onInternalError: options.onInternalError ?? logInternalError,
  });
  return {
    async dispatch(channel, input) {
      if (!PASSIVE_CHANNELS.has(channel)) workspace.idle.touch();
      const envelope = await router.dispatch(channel, input);
      // Emitted once the answer has left: the caller's own success handling (leaving the page
      // of a deleted record, say) runs before the refresh the event starts.
      const changes = envelope.ok ? changesOf(channel) : null;
      if (changes) {
        const payload = { channel, changes: [...changes] };
        setImmediate(() => events.emit('data:changed', payload));
      }
      return envelope;
    },
    channels: router.channels,
    subscribe: (listener) => events.subscribe(listener),
    dispose: async () => {
      await exportRunner.dispose();
      await workspace.dispose();
    },
    workspace,
  };
}
