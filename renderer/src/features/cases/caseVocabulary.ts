/** Translated option lists of the case module's closed vocabularies (cases.vocab.*). */
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
import { options } from '../../app/agencies/agencyVocabulary';
import { composedKey } from '../../i18n/keys';

export function useCaseVocabulary() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      ageBands: options(t, AGE_BANDS, (v) => `cases.vocab.ageBands.${v}`),
      sexes: options(t, SEXES, (v) => `cases.vocab.sexes.${v}`),
      forms: options(t, EXPLOITATION_FORMS, (v) => `cases.vocab.forms.${v}`),
      stages: options(t, CASE_STAGES, (v) => `cases.vocab.stages.${v}`),
      assistance: options(t, ASSISTANCE_CATEGORIES, (v) => `cases.vocab.assistance.${v}`),
      roles: options(t, CASE_AGENCY_ROLES, (v) => `cases.vocab.roles.${v}`),
      types: options(t, COOPERATION_TYPES, (v) => `cases.vocab.types.${v}`),
      directions: options(t, COOPERATION_DIRECTIONS, (v) => `cases.vocab.directions.${v}`),
      legalBases: options(t, LEGAL_BASES, (v) => `cases.vocab.legalBases.${v}`),
      statuses: options(t, COOPERATION_STATUSES, (v) => `cases.vocab.statuses.${v}`),
      label: (group: string, value: string): string =>
        t(composedKey(`cases.vocab.${group}.${value}`)),
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
