/**
 * "Add indicator" / "Edit indicator" of an activity: unit, baseline and target (value and year),
 * means of verification, direction, cumulative or periodic, percentage (numerator/denominator).
 */
import { Checkbox, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { napUpsertIndicatorSchema, type NapIndicator } from '../../../../../shared/contract/nap';
import {
  NAP_AGGREGATIONS,
  NAP_DIRECTIONS,
  type NapAggregation,
  type NapDirection,
} from '../../../../../shared/domain/nap';
import { ModalForm } from '../../../components/ModalForm';
import { contractRules, maxLengthOf, rangeOf } from '../../../components/form/contractRules';
import { useNapChange } from '../napQueries';
import { TargetModal, type TargetModalProps } from '../TargetModal';

interface IndicatorValues {
  name: string;
  unit: string;
  baselineValue: number | string;
  baselineYear: number | string;
  targetValue: number | string;
  targetYear: number | string;
  meansOfVerification: string;
  direction: NapDirection;
  aggregation: NapAggregation;
  isPercentage: boolean;
}

export type IndicatorTarget = { activityId: string; indicator?: NapIndicator };

const num = (value: number | string): number | null => (value === '' ? null : Number(value));
const FIELDS = [
  'name',
  'unit',
  'baselineValue',
  'baselineYear',
  'targetValue',
  'targetYear',
  'meansOfVerification',
] as const;
const fields = napUpsertIndicatorSchema.shape;

function toFields(v: IndicatorValues) {
  return {
    name: v.name.trim(),
    unit: v.isPercentage ? '%' : v.unit.trim(),
    baselineValue: num(v.baselineValue),
    baselineYear: num(v.baselineYear),
    targetValue: num(v.targetValue),
    targetYear: num(v.targetYear),
    meansOfVerification: v.meansOfVerification.trim(),
    direction: v.direction,
    aggregation: v.aggregation,
    isPercentage: v.isPercentage,
  };
}

function IndicatorForm({ target, onClose }: { target: IndicatorTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useNapChange('nap:upsertIndicator');
  const i = target.indicator;
  const form = useForm<IndicatorValues>({
    initialValues: {
      name: i?.name ?? '',
      unit: i?.unit ?? '',
      baselineValue: i?.baselineValue ?? '',
      baselineYear: i?.baselineYear ?? '',
      targetValue: i?.targetValue ?? '',
      targetYear: i?.targetYear ?? '',
      meansOfVerification: i?.meansOfVerification ?? '',
      direction: i?.direction ?? 'increase',
      aggregation: i?.aggregation ?? 'periodic',
      isPercentage: i?.isPercentage ?? false,
    },
    validate: contractRules(t, {
      schema: napUpsertIndicatorSchema,
      toInput: (v) => ({ ...toFields(v), activityId: target.activityId }),
      fields: FIELDS,
      required: { name: t('nap.indicator.errors.name') },
      invalid: {
        baselineYear: t('nap.indicator.errors.year', rangeOf(fields.baselineYear)),
        targetYear: t('nap.indicator.errors.year', rangeOf(fields.targetYear)),
      },
      extra: (v) => ({
        targetYear:
          v.targetYear !== '' &&
          v.baselineYear !== '' &&
          Number(v.targetYear) < Number(v.baselineYear)
            ? t('nap.indicator.errors.targetBeforeBaseline')
            : null,
        targetValue:
          v.targetValue !== '' && v.targetYear === '' ? t('nap.indicator.errors.targetYear') : null,
      }),
    }),
  });
  const submit = (v: IndicatorValues) =>
    save.mutate(
      { ...(i ? { id: i.id } : { activityId: target.activityId }), ...toFields(v) },
      { onSuccess: onClose },
    );

  return (
    <ModalForm
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t('nap.node.save')}
      save={save}
    >
      <Textarea
        {...form.getInputProps('name')}
        label={t('nap.indicator.name')}
        maxLength={maxLengthOf(fields.name)}
        required
        autosize
        minRows={1}
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput
          {...form.getInputProps('unit')}
          label={t('nap.indicator.unit')}
          maxLength={maxLengthOf(fields.unit)}
          disabled={form.values.isPercentage}
        />
        <Select
          {...form.getInputProps('direction')}
          label={t('nap.indicator.direction')}
          data={NAP_DIRECTIONS.map((d) => ({
            value: d,
            label: t(`nap.indicator.directions.${d}`),
          }))}
          allowDeselect={false}
        />
        <Select
          {...form.getInputProps('aggregation')}
          label={t('nap.indicator.aggregation')}
          data={NAP_AGGREGATIONS.map((a) => ({
            value: a,
            label: t(`nap.indicator.aggregations.${a}`),
          }))}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Checkbox
        {...form.getInputProps('isPercentage', { type: 'checkbox' })}
        label={t('nap.indicator.isPercentage')}
        description={t('nap.indicator.isPercentageDescription')}
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <NumberInput {...form.getInputProps('baselineValue')} label={t('nap.indicator.baseline')} />
        <NumberInput
          {...form.getInputProps('baselineYear')}
          label={t('nap.indicator.baselineYear')}
          allowDecimal={false}
        />
        <NumberInput {...form.getInputProps('targetValue')} label={t('nap.indicator.target')} />
        <NumberInput
          {...form.getInputProps('targetYear')}
          label={t('nap.indicator.targetYear')}
          allowDecimal={false}
        />
      </SimpleGrid>
      <Textarea
        {...form.getInputProps('meansOfVerification')}
        label={t('nap.indicator.meansOfVerification')}
        maxLength={maxLengthOf(fields.meansOfVerification)}
        autosize
        minRows={1}
      />
    </ModalForm>
  );
}

export function IndicatorFormModal(props: TargetModalProps<IndicatorTarget>) {
  const { t } = useTranslation();
  return (
    <TargetModal
      {...props}
      size="xl"
      title={(target) => t(target.indicator ? 'nap.indicator.editTitle' : 'nap.indicator.addTitle')}
    >
      {(target) => <IndicatorForm target={target} onClose={props.onClose} />}
    </TargetModal>
  );
}
