/**
 * Building the jobs of the exports slice off the main event loop (builderRunner), once the
 * privacy guard has passed them, while reporting progress; follow-up letters as one draft per
 * agency.
 */
import {
  DOCX_MIME,
  type ExportProgress,
  type exportsContract,
  type ExportedFile,
} from '../../../shared/contract/exports';
import type { PrivacyOverride } from '../../../shared/contract/privacy';
import { guardBuild } from '../privacy/exportGuard';
import type { WorkspaceService } from '../workspace/workspaceService';
import type { BuilderRunner } from './builderRunner';
import type { Job } from './exportJobs';
import { agencyDrafts } from './followUpDistribution';

export interface ExportDeps {
  runner: BuilderRunner;
  onProgress: (progress: ExportProgress) => void;
}

/** The builds of the slice, for one workspace and its runner. */
export function exportBuilds(workspace: WorkspaceService, deps: ExportDeps) {
  /**
   * Builds the jobs one after another, reporting progress across all of them — once the privacy
   * guard has checked what they print (refused with PII_DETECTED, or overridden and audited).
   */
  const build = async (
    channel: keyof typeof exportsContract,
    jobs: Job[],
    override: PrivacyOverride | undefined,
    auditOverride = true,
  ) => {
    await guardBuild(workspace, jobs, override, auditOverride);
    const files: ExportedFile[] = [];
    deps.onProgress({ channel, fraction: 0 });
    for (const [i, job] of jobs.entries()) {
      const bytes = await deps.runner.build(job.name, job.args as never, (done, total) =>
        deps.onProgress({ channel, fraction: (i + done / Math.max(total, 1)) / jobs.length }),
      );
      files.push({
        fileName: job.fileName,
        mimeType: job.mimeType ?? DOCX_MIME,
        data: bytes.toString('base64'),
        bytes: bytes.length,
      });
    }
    deps.onProgress({ channel, fraction: 1 });
    return files;
  };
  const single = async (
    channel: keyof typeof exportsContract,
    job: Job,
    override: PrivacyOverride | undefined,
    auditOverride = true,
  ) => (await build(channel, [job], override, auditOverride))[0]!;

  /** Follow-up letters as drafts, one per agency (see followUpDistribution). */
  const letterDrafts = async (
    channel: keyof typeof exportsContract,
    job: Job<'followUp'>,
    override: PrivacyOverride | undefined,
  ) => agencyDrafts(job, (jobs) => build(channel, jobs, override));

  return { build, single, letterDrafts };
}

export type ExportBuilds = ReturnType<typeof exportBuilds>;
