/**
 * After a kill: does the workspace hold exactly what the model says? Every acknowledged write
 * in full, every write in flight either in full or not at all (resolving it in the model),
 * nothing else, and one audit entry per write that took effect.
 */
import type { SqliteDatabase } from '../../electron/core/db/sqlite';
import { sameRoles, type CrashState, type Roles, type Write } from './crashModel';

export function checkModel(state: CrashState, db: SqliteDatabase): string[] {
  const problems: string[] = [];
  const unknown = () => state.unresolved();
  /** An acked write must be present; an unknown one is resolved by what is found. */
  const expectPresence = (write: Write, found: boolean, what: string) => {
    if (write.present === null) state.resolve(write, found);
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
        db.prepare('SELECT pillar, role FROM agency_pillar_roles WHERE agency_id = ?').all(id) as {
          pillar: string;
          role: 'lead' | 'support';
        }[]
      ).map((r) => [r.pillar, r.role]),
    );
  const agencyCreates = state.writes.filter(
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
      if (v.write.present === null) state.resolve(v.write, took);
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
  for (const write of state.writes) {
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
  for (const write of state.writes) {
    if (write.kind !== 'import') continue;
    const rows = db
      .prepare(
        `SELECT a.name, count(f.id) AS fps, group_concat(f.name) AS fp_names FROM agencies a
         LEFT JOIN focal_points f ON f.agency_id = a.id WHERE a.name LIKE ? ESCAPE '\\' GROUP BY a.id`,
      )
      .all(`${write.prefix} %`) as { name: string; fps: number }[];
    if (rows.length !== 0 && rows.length !== write.rows) {
      problems.push(`import ${write.seq} is half there: ${rows.length} of ${write.rows} agencies`);
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
  for (const write of state.writes) {
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

  // Action items: with their owner and supporting agency, or not at all.
  for (const write of state.writes) {
    if (write.kind !== 'action') continue;
    const action = db
      .prepare('SELECT id, owner_agency_id FROM actions WHERE title = ?')
      .get(write.title) as { id: string; owner_agency_id: string } | undefined;
    if (write.present === false) {
      if (action) problems.push(`action ${write.seq} was found absent before, now exists`);
      continue;
    }
    expectPresence(write, action !== undefined, `action ${write.seq}`);
    if (!action) continue;
    const supporting = (
      db
        .prepare('SELECT agency_id FROM action_supporting_agencies WHERE action_id = ?')
        .all(action.id) as { agency_id: string }[]
    ).map((r) => r.agency_id);
    if (action.owner_agency_id !== write.owner.id || supporting.join() !== write.supporter.id) {
      problems.push(
        `action ${write.seq} is half-present: supporting ${JSON.stringify(supporting)}`,
      );
    }
  }

  // Settings: the fields of the last update that took effect, all from that one update.
  const settings = db
    .prepare('SELECT letterhead_text, k_anonymity, paper_size FROM workspace_settings')
    .get() as { letterhead_text: string; k_anonymity: number; paper_size: string };
  const settingsWrites = state.writes.filter(
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
  if (candidate && matches(candidate)) state.resolve(candidate, true);
  else {
    if (candidate) state.resolve(candidate, false);
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
  const took = state.writes.filter((w) => w.present === true);
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const expectCount = (what: string, actual: number, expected: number) => {
    if (actual !== expected) problems.push(`${what}: ${actual} in the file, ${expected} expected`);
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
    'action items',
    count('SELECT count(*) AS n FROM actions'),
    took.filter((w) => w.kind === 'action').length,
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
