/** The case form's values: banded fields only, from and to the contract's shapes. */
import type { ChannelInput } from '../../../../shared/contract';
import type { CaseDetail } from '../../../../shared/contract/cases';
import type {
  AgeBand,
  AssistanceCategory,
  CaseAgencyRole,
  CaseStage,
  ExploitationForm,
  Sex,
} from '../../../../shared/domain/cases';
import { currentMonth } from '../../components/workspaceDay';
import type { TranslationKey } from '../../i18n/keys';

export interface ProfileValues {
  ageBand: AgeBand;
  sex: Sex;
  nationality: string;
  exploitationForms: ExploitationForm[];
  count: number;
}

export interface CaseFormValues {
  profiles: ProfileValues[];
  suspectCount: number;
  suspectNationalities: string[];
  openedMonth: string;
  nrmReferral: boolean;
  nrmReferralMonth: string;
  assistance: AssistanceCategory[];
  agencies: { agencyId: string; role: CaseAgencyRole }[];
  stage: CaseStage;
}

export const MONTH_PATTERN = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/;

export function emptyProfile(): ProfileValues {
  return {
    ageBand: 'unknown',
    sex: 'other_unknown',
    nationality: '',
    exploitationForms: [],
    count: 1,
  };
}

export function caseFormValues(detail: CaseDetail | null): CaseFormValues {
  if (!detail) {
    return {
      profiles: [emptyProfile()],
      suspectCount: 0,
      suspectNationalities: [],
      openedMonth: currentMonth(),
      nrmReferral: false,
      nrmReferralMonth: '',
      assistance: [],
      agencies: [],
      stage: 'identification',
    };
  }
  return {
    profiles: detail.profiles.map((p) => ({ ...p, exploitationForms: [...p.exploitationForms] })),
    suspectCount: detail.suspects.count,
    suspectNationalities: [...detail.suspects.nationalities],
    openedMonth: detail.openedMonth,
    nrmReferral: detail.nrmReferral,
    nrmReferralMonth: detail.nrmReferralMonth ?? '',
    assistance: [...detail.assistance],
    agencies: detail.agencies.map((a) => ({ agencyId: a.id, role: a.role })),
    stage: detail.stage,
  };
}

/** The translation keys of what is wrong, by field; empty when the values can be sent. */
export function validateCase(values: CaseFormValues): Record<string, TranslationKey> {
  const errors: Record<string, TranslationKey> = {};
  if (values.profiles.length === 0) errors.profiles = 'cases.form.errors.profiles';
  values.profiles.forEach((p, i) => {
    if (p.exploitationForms.length === 0) errors[`profile${i}.forms`] = 'cases.form.errors.forms';
    if (!Number.isInteger(p.count) || p.count < 1)
      errors[`profile${i}.count`] = 'cases.form.errors.count';
  });
  if (!MONTH_PATTERN.test(values.openedMonth)) errors.openedMonth = 'cases.form.errors.month';
  if (
    values.nrmReferral &&
    values.nrmReferralMonth &&
    !MONTH_PATTERN.test(values.nrmReferralMonth)
  ) {
    errors.nrmReferralMonth = 'cases.form.errors.month';
  }
  if (!Number.isInteger(values.suspectCount) || values.suspectCount < 0) {
    errors.suspectCount = 'cases.form.errors.count';
  }
  const ids = values.agencies.map((a) => a.agencyId);
  if (ids.some((id) => !id)) errors.agencies = 'cases.form.errors.agency';
  else if (new Set(ids).size !== ids.length) errors.agencies = 'cases.form.errors.agencyTwice';
  return errors;
}

function fields(values: CaseFormValues) {
  return {
    profiles: values.profiles.map((p) => ({ ...p })),
    suspects: { count: values.suspectCount, nationalities: values.suspectNationalities },
    openedMonth: values.openedMonth,
    nrmReferral: values.nrmReferral,
    nrmReferralMonth:
      values.nrmReferral && values.nrmReferralMonth ? values.nrmReferralMonth : null,
    assistance: values.assistance,
    agencies: values.agencies,
  };
}

export function toCreateInput(values: CaseFormValues): ChannelInput<'cases:create'> {
  return { ...fields(values), stage: values.stage, stageMonth: values.openedMonth };
}

export function toUpdateInput(id: string, values: CaseFormValues): ChannelInput<'cases:update'> {
  return { id, ...fields(values) };
}
