/** The create/edit action form: its values, their defaults, and the DTOs they become. */
import type { ActionDetail } from '../../../../shared/contract/actions';
import type { ActionPriority, ActionStatus } from '../../../../shared/domain/actions';
import type { ChannelInput } from '../../../../shared/contract';

export interface ActionFormValues {
  title: string;
  description: string;
  ownerAgencyId: string;
  focalPointId: string;
  supportingAgencyIds: string[];
  dueDate: string;
  priority: ActionPriority;
  status: ActionStatus;
  meetingId: string;
  agendaItemId: string;
  decisionId: string;
  /** The NAP activity it serves ('' = none). */
  napActivityId: string;
}

export const ACTION_FORM_FIELDS = [
  'title',
  'description',
  'ownerAgencyId',
  'focalPointId',
  'supportingAgencyIds',
  'dueDate',
  'priority',
  'status',
  'meetingId',
  'agendaItemId',
  'decisionId',
  'napActivityId',
] as const;

/** What the form starts from: an action to edit, or a few presets for a new one. */
export function initialActionValues(
  action: ActionDetail | null,
  preset: Partial<ActionFormValues> = {},
): ActionFormValues {
  if (!action) {
    return {
      title: '',
      description: '',
      ownerAgencyId: '',
      focalPointId: '',
      supportingAgencyIds: [],
      dueDate: '',
      priority: 'medium',
      status: 'open',
      meetingId: '',
      agendaItemId: '',
      decisionId: '',
      napActivityId: '',
      ...preset,
    };
  }
  return {
    title: action.title,
    description: action.description,
    ownerAgencyId: action.ownerAgency.id,
    focalPointId: action.focalPoint?.id ?? '',
    supportingAgencyIds: action.supportingAgencies.map((a) => a.id),
    dueDate: action.dueDate ?? '',
    priority: action.priority,
    status: action.status,
    meetingId: action.meeting?.id ?? '',
    agendaItemId: action.agendaItem?.id ?? '',
    decisionId: action.decision?.id ?? '',
    napActivityId: action.napActivity?.id ?? '',
  };
}

function fields(values: ActionFormValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    ownerAgencyId: values.ownerAgencyId,
    focalPointId: values.focalPointId || null,
    supportingAgencyIds: values.supportingAgencyIds.filter((id) => id !== values.ownerAgencyId),
    dueDate: values.dueDate || null,
    priority: values.priority,
    status: values.status,
    napActivityId: values.napActivityId || null,
  };
}

export function toCreateInput(values: ActionFormValues): ChannelInput<'actions:create'> {
  const within = (id: string) => (values.meetingId && id ? id : null);
  return {
    ...fields(values),
    meetingId: values.meetingId || null,
    agendaItemId: within(values.agendaItemId),
    decisionId: within(values.decisionId),
  };
}

export function toPatch(values: ActionFormValues): ChannelInput<'actions:update'>['patch'] {
  return fields(values);
}
