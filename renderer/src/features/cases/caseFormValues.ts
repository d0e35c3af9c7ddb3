/** The case form's values: banded fields only, from and to the contract's shapes. */
import type { TFunction } from 'i18next';
import type { ChannelInput } from '../../../../shared/contract';
import { caseCreateSchema, monthSchema, type CaseDetail } from '../../../../shared/contract/cases';
import type {
  AgeBand,
  AssistanceCategory,
  CaseAgencyRole,
  CaseStage,
  ExploitationForm,
  Sex,
} from '../../../../shared/domain/cases';
import { currentMonth } from '../../components/workspaceDay';
import { maxLengthOf, type ContractRules } from '../../components/form/contractRules';

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

/** A month (YYYY-MM) as the contract accepts one. */
export const isMonth = (value: string): boolean => monthSchema.safeParse(value).success;

/** The fields the form shows; a contract path under one of them is shown there. */
export const CASE_FORM_FIELDS = [
  'profiles',
  'suspectCount',
  'suspectNationalities',
  'openedMonth',
  'nrmReferral',
  'nrmReferralMonth',
  'assistance',
  'agencies',
  'stage',
] as const;

/** The most victim profiles a case takes, per the contract. */
export const MAX_PROFILES = maxLengthOf(caseCreateSchema.shape.profiles) ?? 1;

/** `message` at the same field of every profile the contract allows. */
const perProfile = (field: keyof ProfileValues, message: string) =>
  Object.fromEntries(
    Array.from({ length: MAX_PROFILES }, (_, i) => [`profiles.${i}.${field}`, message]),
  );

/**
 * The case form's rules: 'cases:create''s schema (an edit sends the same fields), with the
 * form's words; agencies named twice is the core's rule, stated by the form too.
 */
export function caseFormRules(t: TFunction): ContractRules<CaseFormValues> {
  const month = t('cases.form.errors.month');
  const count = t('cases.form.errors.count');
  return {
    schema: caseCreateSchema,
    toInput: toCreateInput,
    fields: CASE_FORM_FIELDS,
    rename: { 'suspects.count': 'suspectCount', 'suspects.nationalities': 'suspectNationalities' },
    required: {
      ...perProfile('exploitationForms', t('cases.form.errors.forms')),
      openedMonth: month,
      agencies: t('cases.form.errors.agency'),
    },
    invalid: {
      ...perProfile('count', count),
      suspectCount: count,
      openedMonth: month,
      nrmReferralMonth: month,
    },
    extra: ({ agencies }) => {
      const ids = agencies.map((a) => a.agencyId).filter(Boolean);
      return {
        agencies: new Set(ids).size !== ids.length ? t('cases.form.errors.agencyTwice') : null,
      };
    },
  };
}

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
