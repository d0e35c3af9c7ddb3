/**
 * What the demo generator's steps share: the sizes, the connection, the clock and the world
 * built so far (each step reads what earlier steps made and adds its own part). A later module
 * (cases, NAP, search) adds a step to DEMO_STEPS in generator.ts and, if later steps need them,
 * a field here.
 */
import type { AgencyKind } from '../../../shared/domain/agencies';
import type { BodyKind } from '../../../shared/domain/bodies';
import type { Language } from '../../../shared/domain/languages';
import type { AgendaItemKind, MeetingStatus } from '../../../shared/domain/meetings';
import type { SqliteDatabase } from '../db/sqlite';
import type { Random } from './random';

export interface DemoSizeSpec {
  /** Years of monthly meetings before today. */
  years: number;
  agencies: number;
  focalPoints: number;
  workingGroups: number;
  /** Member agencies of the national task force, of each working group, of the bilateral body. */
  members: { taskForce: number; workingGroup: number; bilateral: number };
  /** Action items raised at the held meetings, in all. */
  actions: number;
  /** Activities and indicators of the demo's National Action Plan (default 40 and 48). */
  napActivities?: number;
  napIndicators?: number;
  /** Anonymised cases of the case module (default 60). */
  cases?: number;
}

export const DEMO_SIZES = {
  small: {
    years: 1,
    agencies: 30,
    focalPoints: 70,
    workingGroups: 2,
    members: { taskForce: 22, workingGroup: 12, bilateral: 8 },
    actions: 320,
    napActivities: 40,
    napIndicators: 48,
    cases: 60,
  },
  large: {
    years: 10,
    agencies: 1000,
    focalPoints: 3000,
    workingGroups: 3,
    members: { taskForce: 60, workingGroup: 35, bilateral: 12 },
    actions: 20_000,
    napActivities: 300,
    napIndicators: 600,
    cases: 5000,
  },
} satisfies Record<string, DemoSizeSpec>;
export type DemoSize = keyof typeof DEMO_SIZES;

export interface DemoAgency {
  id: string;
  name: string;
  kind: AgencyKind;
  language: Language;
  membership: 'member' | 'observer' | 'former';
  /** The focal point in post today (primary), and its name for attendance lists. */
  primaryFocalPointId: string | null;
  primaryName: string;
}

export interface DemoBody {
  id: string;
  name: string;
  code: string;
  kind: BodyKind;
  language: Language;
  memberIds: string[];
  secretariatId: string;
}

export interface DemoMeeting {
  id: string;
  body: DemoBody;
  number: number;
  date: string;
  status: MeetingStatus;
  /** Agenda item ids by kind (the standing items of the default template). */
  items: Partial<Record<AgendaItemKind, string>>;
  decisionIds: string[];
}

export interface DemoWorld {
  agencies: DemoAgency[];
  bodies: DemoBody[];
  /** Every meeting, per body in date order. */
  meetings: DemoMeeting[];
}

export interface DemoContext {
  db: SqliteDatabase;
  /** This step's own random stream (adding a step does not change the others' data). */
  random: Random;
  size: DemoSizeSpec;
  /** Today (YYYY-MM-DD): meetings before it are held, the next one is a draft. */
  today: string;
  /** First day of the generated period. */
  start: string;
  world: DemoWorld;
}

export interface DemoStep {
  name: string;
  run(ctx: DemoContext): void;
}

/** A prepared INSERT for `columns` of `table`: call it with the values in the same order. */
export function inserter(
  db: SqliteDatabase,
  table: string,
  columns: readonly string[],
): (...values: unknown[]) => void {
  const statement = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  return (...values) => {
    statement.run(...values);
  };
}

/** Midday UTC of a date, as stored timestamps. */
export function at(date: string, time = '10:00:00'): string {
  return `${date}T${time}.000Z`;
}
