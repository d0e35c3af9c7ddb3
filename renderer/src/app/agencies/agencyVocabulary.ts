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

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

function options<V extends string>(t: TFunction, group: string, values: readonly V[]): Option<V>[] {
  return values.map((value) => ({ value, label: t(`vocab.${group}.${value}`) }));
}

/** Every enum of the register as Select/MultiSelect data, in the UI language. */
export function useVocabulary() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      kinds: options(t, 'agencyKinds', AGENCY_KINDS),
      sectors: options(t, 'sectors', SECTORS),
      levels: options(t, 'levels', LEVELS),
      membership: options(t, 'membership', MEMBERSHIP_STATUSES),
      pillars: options(t, 'pillars', PILLARS),
      focalPointRoles: options(t, 'focalPointRoles', FOCAL_POINT_ROLES),
      bodyKinds: options(t, 'bodyKinds', BODY_KINDS),
      frequencies: options(t, 'frequencies', MEETING_FREQUENCIES),
    }),
    [t],
  );
}

export const MEMBERSHIP_COLORS = { member: 'teal', observer: 'blue', former: 'gray' } as const;

/** Narrows a Select value to one of an enum's members. */
export function isOneOf<V extends string>(values: readonly V[], value: unknown): value is V {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
