/** The body form's values, built from a body (or blank) and turned into the create/update input. */
import type { Body, BodyInput } from '../../../../shared/contract/bodies';
import type { BodyKind, MeetingFrequency } from '../../../../shared/domain/bodies';

export interface BodyFormValues {
  name: string;
  /** Reference code of decisions; empty = the initials of the name. */
  code: string;
  kind: BodyKind | null;
  partnerCountry: string;
  chairAgencyId: string | null;
  secretariatAgencyId: string | null;
  memberAgencyIds: string[];
  quorumKind: 'majority' | 'fixed';
  quorumCount: number | string;
  meetingFrequency: MeetingFrequency;
  notes: string;
}

export const BODY_FORM_FIELDS = [
  'name',
  'code',
  'kind',
  'partnerCountry',
  'chairAgencyId',
  'secretariatAgencyId',
  'memberAgencyIds',
  'quorum',
  'meetingFrequency',
  'notes',
] as const;

export function toBodyFormValues(body: Body | null): BodyFormValues {
  return {
    name: body?.name ?? '',
    code: body?.code ?? '',
    kind: body?.kind ?? null,
    partnerCountry: body?.partnerCountry ?? '',
    chairAgencyId: body?.chair?.id ?? null,
    secretariatAgencyId: body?.secretariat?.id ?? null,
    memberAgencyIds: body?.members.map((member) => member.id) ?? [],
    quorumKind: body?.quorum.kind ?? 'majority',
    quorumCount: body?.quorum.kind === 'fixed' ? body.quorum.count : '',
    meetingFrequency: body?.meetingFrequency ?? 'monthly',
    notes: body?.notes ?? '',
  };
}

export function toBodyInput(values: BodyFormValues): BodyInput {
  const bilateral = values.kind === 'bilateral_case_management';
  return {
    name: values.name.trim(),
    code: values.code.trim().toUpperCase(),
    kind: values.kind as BodyKind,
    partnerCountry: bilateral ? values.partnerCountry.trim().toUpperCase() : '',
    chairAgencyId: values.chairAgencyId,
    secretariatAgencyId: values.secretariatAgencyId,
    memberAgencyIds: values.memberAgencyIds,
    quorum:
      values.quorumKind === 'majority'
        ? { kind: 'majority' }
        : { kind: 'fixed', count: Number(values.quorumCount) },
    meetingFrequency: values.meetingFrequency,
    notes: values.notes,
  };
}
