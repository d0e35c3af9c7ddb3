/**
 * What the crash harness believes the workspace holds: every write it sent, whether it was
 * acknowledged, and — for writes in flight at a kill — whether it turned out to have taken
 * effect. The stream (crashWrites.ts) adds writes, the checks (crashChecks.ts) resolve them,
 * the run (crashRun.ts) drives the rounds.
 */

export const PASSPHRASES = ['amber-lantern-orchid-vessel-42', 'quiet-harbour-violet-compass-97'];
export const WORKSPACE = 'crash';

export type Roles = Record<string, 'lead' | 'support'>;

export interface AgencyVersion {
  name: string;
  roles: Roles;
  write: Write;
}

export interface AgencyModel {
  acronym: string;
  id: string | null;
  versions: AgencyVersion[];
}

export interface FocalPointModel {
  name: string;
  id: string | null;
  agency: AgencyModel;
  replacedBy: FocalPointModel | null;
}

export type Write = {
  seq: number;
  round: number;
  channel: string;
  input: unknown;
  /** acked: the response arrived; unknown: in flight at the kill; then resolved by a check. */
  outcome: 'pending' | 'acked' | 'unknown';
  present: boolean | null;
} & (
  | { kind: 'agency'; agency: AgencyModel }
  | { kind: 'rename'; agency: AgencyModel }
  | { kind: 'focalPoint'; focalPoint: FocalPointModel; replaces: FocalPointModel | null }
  | { kind: 'settings'; letterheadText: string; kAnonymity: number; paperSize: 'A4' | 'Letter' }
  | { kind: 'import'; prefix: string; rows: number }
  | { kind: 'body'; name: string; chair: AgencyModel; members: AgencyModel[] }
  | { kind: 'action'; title: string; owner: AgencyModel; supporter: AgencyModel }
  | { kind: 'passphrase'; from: number; to: number }
);

export type WriteBase = Pick<Write, 'seq' | 'round' | 'outcome' | 'present'>;

export interface CrashReport {
  rounds: number;
  writes: number;
  acked: number;
  /** In flight at a kill, found committed (the response was lost) or absent afterwards. */
  unknownCommitted: number;
  unknownAbsent: number;
  byKind: Record<string, number>;
  killDelaysMs: number[];
  passphraseChanges: number;
}

/** The model of the workspace across rounds. */
export class CrashState {
  readonly writes: Write[] = [];
  readonly agencies: AgencyModel[] = [];
  readonly focalPoints: FocalPointModel[] = [];
  /** Records (and 'settings' / 'passphrase') a write in flight is changing. */
  readonly busy = new Set<object | string>();
  /** Index into PASSPHRASES of the passphrase the workspace has after the last known change. */
  passphrase = 0;
  seq = 0;
  round = 0;
  readonly report: CrashReport = {
    rounds: 0,
    writes: 0,
    acked: 0,
    unknownCommitted: 0,
    unknownAbsent: 0,
    byKind: {},
    killDelaysMs: [],
    passphraseChanges: 0,
  };

  /** A write known to have taken effect: its records can be referred to by later writes. */
  settle(write: Write, result: { id?: string } | null): void {
    if (write.kind === 'agency') {
      write.agency.id = result?.id ?? write.agency.id;
      this.agencies.push(write.agency);
    }
    if (write.kind === 'focalPoint') {
      write.focalPoint.id = result?.id ?? write.focalPoint.id;
      this.focalPoints.push(write.focalPoint);
      if (write.replaces) write.replaces.replacedBy = write.focalPoint;
    }
    if (write.kind === 'passphrase') {
      this.passphrase = write.to;
      this.report.passphraseChanges++;
    }
    for (const target of targetsOf(write)) this.busy.delete(target);
  }

  /** An unacknowledged write, found to have taken effect or not. */
  resolve(write: Write, present: boolean): void {
    write.present = present;
    if (present) {
      this.report.unknownCommitted++;
      this.settle(write, null);
    } else {
      this.report.unknownAbsent++;
      for (const target of targetsOf(write)) this.busy.delete(target);
    }
  }

  /** Writes of this round whose outcome is still open. */
  unresolved(): Write[] {
    return this.writes.filter(
      (w) => w.round === this.round && w.outcome === 'unknown' && w.present === null,
    );
  }

  /** The passphrase change in flight at the kill, if any. */
  pendingPassphraseChange(): (Write & { kind: 'passphrase' }) | undefined {
    return this.writes.find(
      (w): w is Write & { kind: 'passphrase' } =>
        w.kind === 'passphrase' && w.outcome === 'unknown' && w.present === null,
    );
  }

  describeRound(dataDir: string): string {
    const mine = this.writes.filter((w) => w.round === this.round);
    const unknown = mine.filter((w) => w.outcome !== 'acked');
    return (
      `round ${this.round}: ${mine.length} writes, ${mine.length - unknown.length} acknowledged; ` +
      `in flight at the kill: ${unknown.map((w) => `${w.seq} ${w.channel}`).join(', ') || 'none'}; ` +
      `workspace kept in ${dataDir}`
    );
  }
}

/** What a write changes that no other write in flight may change at the same time. */
export function targetsOf(write: Write): (object | string)[] {
  if (write.kind === 'rename') return [write.agency];
  if (write.kind === 'focalPoint' && write.replaces) return [write.replaces];
  if (write.kind === 'settings' || write.kind === 'passphrase') return [write.kind];
  return [];
}

export function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

export function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export function sameRoles(a: Roles, b: Roles): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}
