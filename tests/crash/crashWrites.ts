/**
 * The stream of writes the crash harness sends: random valid changes of every kind (agencies,
 * renames with pillar roles, focal points and replacements, settings, imports, bodies,
 * action items with a supporting agency), each
 * one recorded in the model with what it should leave in the workspace; a passphrase round
 * starts with a passphrase change.
 */
import {
  PASSPHRASES,
  pick,
  shuffle,
  targetsOf,
  type AgencyModel,
  type CrashState,
  type FocalPointModel,
  type Roles,
  type Write,
  type WriteBase,
} from './crashModel';

export function nextWrite(state: CrashState, passphraseRound: boolean): Write {
  const seq = ++state.seq;
  const tag = `r${state.round} w${seq}`;
  const base = { seq, round: state.round, outcome: 'pending' as const, present: null };
  const free = state.agencies.filter((a) => !state.busy.has(a));
  const replaceable = state.focalPoints.filter((f) => !f.replacedBy && !state.busy.has(f));
  const options: [number, () => Write | null][] = [
    [30, () => agencyWrite(base, tag)],
    [18, () => (state.agencies.length > 0 ? focalPointWrite(state, base, tag, null) : null)],
    [
      8,
      () => (replaceable.length > 0 ? focalPointWrite(state, base, tag, pick(replaceable)) : null),
    ],
    [10, () => (state.busy.has('settings') ? null : settingsWrite(base, tag))],
    [10, () => importWrite(base, tag)],
    [8, () => (state.agencies.length >= 2 ? bodyWrite(state, base, tag) : null)],
    [8, () => (state.agencies.length >= 2 ? actionWrite(state, base, tag) : null)],
    [10, () => (free.length > 0 ? renameWrite(base, tag, pick(free)) : null)],
  ];
  if (passphraseRound && !state.writes.some((w) => w.round === state.round)) {
    options.splice(0, options.length, [1, () => passphraseWrite(state, base)]);
  }
  for (;;) {
    const total = options.reduce((sum, [w]) => sum + w, 0);
    let r = Math.random() * total;
    const choice = options.find(([w]) => (r -= w) < 0) ?? options[0]!;
    const write = choice[1]();
    if (write) {
      for (const target of targetsOf(write)) state.busy.add(target);
      return write;
    }
  }
}

function agencyWrite(base: WriteBase, tag: string): Write {
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

function renameWrite(base: WriteBase, tag: string, agency: AgencyModel): Write {
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

function focalPointWrite(
  state: CrashState,
  base: WriteBase,
  tag: string,
  replaces: FocalPointModel | null,
): Write {
  const agency = replaces ? replaces.agency : pick(state.agencies);
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

function settingsWrite(base: WriteBase, tag: string): Write {
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

function importWrite(base: WriteBase, tag: string): Write {
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

function bodyWrite(state: CrashState, base: WriteBase, tag: string): Write {
  const members = shuffle(state.agencies).slice(0, 2 + (base.seq % 3));
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

/** An action item with a supporting agency: two tables, one transaction. */
function actionWrite(state: CrashState, base: WriteBase, tag: string): Write {
  const [owner, supporter] = shuffle(state.agencies) as [AgencyModel, AgencyModel];
  const title = `Crash action ${tag}`;
  return {
    ...base,
    kind: 'action',
    title,
    owner,
    supporter,
    channel: 'actions:create',
    input: {
      title,
      ownerAgencyId: owner.id,
      supportingAgencyIds: [supporter.id],
      dueDate: '2027-01-15',
      priority: 'high',
    },
  };
}

function passphraseWrite(state: CrashState, base: WriteBase): Write {
  const from = state.passphrase;
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
