/** Translated option lists for the agency register's enums (kinds, sectors, pillars…). */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGENCY_KINDS,
  FOCAL_POINT_ROLES,
  LEVELS,
  MEMBERSHIP_STATUSES,
  PILLARS,
  SECTORS,
} from '../../../../shared/domain/agencies';
import { BODY_KINDS, MEETING_FREQUENCIES } from '../../../../shared/domain/bodies';
import type { TranslationKey } from '../../i18n/keys';

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** Each value with its label; `key` is written at the call site, so the compiler checks it. */
export function options<V extends string>(
  t: TFunction,
  values: readonly V[],
  key: (value: V) => TranslationKey,
): Option<V>[] {
  return values.map((value) => ({ value, label: t(key(value)) }));
}

/** Every enum of the register as Select/MultiSelect data, in the UI language. */
export function useVocabulary() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      kinds: options(t, AGENCY_KINDS, (v) => `vocab.agencyKinds.${v}`),
      sectors: options(t, SECTORS, (v) => `vocab.sectors.${v}`),
      levels: options(t, LEVELS, (v) => `vocab.levels.${v}`),
      membership: options(t, MEMBERSHIP_STATUSES, (v) => `vocab.membership.${v}`),
      pillars: options(t, PILLARS, (v) => `vocab.pillars.${v}`),
      focalPointRoles: options(t, FOCAL_POINT_ROLES, (v) => `vocab.focalPointRoles.${v}`),
      bodyKinds: options(t, BODY_KINDS, (v) => `vocab.bodyKinds.${v}`),
      frequencies: options(t, MEETING_FREQUENCIES, (v) => `vocab.frequencies.${v}`),
    }),
    [t],
  );
}

export const MEMBERSHIP_COLORS = { member: 'teal', observer: 'blue', former: 'gray' } as const;

/** Narrows a Select value to one of an enum's members. */
export function isOneOf<V extends string>(values: readonly V[], value: unknown): value is V {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
