/**
 * "Create plan" / "Edit plan": title, adopting act, period, status, and how reporting periods
 * are cut (quarters, semesters or years, from a first month: April for an April–March year).
 * A new plan also gets its pillars (the 4P by default, 3 to 8).
 */
import type { TFunction } from 'i18next';
import {
  ActionIcon,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  napCreatePlanSchema,
  napUpdatePlanSchema,
  type NapPlanDetail,
} from '../../../../../shared/contract/nap';
import {
  NAP_MAX_PILLARS,
  NAP_MIN_PILLARS,
  NAP_PERIOD_KINDS,
  NAP_PLAN_STATUSES,
  type NapPeriodKind,
  type NapPlanStatus,
} from '../../../../../shared/domain/nap';
import { AppModal } from '../../../components/AppModal';
import { ModalForm } from '../../../components/ModalForm';
import { contractRules, maxLengthOf } from '../../../components/form/contractRules';
import { useNotify } from '../../../components/useNotify';
import { invalidFields } from '../../../components/validationFields';
import { useNapChange } from '../napQueries';
import { currentYear } from '../../../components/workspaceDay';
import { DayInput } from '../../../components/DayInput';
import type { TranslationKey } from '../../../i18n/keys';

/** The four Ps, in the UI language (NAP_DEFAULT_PILLARS in English). */
const DEFAULT_PILLAR_KEYS: readonly TranslationKey[] = [
  'nap.plan.defaultPillars.0',
  'nap.plan.defaultPillars.1',
  'nap.plan.defaultPillars.2',
  'nap.plan.defaultPillars.3',
];

interface PlanFormValues {
  title: string;
  adoptingAct: string;
  startDate: string;
  endDate: string;
  status: NapPlanStatus;
  periodKind: NapPeriodKind;
  periodStartMonth: string;
  pillars: string[];
}

const PLAN_FIELDS = ['title', 'adoptingAct', 'startDate', 'endDate', 'periodStartMonth'] as const;
const planShape = napCreatePlanSchema.shape;

function planFields(values: PlanFormValues) {
  return {
    title: values.title.trim(),
    adoptingAct: values.adoptingAct.trim(),
    startDate: values.startDate,
    endDate: values.endDate,
    status: values.status,
    periodKind: values.periodKind,
    periodStartMonth: Number(values.periodStartMonth),
  };
}

function newPlan(values: PlanFormValues) {
  return { ...planFields(values), pillars: values.pillars.map((name) => name.trim()) };
}

interface NapPlanFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The plan to edit; without it, a new plan. */
  plan?: NapPlanDetail;
  onSaved?: (planId: string) => void;
}

function defaultValues(t: TFunction): PlanFormValues {
  const year = currentYear();
  return {
    title: '',
    adoptingAct: '',
    startDate: `${year}-01-01`,
    endDate: `${year + 3}-12-31`,
    status: 'draft',
    periodKind: 'quarter',
    periodStartMonth: '1',
    pillars: DEFAULT_PILLAR_KEYS.map((key) => t(key)),
  };
}

/** Month names in the reader's language, as select options 1–12. */
export function useMonthOptions() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => ({
      value: String(i + 1),
      label: format.format(new Date(Date.UTC(2026, i, 1))),
    }));
  }, [i18n.language]);
}

function PlanForm({ plan, onClose, onSaved }: Omit<NapPlanFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const notify = useNotify();
  const months = useMonthOptions();
  const create = useNapChange('nap:createPlan');
  const update = useNapChange('nap:updatePlan');
  const save = plan ? update : create;
  const form = useForm<PlanFormValues>({
    initialValues: plan
      ? {
          title: plan.title,
          adoptingAct: plan.adoptingAct,
          startDate: plan.startDate,
          endDate: plan.endDate,
          status: plan.status,
          periodKind: plan.periodKind,
          periodStartMonth: String(plan.periodStartMonth),
          pillars: [],
        }
      : defaultValues(t),
    validate: contractRules(t, {
      schema: plan ? napUpdatePlanSchema.shape.patch : napCreatePlanSchema,
      toInput: plan ? planFields : newPlan,
      fields: [...PLAN_FIELDS, 'pillars'],
      required: {
        title: t('nap.plan.errors.title'),
        startDate: t('nap.plan.errors.date'),
        endDate: t('nap.plan.errors.date'),
        pillars: t('nap.plan.errors.pillarName'),
      },
      invalid: { startDate: t('nap.plan.errors.date'), endDate: t('nap.plan.errors.date') },
      extra: ({ startDate, endDate }) => ({
        endDate: endDate < startDate ? t('nap.plan.errors.endBeforeStart') : null,
      }),
    }),
  });

  const submit = (values: PlanFormValues) => {
    const fields = planFields(values);
    const onError = (error: Error) => {
      for (const field of invalidFields(error, PLAN_FIELDS)) {
        form.setFieldError(field, t('nap.plan.errors.invalid'));
      }
    };
    const done = (saved: { id: string; title: string }) => {
      notify.success(t(plan ? 'nap.plan.saved' : 'nap.plan.created'), saved.title);
      onClose();
      onSaved?.(saved.id);
    };
    if (plan) {
      update.mutate({ id: plan.id, patch: fields }, { onSuccess: done, onError });
    } else {
      create.mutate(newPlan(values), { onSuccess: done, onError });
    }
  };

  return (
    <ModalForm
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t(plan ? 'nap.plan.submitEdit' : 'nap.plan.submitCreate')}
      save={save}
    >
      <TextInput
        {...form.getInputProps('title')}
        label={t('nap.plan.title')}
        placeholder={t('nap.plan.titlePlaceholder')}
        maxLength={maxLengthOf(planShape.title)}
        required
        data-autofocus
      />
      <TextInput
        {...form.getInputProps('adoptingAct')}
        label={t('nap.plan.adoptingAct')}
        description={t('nap.plan.adoptingActDescription')}
        maxLength={maxLengthOf(planShape.adoptingAct)}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DayInput {...form.getInputProps('startDate')} label={t('nap.plan.startDate')} required />
        <DayInput {...form.getInputProps('endDate')} label={t('nap.plan.endDate')} required />
        <Select
          {...form.getInputProps('status')}
          label={t('nap.plan.status')}
          data={NAP_PLAN_STATUSES.map((s) => ({ value: s, label: t(`nap.planStatus.${s}`) }))}
          allowDeselect={false}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          {...form.getInputProps('periodKind')}
          label={t('nap.plan.periodKind')}
          data={NAP_PERIOD_KINDS.map((k) => ({ value: k, label: t(`nap.periodKind.${k}`) }))}
          allowDeselect={false}
        />
        <Select
          {...form.getInputProps('periodStartMonth')}
          label={t('nap.plan.periodStartMonth')}
          description={t('nap.plan.periodStartMonthDescription')}
          data={months}
          allowDeselect={false}
        />
      </SimpleGrid>
      {plan ? null : (
        <Stack gap="xs">
          <Text fw={500} size="sm">
            {t('nap.plan.pillars')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('nap.plan.pillarsDescription', { min: NAP_MIN_PILLARS, max: NAP_MAX_PILLARS })}
          </Text>
          {form.values.pillars.map((_, index) => (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                {...form.getInputProps(`pillars.${index}`)}
                aria-label={t('nap.plan.pillarName', { number: index + 1 })}
                maxLength={maxLengthOf(planShape.pillars.unwrap().element)}
                flex={1}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                disabled={form.values.pillars.length <= NAP_MIN_PILLARS}
                aria-label={t('nap.plan.removePillar', { number: index + 1 })}
                onClick={() => form.removeListItem('pillars', index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="subtle"
              leftSection={<IconPlus size={16} aria-hidden />}
              disabled={form.values.pillars.length >= NAP_MAX_PILLARS}
              onClick={() => form.insertListItem('pillars', '')}
            >
              {t('nap.plan.addPillar')}
            </Button>
          </Group>
        </Stack>
      )}
    </ModalForm>
  );
}

export function NapPlanFormModal({ opened, onClose, plan, onSaved }: NapPlanFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t(plan ? 'nap.plan.editTitle' : 'nap.plan.createTitle')}
      size="xl"
    >
      <PlanForm plan={plan} onClose={onClose} onSaved={onSaved} />
    </AppModal>
  );
}
