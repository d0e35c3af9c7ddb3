/** Conversions between an agency and its form (empty Selects, pillar "no role", sector default). */
import type { Agency, AgencyInput } from '../../../../shared/contract/agencies';
import {
  defaultSectorFor,
  PILLARS,
  type AgencyKind,
  type Level,
  type MembershipStatus,
  type Pillar,
  type PillarRole,
  type Sector,
} from '../../../../shared/domain/agencies';

export type PillarChoice = PillarRole | 'none';

export interface AgencyFormValues {
  name: string;
  acronym: string;
  kind: AgencyKind | null;
  /** null: derived from the kind by the core. */
  sector: Sector | null;
  level: Level;
  country: string;
  membershipStatus: MembershipStatus;
  rolesText: string;
  pillarRoles: Record<Pillar, PillarChoice>;
  notes: string;
}

export const AGENCY_FORM_FIELDS = [
  'name',
  'acronym',
  'kind',
  'sector',
  'level',
  'country',
  'membershipStatus',
  'rolesText',
  'notes',
] as const;

export function toAgencyFormValues(agency: Agency | null): AgencyFormValues {
  const roles = agency?.pillarRoles ?? {};
  return {
    name: agency?.name ?? '',
    acronym: agency?.acronym ?? '',
    kind: agency?.kind ?? null,
    sector: agency?.sector ?? null,
    level: agency?.level ?? 'national',
    country: agency?.country ?? '',
    membershipStatus: agency?.membershipStatus ?? 'member',
    rolesText: agency?.rolesText ?? '',
    pillarRoles: Object.fromEntries(PILLARS.map((p) => [p, roles[p] ?? 'none'])) as Record<
      Pillar,
      PillarChoice
    >,
    notes: agency?.notes ?? '',
  };
}

/** The create input; also the update patch (every field sent, so the form is the truth). */
export function toAgencyInput(values: AgencyFormValues, editing: boolean): AgencyInput {
  const kind = values.kind as AgencyKind;
  const pillarRoles: Partial<Record<Pillar, PillarRole>> = {};
  for (const pillar of PILLARS) {
    const choice = values.pillarRoles[pillar];
    if (choice !== 'none') pillarRoles[pillar] = choice;
  }
  // A patch cannot ask the core to derive the sector again: send what it would derive.
  const sector = values.sector ?? (editing ? defaultSectorFor(kind) : undefined);
  return {
    name: values.name.trim(),
    acronym: values.acronym.trim(),
    kind,
    ...(sector ? { sector } : {}),
    level: values.level,
    country: values.country.trim().toUpperCase(),
    membershipStatus: values.membershipStatus,
    rolesText: values.rolesText,
    pillarRoles,
    notes: values.notes,
  };
}
