/** Translated option lists of the case module's closed vocabularies (cases.vocab.*). */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGE_BANDS,
  ASSISTANCE_CATEGORIES,
  CASE_AGENCY_ROLES,
  CASE_STAGES,
  COOPERATION_DIRECTIONS,
  COOPERATION_STATUSES,
  COOPERATION_TYPES,
  EXPLOITATION_FORMS,
  LEGAL_BASES,
  SEXES,
} from '../../../../shared/domain/cases';
import type { Option } from '../../app/agencies/agencyVocabulary';

function options<V extends string>(t: TFunction, group: string, values: readonly V[]): Option<V>[] {
  return values.map((value) => ({ value, label: t(`cases.vocab.${group}.${value}`) }));
}

export function useCaseVocabulary() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      ageBands: options(t, 'ageBands', AGE_BANDS),
      sexes: options(t, 'sexes', SEXES),
      forms: options(t, 'forms', EXPLOITATION_FORMS),
      stages: options(t, 'stages', CASE_STAGES),
      assistance: options(t, 'assistance', ASSISTANCE_CATEGORIES),
      roles: options(t, 'roles', CASE_AGENCY_ROLES),
      types: options(t, 'types', COOPERATION_TYPES),
      directions: options(t, 'directions', COOPERATION_DIRECTIONS),
      legalBases: options(t, 'legalBases', LEGAL_BASES),
      statuses: options(t, 'statuses', COOPERATION_STATUSES),
      label: (group: string, value: string) => t(`cases.vocab.${group}.${value}`),
    }),
    [t],
  );
}

/** A month (YYYY-MM) in the reader's language: "March 2026". */
export function formatMonth(month: string | null | undefined, language: string): string {
  if (!month) return '';
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, 1);
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' }).format(date);
}
