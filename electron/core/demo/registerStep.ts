/**
 * Step 1: the agency register. Agencies of every kind (national offices, provincial offices,
 * NGOs, international organisations, foreign counterparts) with pillar roles, and their focal
 * points: a primary in post for each, alternates, and predecessors who were replaced.
 */
import {
  AGENCY_KINDS,
  PILLARS,
  defaultSectorFor,
  type AgencyKind,
} from '../../../shared/domain/agencies';
import { addDays } from '../../../shared/domain/actions';
import type { Language } from '../../../shared/domain/languages';
import { textKey } from '../db/sql';
import { AGENCY_BASE_NAMES, COUNTERPART_COUNTRIES, PLACES, acronymOf } from './agencyNames';
import { at, inserter, type DemoAgency, type DemoContext, type DemoStep } from './demoWorld';
import { FIRST_NAMES, JOB_TITLES, LAST_NAMES, mailbox } from './people';
import type { Random } from './random';

/** Kinds after the first of each: more ministries, police, local offices and NGOs. */
const COMMON_KINDS: AgencyKind[] = [
  'ministry',
  'law_enforcement',
  'law_enforcement',
  'social_welfare',
  'social_welfare',
  'labour_inspection',
  'immigration_border',
  'local_government',
  'local_government',
  'ngo',
  'ngo',
  'ngo',
  'health',
  'prosecution_judiciary',
  'community_faith_based',
  'private_sector',
];

function language(random: Random): Language {
  const r = random.next();
  return r < 0.6 ? 'en' : r < 0.8 ? 'es' : 'fr';
}

function uniqueName(
  random: Random,
  kind: AgencyKind,
  lang: Language,
  local: boolean,
  taken: Set<string>,
): string {
  for (let attempt = 0; ; attempt++) {
    const base = random.pick(AGENCY_BASE_NAMES[kind][lang]);
    let name = local ? `${base} — ${random.pick(PLACES[lang])}` : base;
    if (attempt > 6) name = `${name} ${attempt - 5}`;
    if (!taken.has(textKey(name))) {
      taken.add(textKey(name));
      return name;
    }
  }
}

function personName(random: Random, lang: Language): string {
  return `${random.pick(FIRST_NAMES[lang])} ${random.pick(LAST_NAMES[lang])}`;
}

export const registerStep: DemoStep = {
  name: 'register',
  run(ctx: DemoContext) {
    const { db, random, size, start, today } = ctx;
    const agency = inserter(db, 'agencies', [
      'id',
      'name',
      'name_key',
      'acronym',
      'acronym_key',
      'kind',
      'sector',
      'level',
      'country',
      'roles_text',
      'membership_status',
      'notes',
      'archived_at',
      'created_at',
      'updated_at',
    ]);
    const role = inserter(db, 'agency_pillar_roles', ['agency_id', 'pillar', 'role']);
    const focalPoint = inserter(db, 'focal_points', [
      'id',
      'agency_id',
      'name',
      'title',
      'email',
      'phone',
      'role',
      'languages',
      'start_date',
      'end_date',
      'replaced_by_id',
      'created_at',
      'updated_at',
    ]);
    const taken = new Set<string>();
    const seen = new Set<AgencyKind>();
    const created = at(start);
    for (let i = 0; i < size.agencies; i++) {
      const kind = i < AGENCY_KINDS.length ? AGENCY_KINDS[i]! : random.pick(COMMON_KINDS);
      const lang = language(random);
      const level =
        kind === 'foreign_counterpart' || kind === 'international_organisation'
          ? 'international'
          : kind === 'local_government' || (seen.has(kind) && random.chance(0.6))
            ? 'subnational'
            : 'national';
      seen.add(kind);
      const name = uniqueName(random, kind, lang, level === 'subnational', taken);
      const acronym = acronymOf(name);
      const r = random.next();
      const membership = i < 12 || r < 0.8 ? 'member' : r < 0.95 ? 'observer' : 'former';
      const id = random.uuid();
      agency(
        id,
        name,
        textKey(name),
        acronym,
        textKey(acronym),
        kind,
        defaultSectorFor(kind),
        level,
        kind === 'foreign_counterpart' ? random.pick(COUNTERPART_COUNTRIES) : '',
        '',
        membership,
        '',
        null,
        created,
        created,
      );
      for (const pillar of PILLARS) {
        if (random.chance(0.35)) role(id, pillar, random.chance(0.3) ? 'lead' : 'support');
      }
      ctx.world.agencies.push({
        id,
        name,
        kind,
        language: lang,
        membership,
        primaryFocalPointId: null,
        primaryName: '',
      });
    }

    // Focal points: a primary for every agency, then alternates and replaced predecessors.
    const agencies = ctx.world.agencies;
    const extra = Math.max(0, size.focalPoints - agencies.length);
    const alternates = Math.min(agencies.length, Math.ceil(extra / 2));
    const predecessors = extra - alternates;
    const span = Math.max(1, Math.round((Date.parse(today) - Date.parse(start)) / 86_400_000));
    const insertPerson = (
      a: DemoAgency,
      role: 'primary' | 'alternate',
      from: string,
      to: string | null,
      replacedBy: string | null,
    ) => {
      const id = random.uuid();
      const lang = random.chance(0.8) ? a.language : language(random);
      const name = personName(random, lang);
      const domain = `${mailbox(acronymOf(a.name) || 'agency')}${agencies.indexOf(a) + 1}.example`;
      const languages = lang === 'en' ? ['en'] : [lang, 'en'];
      focalPoint(
        id,
        a.id,
        name,
        random.pick(JOB_TITLES[lang]),
        `${mailbox(name)}@${domain}`,
        '',
        role,
        JSON.stringify(languages),
        from,
        to,
        replacedBy,
        at(from),
        at(to ?? from),
      );
      return { id, name };
    };
    const currentStart = new Map<string, { id: string; from: string }>();
    for (const a of agencies) {
      const from = addDays(start, random.int(0, Math.floor(span / 2)));
      const fp = insertPerson(a, 'primary', from, null, null);
      a.primaryFocalPointId = fp.id;
      a.primaryName = fp.name;
      currentStart.set(a.id, { id: fp.id, from });
    }
    for (let i = 0; i < alternates; i++) {
      const a = agencies[i]!;
      insertPerson(a, 'alternate', addDays(start, random.int(0, span - 1)), null, null);
    }
    for (let i = 0; i < predecessors; i++) {
      const a = agencies[i % agencies.length]!;
      const successor = currentStart.get(a.id)!;
      const from = addDays(successor.from, -random.int(365, 3 * 365));
      const fp = insertPerson(a, 'primary', from, successor.from, successor.id);
      currentStart.set(a.id, { id: fp.id, from });
    }
  },
};
