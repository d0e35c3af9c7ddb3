/** The meeting form's values, from a meeting (or blank) to the create/update inputs. */
import type { ChannelInput } from '../../../../shared/contract';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import type { Language } from '../../../../shared/domain/languages';

export interface MeetingFormValues {
  bodyId: string | null;
  title: string;
  date: string;
  startTime: string;
  durationMinutes: number | string;
  location: string;
  videoLink: string;
  language: Language;
  chairName: string;
  minuteTaker: string;
  applyTemplate: boolean;
}

export const MEETING_FORM_FIELDS = [
  'bodyId',
  'title',
  'date',
  'startTime',
  'durationMinutes',
  'location',
  'videoLink',
  'language',
  'chairName',
  'minuteTaker',
] as const;

export function toMeetingFormValues(
  meeting: MeetingDetail | null,
  defaults: { date: string; language: Language; bodyId?: string | null },
): MeetingFormValues {
  return {
    bodyId: meeting?.bodyId ?? defaults.bodyId ?? null,
    title: meeting?.title ?? '',
    date: meeting?.date ?? defaults.date,
    startTime: meeting?.startTime ?? '10:00',
    durationMinutes: meeting?.durationMinutes ?? 120,
    location: meeting?.location ?? '',
    videoLink: meeting?.videoLink ?? '',
    language: meeting?.language ?? defaults.language,
    chairName: meeting?.chairName ?? '',
    minuteTaker: meeting?.minuteTaker ?? '',
    applyTemplate: true,
  };
}

function details(values: MeetingFormValues) {
  return {
    title: values.title.trim(),
    date: values.date,
    startTime: values.startTime,
    durationMinutes: Number(values.durationMinutes),
    location: values.location.trim(),
    videoLink: values.videoLink.trim(),
    language: values.language,
    chairName: values.chairName.trim(),
    minuteTaker: values.minuteTaker.trim(),
  };
}

export function toMeetingCreate(values: MeetingFormValues): ChannelInput<'meetings:create'> {
  return {
    ...details(values),
    bodyId: values.bodyId ?? '',
    templateId: values.applyTemplate ? 'default' : null,
  };
}

export function toMeetingPatch(
  values: MeetingFormValues,
): ChannelInput<'meetings:update'>['patch'] {
  return details(values);
}
