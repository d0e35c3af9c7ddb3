/**
 * Crash-safety harness (issue 7). Each round starts the built browser host (a child process
 * running the real core), opens one workspace and keeps it busy with a stream of writes over
 * HTTP — two requests in flight, so the core always has a transaction going — then SIGKILLs
 * it after a random delay. A write counts as acknowledged when its HTTP response (sent only
 * after the transaction committed) reaches this process; writes still in flight at the kill
 * have an unknown outcome.
 *
 * After each kill the workspace is opened in this process with the real core and checked:
 * it opens (with the expected passphrase), `integrity_check` is ok, foreign keys hold, the
 * audit chain verifies, every acknowledged write is there in full, every other write is
 * either there in full or not at all (an import with all its agencies and their focal
 * points or none; a replacement together with the end of the predecessor's term; a body with
 * all its members; a rename together with its pillar roles; settings fields from one update),
 * nothing else is there, and the audit log has exactly one entry per write that took effect.
 * The model carries over: the next round starts from the recovered file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { rawConnection } from '../../electron/core/db/dataSource';
import type { SqliteDatabase } from '../../electron/core/db/sqlite';
import { rpcCall, startHostProcess, type RunningHost } from '../fixtures/hostProcess';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

const PASSPHRASES = ['amber-lantern-orchid-vessel-42', 'quiet-harbour-violet-compass-97'];
const IN_FLIGHT = 2;
const WORKSPACE = 'crash';

type Roles = Record<string, 'lead' | 'support'>;

interface AgencyVersion {
  name: string;
  roles: Roles;
  write: Write;
}

interface AgencyModel {
  acronym: string;
  id: string | null;
  versions: AgencyVersion[];
}

interface FocalPointModel {
  name: string;
  id: string | null;
  agency: AgencyModel;
  replacedBy: FocalPointModel | null;
}

type Write = {
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
  | { kind: 'passphrase'; from: number; to: number }
);

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

export interface CrashOptions {
  rounds: number;
  /** Longest random delay before the kill, from the start of the write stream. */
  maxKillDelayMs?: number;
  /**
   * Every n-th round starts with a passphrase change (two key derivations and a rekey); 0:
   * never. Off by default while a kill during the rekey loses the workspace (see
   * killDuringPassphraseChange).
   */
  passphraseEvery?: number;
  log?: (line: string) => void;
}

class CrashRun {
  readonly dataDir = makeTempDir('coordina-crash-');
  private readonly writes: Write[] = [];
  private readonly agencies: AgencyModel[] = [];
  private readonly focalPoints: FocalPointModel[] = [];
  private readonly busy = new Set<object | string>();
  private passphrase = 0;
  private seq = 0;
  private round = 0;
  private readonly report: CrashReport = {
    rounds: 0,
    writes: 0,
    acked: 0,
    unknownCommitted: 0,
    unknownAbsent: 0,
    byKind: {},
    killDelaysMs: [],
    passphraseChanges: 0,
  };

  constructor(private readonly options: CrashOptions) {}

  async run(): Promise<CrashReport> {
    for (this.round = 0; this.round < this.options.rounds; this.round++) {
      const delay = await this.crashRound();
      this.report.killDelaysMs.push(delay);
      await this.verify();
      this.report.rounds++;
      this.options.log?.(
        `round ${this.round}: killed after ${delay} ms; ${this.writes.length} writes so far`,
      );
    }
    return this.report;
  }

  cleanup(): void {
    removeDir(this.dataDir);
  }

  // -------------------------------------------------------------------------------------------
  // The child: start, open, write until killed

  private async crashRound(): Promise<number> {
    const host = await startHostProcess(this.dataDir);
    try {
      await this.openInHost(host);
      // A passphrase change takes a few hundred ms: those rounds give it time to finish, or not.
      const maxDelay = (this.options.maxKillDelayMs ?? 300) * (this.passphraseRound() ? 4 : 1);
      const delay = Math.floor(Math.random() * maxDelay);
      const exited = new Promise<void>((resolve) => host.child.once('exit', () => resolve()));
      let killed = false;
      const timer = setTimeout(() => {
        killed = true;
        host.child.kill('SIGKILL');
      }, delay);
      const inFlight = new Set<Promise<void>>();
      while (!killed) {
        while (inFlight.size < IN_FLIGHT && !killed) {
          const sent = this.send(host, this.nextWrite());
          inFlight.add(sent);
          const done = () => void inFlight.delete(sent);
          sent.then(done, done);
        }
        await Promise.race(inFlight);
      }
      clearTimeout(timer);
      await exited;
      await Promise.allSettled([...inFlight]);
      return delay;
    } finally {
      if (host.child.exitCode === null && host.child.signalCode === null) {
        host.child.kill('SIGKILL');
      }
    }
  }

  private async openInHost(host: RunningHost): Promise<void> {
    const passphrase = PASSPHRASES[this.passphrase]!;
    const { body } =
      this.round === 0
        ? await rpcCall(host, 'workspace:create', {
            path: WORKSPACE,
            passphrase,
            passphraseConfirm: passphrase,
            settings: { taskForceName: 'Crash Test Task Force' },
          })
        : await rpcCall(host, 'workspace:open', { path: WORKSPACE, passphrase });
    if (body.ok !== true) {
      throw new Error(
        `round ${this.round}: the host could not open the workspace: ${JSON.stringify(body)}`,
      );
    }
  }

  private async send(host: RunningHost, write: Write): Promise<void> {
    this.writes.push(write);
    this.report.writes++;
    this.report.byKind[write.kind] = (this.report.byKind[write.kind] ?? 0) + 1;
    let body: Record<string, unknown>;
    try {
      ({ body } = await rpcCall(host, write.channel, write.input));
    } catch {
      write.outcome = 'unknown'; // the connection died with the child
      return;
    }
    if (body.ok !== true) {
      throw new Error(
        `write ${write.seq} (${write.channel}) was refused: ${JSON.stringify(body)}; the harness only sends valid writes`,
      );
    }
    write.outcome = 'acked';
    write.present = true;
    this.report.acked++;
    this.settle(write, body.result as { id?: string });
  }

  /** A write known to have taken effect: its records can be referred to by later writes. */
  private settle(write: Write, result: { id?: string } | null): void {
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
    for (const target of this.targetsOf(write)) this.busy.delete(target);
  }

  private targetsOf(write: Write): (object | string)[] {
    if (write.kind === 'rename') return [write.agency];
    if (write.kind === 'focalPoint' && write.replaces) return [write.replaces];
    if (write.kind === 'settings' || write.kind === 'passphrase') return [write.kind];
    return [];
  }

  // -------------------------------------------------------------------------------------------
  // The stream of writes

  private passphraseRound(): boolean {
    const every = this.options.passphraseEvery ?? 0;
    return every > 0 && this.round % every === every - 1;
  }

  private nextWrite(): Write {
    const seq = ++this.seq;
    const tag = `r${this.round} w${seq}`;
    const base = { seq, round: this.round, outcome: 'pending' as const, present: null };
    const free = this.agencies.filter((a) => !this.busy.has(a));
    const replaceable = this.focalPoints.filter((f) => !f.replacedBy && !this.busy.has(f));
    const options: [number, () => Write | null][] = [
      [30, () => this.agencyWrite(base, tag)],
      [18, () => (this.agencies.length > 0 ? this.focalPointWrite(base, tag, null) : null)],
      [
        8,
        () => (replaceable.length > 0 ? this.focalPointWrite(base, tag, pick(replaceable)) : null),
      ],
      [10, () => (this.busy.has('settings') ? null : this.settingsWrite(base, tag))],
      [10, () => this.importWrite(base, tag)],
      [8, () => (this.agencies.length >= 2 ? this.bodyWrite(base, tag) : null)],
      [10, () => (free.length > 0 ? this.renameWrite(base, tag, pick(free)) : null)],
    ];
    if (this.passphraseRound() && !this.writes.some((w) => w.round === this.round)) {
      options.splice(0, options.length, [1, () => this.passphraseWrite(base)]);
    }
    for (;;) {
      const total = options.reduce((sum, [w]) => sum + w, 0);
      let r = Math.random() * total;
      const choice = options.find(([w]) => (r -= w) < 0) ?? options[0]!;
      const write = choice[1]();
      if (write) {
        for (const target of this.targetsOf(write)) this.busy.add(target);
        return write;
      }
    }
  }

  private agencyWrite(base: WriteBase, tag: string): Write {
    const roles: Roles = { prevention: 'lead', protection: 'support' };
    const agency: AgencyModel = { acronym: `C${base.seq}`, id: null, versions: [] };
    const name = `Crash agency ${tag}`;
    const write: Write = {
      ...base,
      kind: 'agency',
      agency,
      channel: 'agencies:create',
      input: { name, acronym: agency.acronym, kind: 'ngo', pillarRoles: roles },
    };
    agency.versions.push({ name, roles, write });
    return write;
  }

  private renameWrite(base: WriteBase, tag: string, agency: AgencyModel): Write {
    const roles: Roles =
      base.seq % 2 === 0 ? { partnership: 'lead' } : { prosecution: 'support', prevention: 'lead' };
    const name = `Renamed agency ${tag}`;
    const write: Write = {
      ...base,
      kind: 'rename',
      agency,
      channel: 'agencies:update',
      input: { id: agency.id, patch: { name, pillarRoles: roles } },
    };
    agency.versions.push({ name, roles, write });
    return write;
  }

  private focalPointWrite(base: WriteBase, tag: string, replaces: FocalPointModel | null): Write {
    const agency = replaces ? replaces.agency : pick(this.agencies);
    const focalPoint: FocalPointModel = {
      name: `Crash focal point ${tag}`,
      id: null,
      agency,
      replacedBy: null,
    };
    const write: Write = {
      ...base,
      kind: 'focalPoint',
      focalPoint,
      replaces,
      channel: 'focalPoints:create',
      input: {
        agencyId: agency.id,
        name: focalPoint.name,
        email: `fp${base.seq}@example.org`,
        role: 'alternate',
        ...(replaces ? { replacesId: replaces.id } : {}),
      },
    };
    return write;
  }

  private settingsWrite(base: WriteBase, tag: string): Write {
    const letterheadText = `Letterhead ${tag}`;
    const kAnonymity = 2 + (base.seq % 49);
    const paperSize = base.seq % 2 === 0 ? 'A4' : 'Letter';
    return {
      ...base,
      kind: 'settings',
      letterheadText,
      kAnonymity,
      paperSize,
      channel: 'workspace:updateSettings',
      input: { letterheadText, kAnonymity, paperSize },
    };
  }

  private importWrite(base: WriteBase, tag: string): Write {
    const rows = 2 + (base.seq % 11);
    const prefix = `Imported ${tag} row`;
    const lines = ['Name,Acronym,Type,Focal point,Email'];
    for (let j = 0; j < rows; j++) {
      lines.push(
        `${prefix} ${j},I${base.seq}x${j},ngo,Imported person ${tag} ${j},i${base.seq}x${j}@example.org`,
      );
    }
    return {
      ...base,
      kind: 'import',
      prefix,
      rows,
      channel: 'agencies:importCommit',
      input: {
        fileName: `import-${base.seq}.csv`,
        contentBase64: Buffer.from(lines.join('\n')).toString('base64'),
        mapping: { name: 0, acronym: 1, kind: 2, focalPointName: 3, focalPointEmail: 4 },
        duplicates: 'refuse',
      },
    };
  }

  private bodyWrite(base: WriteBase, tag: string): Write {
    const members = shuffle(this.agencies).slice(0, 2 + (base.seq % 3));
    const chair = members[0]!;
    const name = `Crash body ${tag}`;
    return {
      ...base,
      kind: 'body',
      name,
      chair,
      members,
      channel: 'bodies:create',
      input: {
        name,
        kind: 'working_group',
        chairAgencyId: chair.id,
        memberAgencyIds: members.map((m) => m.id),
        quorum: { kind: 'fixed', count: 2 },
      },
    };
  }

  private passphraseWrite(base: WriteBase): Write {
    const from = this.passphrase;
    const to = 1 - from;
    return {
      ...base,
      kind: 'passphrase',
      from,
      to,
      channel: 'workspace:changePassphrase',
      input: {
        currentPassphrase: PASSPHRASES[from],
        newPassphrase: PASSPHRASES[to],
        newPassphraseConfirm: PASSPHRASES[to],
      },
    };
  }

  // -------------------------------------------------------------------------------------------
  // After the kill

  private async verify(): Promise<void> {
    const problems: string[] = [];
    const internal: string[] = [];
    const core = createCore({
      dataDir: this.dataDir,
      actor: 'crash verifier',
      onInternalError: (channel, error) => internal.push(`${channel}: ${String(error)}`),
    });
    try {
      const opened = await this.openInCore(core);
      if (!opened) {
        throw new Error(
          `round ${this.round}: the workspace does not open after the kill with either passphrase (${internal.join('; ')})\n${this.describeRound()}`,
        );
      }
      const db = rawConnection(core.workspace.dataSource());
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
      const fk = db.pragma('foreign_key_check') as unknown[];
      if (fk.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 5))}`);
      const chain = await core.dispatch('audit:verify', {});
      if (!chain.ok || (chain.result as { ok: boolean }).ok !== true) {
        problems.push(`audit:verify: ${JSON.stringify(chain)}`);
      }
      problems.push(...this.checkModel(db));
    } finally {
      await core.dispose();
    }
    if (problems.length > 0) {
      throw new Error(
        `round ${this.round}: the workspace after the kill is not what the acknowledged writes say:\n  - ${problems.join('\n  - ')}\n${this.describeRound()}`,
      );
    }
  }

  /** Opens with the expected passphrase; after an unacknowledged change, with either. */
  private async openInCore(core: ReturnType<typeof createCore>): Promise<boolean> {
    const pending = this.writes.find(
      (w) => w.kind === 'passphrase' && w.outcome === 'unknown' && w.present === null,
    );
    const candidates =
      pending?.kind === 'passphrase' ? [pending.from, pending.to] : [this.passphrase];
    for (const index of candidates) {
      const opened = await core.dispatch('workspace:open', {
        path: WORKSPACE,
        passphrase: PASSPHRASES[index],
      });
      if (opened.ok) {
        if (pending?.kind === 'passphrase') {
          this.resolve(pending, index === pending.to);
        }
        return true;
      }
      if (opened.error.code !== 'WRONG_PASSPHRASE') return false;
    }
    return false;
  }

  private resolve(write: Write, present: boolean): void {
    write.present = present;
    if (present) {
      this.report.unknownCommitted++;
      this.settle(write, null);
    } else {
      this.report.unknownAbsent++;
      for (const target of this.targetsOf(write)) this.busy.delete(target);
    }
  }

  private checkModel(db: SqliteDatabase): string[] {
    const problems: string[] = [];
    const unknown = () =>
      this.writes.filter(
        (w) => w.round === this.round && w.outcome === 'unknown' && w.present === null,
      );
    /** An acked write must be present; an unknown one is resolved by what is found. */
    const expectPresence = (write: Write, found: boolean, what: string) => {
      if (write.present === null) this.resolve(write, found);
      else if (write.present !== found) {
        problems.push(
          `${what}: ${found ? 'present' : 'missing'}, but the write was ${write.outcome === 'acked' ? 'acknowledged' : write.present ? 'committed before' : 'found absent before'}`,
        );
      }
    };

    // Agencies made one by one: identified by acronym, each version (create, renames) whole.
    const agencyRows = new Map(
      (
        db.prepare('SELECT id, name, acronym FROM agencies').all() as {
          id: string;
          name: string;
          acronym: string;
        }[]
      ).map((r) => [r.acronym, r]),
    );
    const rolesOf = (id: string): Roles =>
      Object.fromEntries(
        (
          db
            .prepare('SELECT pillar, role FROM agency_pillar_roles WHERE agency_id = ?')
            .all(id) as { pillar: string; role: 'lead' | 'support' }[]
        ).map((r) => [r.pillar, r.role]),
      );
    const agencyCreates = this.writes.filter(
      (w): w is Write & { kind: 'agency' } => w.kind === 'agency',
    );
    for (const write of agencyCreates) {
      const { agency } = write;
      if (write.present === false) {
        if (agencyRows.has(agency.acronym))
          problems.push(`agency ${agency.acronym} was found absent before, now exists`);
        continue;
      }
      const row = agencyRows.get(agency.acronym);
      expectPresence(write, row !== undefined, `agency ${agency.acronym}`);
      if (!row || write.present !== true) continue;
      agency.id = row.id;
      const roles = rolesOf(row.id);
      // The newest version that took effect must match, name and roles together.
      const versions = agency.versions.filter((v) => v.write.present !== false);
      const matching = versions.findIndex((v) => v.name === row.name && sameRoles(v.roles, roles));
      if (matching < 0) {
        problems.push(
          `agency ${agency.acronym} is "${row.name}" with roles ${JSON.stringify(roles)}: no write made it so`,
        );
        continue;
      }
      versions.forEach((v, i) => {
        if (i === 0) return;
        const took = i <= matching;
        if (v.write.present === null) this.resolve(v.write, took);
        else if (v.write.present !== took) {
          problems.push(
            `rename ${v.write.seq} of ${agency.acronym} ${took ? 'took effect' : 'is missing'} but was ${v.write.present ? 'committed' : 'absent'}`,
          );
        }
      });
    }

    // Focal points: identified by name; a replacement ends its predecessor in the same write.
    const fpRows = new Map(
      (
        db
          .prepare(
            'SELECT id, name, agency_id, replaced_by_id, end_date, start_date FROM focal_points',
          )
          .all() as {
          id: string;
          name: string;
          agency_id: string;
          replaced_by_id: string | null;
          end_date: string | null;
          start_date: string | null;
        }[]
      ).map((r) => [r.name, r]),
    );
    for (const write of this.writes) {
      if (write.kind !== 'focalPoint') continue;
      const { focalPoint, replaces } = write;
      const row = fpRows.get(focalPoint.name);
      if (write.present === false) {
        if (row) problems.push(`focal point ${write.seq} was found absent before, now exists`);
        continue;
      }
      expectPresence(write, row !== undefined, `focal point ${write.seq}`);
      if (row) {
        focalPoint.id = row.id;
        if (row.agency_id !== focalPoint.agency.id)
          problems.push(`focal point ${write.seq} is on the wrong agency`);
      }
      if (replaces) {
        const old = fpRows.get(replaces.name);
        const linked = old?.replaced_by_id ?? null;
        if (row && (linked !== row.id || old?.end_date !== row.start_date)) {
          problems.push(
            `replacement ${write.seq} exists but its predecessor is not ended and linked (${JSON.stringify(old)})`,
          );
        }
        if (!row && (linked !== null || old?.end_date !== null)) {
          problems.push(
            `replacement ${write.seq} is missing but its predecessor was ended (${JSON.stringify(old)})`,
          );
        }
      }
    }

    // Imports: all rows, each with its focal point, or nothing.
    for (const write of this.writes) {
      if (write.kind !== 'import') continue;
      const rows = db
        .prepare(
          `SELECT a.name, count(f.id) AS fps, group_concat(f.name) AS fp_names FROM agencies a
           LEFT JOIN focal_points f ON f.agency_id = a.id WHERE a.name LIKE ? ESCAPE '\\' GROUP BY a.id`,
        )
        .all(`${write.prefix} %`) as { name: string; fps: number }[];
      if (rows.length !== 0 && rows.length !== write.rows) {
        problems.push(
          `import ${write.seq} is half there: ${rows.length} of ${write.rows} agencies`,
        );
      }
      const missingFp = rows.filter((r) => r.fps !== 1);
      if (missingFp.length > 0) {
        problems.push(
          `import ${write.seq}: agencies without their one focal point: ${missingFp.map((r) => r.name).join(', ')}`,
        );
      }
      if (write.present === false && rows.length > 0)
        problems.push(`import ${write.seq} was found absent before, now exists`);
      else if (write.present !== false)
        expectPresence(write, rows.length === write.rows, `import ${write.seq}`);
    }

    // Bodies: with all their members and the chair, or not at all.
    for (const write of this.writes) {
      if (write.kind !== 'body') continue;
      const body = db
        .prepare('SELECT id, chair_agency_id FROM bodies WHERE name = ?')
        .get(write.name) as { id: string; chair_agency_id: string } | undefined;
      if (write.present === false) {
        if (body) problems.push(`body ${write.seq} was found absent before, now exists`);
        continue;
      }
      expectPresence(write, body !== undefined, `body ${write.seq}`);
      if (!body) continue;
      const members = (
        db.prepare('SELECT agency_id FROM body_members WHERE body_id = ?').all(body.id) as {
          agency_id: string;
        }[]
      )
        .map((m) => m.agency_id)
        .sort();
      const expected = write.members.map((m) => m.id!).sort();
      if (
        JSON.stringify(members) !== JSON.stringify(expected) ||
        body.chair_agency_id !== write.chair.id
      ) {
        problems.push(
          `body ${write.seq} has members ${JSON.stringify(members)}, expected ${JSON.stringify(expected)}`,
        );
      }
    }

    // Settings: the fields of the last update that took effect, all from that one update.
    const settings = db
      .prepare('SELECT letterhead_text, k_anonymity, paper_size FROM workspace_settings')
      .get() as { letterhead_text: string; k_anonymity: number; paper_size: string };
    const settingsWrites = this.writes.filter(
      (w): w is Write & { kind: 'settings' } => w.kind === 'settings' && w.present !== false,
    );
    const lastAcked = settingsWrites.filter((w) => w.present === true).at(-1);
    const candidate = settingsWrites.find((w) => w.present === null);
    const matches = (
      w: { letterheadText: string; kAnonymity: number; paperSize: string } | undefined,
    ) =>
      w
        ? settings.letterhead_text === w.letterheadText &&
          settings.k_anonymity === w.kAnonymity &&
          settings.paper_size === w.paperSize
        : settings.letterhead_text === '';
    if (candidate && matches(candidate)) this.resolve(candidate, true);
    else {
      if (candidate) this.resolve(candidate, false);
      if (!matches(lastAcked)) {
        problems.push(
          `settings are ${JSON.stringify(settings)}, expected those of write ${lastAcked?.seq ?? '(none)'}`,
        );
      }
    }

    for (const write of unknown()) {
      problems.push(`write ${write.seq} (${write.kind}) could not be resolved`);
    }

    // Nothing else: counts of records and audit entries match the writes that took effect.
    const took = this.writes.filter((w) => w.present === true);
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const expectCount = (what: string, actual: number, expected: number) => {
      if (actual !== expected)
        problems.push(`${what}: ${actual} in the file, ${expected} expected`);
    };
    const imported = took
      .filter((w) => w.kind === 'import')
      .reduce((n, w) => n + (w.kind === 'import' ? w.rows : 0), 0);
    expectCount(
      'agencies',
      count('SELECT count(*) AS n FROM agencies'),
      took.filter((w) => w.kind === 'agency').length + imported,
    );
    expectCount(
      'focal points',
      count('SELECT count(*) AS n FROM focal_points'),
      took.filter((w) => w.kind === 'focalPoint').length + imported,
    );
    expectCount(
      'bodies',
      count('SELECT count(*) AS n FROM bodies'),
      took.filter((w) => w.kind === 'body').length,
    );
    const audit = new Map(
      (
        db.prepare('SELECT channel, count(*) AS n FROM audit_log GROUP BY channel').all() as {
          channel: string;
          n: number;
        }[]
      ).map((r) => [r.channel, r.n]),
    );
    const expectedAudit = new Map<string, number>([['workspace:create', 1]]);
    for (const w of took) expectedAudit.set(w.channel, (expectedAudit.get(w.channel) ?? 0) + 1);
    for (const channel of new Set([...audit.keys(), ...expectedAudit.keys()])) {
      expectCount(
        `audit entries for ${channel}`,
        audit.get(channel) ?? 0,
        expectedAudit.get(channel) ?? 0,
      );
    }
    return problems;
  }

  private describeRound(): string {
    const mine = this.writes.filter((w) => w.round === this.round);
    const unknown = mine.filter((w) => w.outcome !== 'acked');
    return (
      `round ${this.round}: ${mine.length} writes, ${mine.length - unknown.length} acknowledged; ` +
      `in flight at the kill: ${unknown.map((w) => `${w.seq} ${w.channel}`).join(', ') || 'none'}; ` +
      `workspace kept in ${this.dataDir}`
    );
  }
}

type WriteBase = Pick<Write, 'seq' | 'round' | 'outcome' | 'present'>;

function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function sameRoles(a: Roles, b: Roles): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

/**
 * Runs the rounds. On failure the workspace folder is kept for inspection (its path is in
 * the error); on success it is removed.
 */
export async function runCrashRounds(options: CrashOptions): Promise<CrashReport> {
  const run = new CrashRun(options);
  const report = await run.run();
  run.cleanup();
  return report;
}

export function crashRoundsFromEnv(fallback: number): number {
  const raw = process.env.COORDINA_CRASH_ROUNDS;
  const rounds = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new Error(`COORDINA_CRASH_ROUNDS must be a positive integer, not "${raw}"`);
  }
  return rounds;
}

export interface PassphraseCrash {
  /** Which passphrase opens the workspace after the kill. */
  opensWith: 'old' | 'new' | 'neither';
  /** Audit entries for workspace:changePassphrase in the reopened workspace. */
  auditEntries: number;
  integrity: string | null;
}

/**
 * Kills the host at a chosen point of workspace:changePassphrase, found from the files it
 * touches rather than from timing: the rekey runs in rollback-journal mode, so its journal
 * grows to the size of the whole file before the file itself is rewritten.
 * - 'rekey': at the first write to the workspace file while that full journal exists (the
 *   file is half re-encrypted); retried until the kill leaves the journal behind.
 * - 'afterRekey': as soon as that journal is gone (the rekey committed), before the response.
 */
export async function killDuringPassphraseChange(
  phase: 'rekey' | 'afterRekey',
): Promise<PassphraseCrash> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const dataDir = makeTempDir('coordina-rekey-crash-');
    try {
      const outcome = await passphraseCrashAttempt(dataDir, phase);
      if (outcome) return outcome;
    } finally {
      removeDir(dataDir);
    }
  }
  throw new Error(`no kill landed in the ${phase} phase of a passphrase change in 5 attempts`);
}

async function passphraseCrashAttempt(
  dataDir: string,
  phase: 'rekey' | 'afterRekey',
): Promise<PassphraseCrash | null> {
  const [oldPassphrase, newPassphrase] = PASSPHRASES as [string, string];
  const folder = path.join(dataDir, 'workspaces');
  const file = path.join(folder, `${WORKSPACE}.coordina`);
  const journal = `${file}-journal`;
  const host = await startHostProcess(dataDir);
  let landed = false;
  try {
    const created = await rpcCall(host, 'workspace:create', {
      path: WORKSPACE,
      passphrase: oldPassphrase,
      passphraseConfirm: oldPassphrase,
      settings: { taskForceName: 'Rekey Crash Task Force' },
    });
    if (created.body.ok !== true) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
    const exited = new Promise<void>((resolve) => host.child.once('exit', () => resolve()));
    const sizeOf = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : -1);
    let sawRekeyJournal = false;
    const watcher = fs.watch(folder, (_event, name) => {
      const journalSize = sizeOf(journal);
      if (journalSize >= sizeOf(file) && journalSize > 0) sawRekeyJournal = true;
      const now =
        phase === 'rekey'
          ? sawRekeyJournal && journalSize > 0 && name === path.basename(file)
          : sawRekeyJournal && journalSize < 0;
      if (now && !landed) {
        landed = true;
        host.child.kill('SIGKILL');
      }
    });
    try {
      const response = await rpcCall(host, 'workspace:changePassphrase', {
        currentPassphrase: oldPassphrase,
        newPassphrase,
        newPassphraseConfirm: newPassphrase,
      });
      if (response.body.ok !== true) {
        throw new Error(`changePassphrase failed: ${JSON.stringify(response.body)}`);
      }
      landed = false; // answered: the kill came too late
    } catch (error) {
      if (!landed) throw error;
    } finally {
      watcher.close();
    }
    host.child.kill('SIGKILL');
    await exited;
    if (!landed || (phase === 'rekey' && !fs.existsSync(journal))) return null;
  } finally {
    if (host.child.exitCode === null && host.child.signalCode === null) host.child.kill('SIGKILL');
  }

  const core = createCore({ dataDir, onInternalError: () => undefined });
  try {
    for (const [label, passphrase] of [
      ['old', oldPassphrase],
      ['new', newPassphrase],
    ] as const) {
      const opened = await core.dispatch('workspace:open', { path: WORKSPACE, passphrase });
      if (!opened.ok) continue;
      const audit = await core.dispatch('audit:list', { channel: 'workspace:changePassphrase' });
      const integrity = rawConnection(core.workspace.dataSource()).pragma('integrity_check', {
        simple: true,
      }) as string;
      return {
        opensWith: label,
        auditEntries: audit.ok ? (audit.result as { total: number }).total : -1,
        integrity,
      };
    }
    return { opensWith: 'neither', auditEntries: -1, integrity: null };
  } finally {
    await core.dispose();
  }
}
