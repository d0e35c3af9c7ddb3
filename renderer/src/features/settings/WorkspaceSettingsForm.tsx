/** Edits the workspace settings (identity, letterhead, privacy, auto-lock, paper) and saves the changes. */
import {
  Button,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../components/CountrySelect';
import {
  workspaceSettingsSchema,
  type WorkspaceSettings,
} from '../../../../shared/contract/workspace';
import { PAPER_SIZES } from '../../../../shared/domain/settings';
import { machineTimeZone } from '../../../../shared/domain/timeZone';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/useNotify';
import { LANGUAGE_OPTIONS } from '../../components/languageOptions';
import { contractRules, maxLengthOf, rangeOf } from '../../components/form/contractRules';
import {
  changedSettings,
  SETTINGS_FORM_FIELDS,
  toFormValues,
  toSettings,
  toSettingsInput,
  type SettingsFormValues,
} from '../../app/settings/settingsFormValues';

const fields = workspaceSettingsSchema.shape;

/** Every IANA zone this runtime knows (the list Intl itself accepts). */
const TIME_ZONES: string[] = Intl.supportedValuesOf('timeZone');
/** The list, plus the saved zone when Intl spells it differently (e.g. "Etc/UTC"). */
const zonesWith = (saved: string) =>
  !saved || TIME_ZONES.includes(saved) ? TIME_ZONES : [saved, ...TIME_ZONES];

export function WorkspaceSettingsForm({ settings }: { settings: WorkspaceSettings }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const rangeError = (
    field: 'kAnonymity' | 'autoLockMinutes' | 'cooperationPendingDays' | 'caseRetentionYears',
  ) => t('settings.workspace.errors.range', rangeOf(fields[field]));

  const form = useForm<SettingsFormValues>({
    initialValues: toFormValues(settings),
    validate: contractRules(t, {
      schema: workspaceSettingsSchema,
      toInput: toSettingsInput,
      fields: SETTINGS_FORM_FIELDS,
      required: { taskForceName: t('settings.workspace.errors.nameRequired') },
      invalid: {
        country: t('settings.workspace.errors.country'),
        kAnonymity: rangeError('kAnonymity'),
        timeZone: t('settings.workspace.errors.timeZone'),
        secretariatEmail: t('settings.workspace.errors.email'),
        autoLockMinutes: rangeError('autoLockMinutes'),
        caseCodePrefix: t('settings.workspace.errors.caseCodePrefix', {
          max: maxLengthOf(fields.caseCodePrefix),
        }),
        cooperationPendingDays: rangeError('cooperationPendingDays'),
        caseRetentionYears: rangeError('caseRetentionYears'),
      },
    }),
  });

  const save = useMutation({
    mutationFn: (changes: Partial<WorkspaceSettings>) => call('workspace:updateSettings', changes),
    onSuccess: async (saved) => {
      const values = toFormValues(saved);
      form.setInitialValues(values);
      form.setValues(values);
      form.resetDirty(values);
      notify.success(t('settings.workspace.saved'), t('settings.workspace.savedMessage'));
    },
  });

  const submit = (values: SettingsFormValues) => {
    const changes = changedSettings(toSettings(form.getInitialValues()), toSettings(values));
    if (Object.keys(changes).length === 0) {
      notify.info(t('settings.workspace.noChanges'), t('settings.workspace.noChangesMessage'));
      return;
    }
    save.mutate(changes);
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        <TextInput
          {...form.getInputProps('taskForceName')}
          label={t('settings.workspace.taskForceName')}
          description={t('settings.workspace.taskForceNameDescription')}
          maxLength={maxLengthOf(fields.taskForceName)}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <CountrySelect
            {...form.getInputProps('country')}
            label={t('settings.workspace.country')}
            description={t('settings.workspace.countryDescription')}
          />
          <Select
            {...form.getInputProps('defaultLanguage')}
            label={t('settings.workspace.defaultLanguage')}
            description={t('settings.workspace.defaultLanguageDescription')}
            data={LANGUAGE_OPTIONS}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Textarea
          {...form.getInputProps('letterheadText')}
          label={t('settings.workspace.letterheadText')}
          description={t('settings.workspace.letterheadTextDescription')}
          autosize
          minRows={3}
          maxRows={8}
          maxLength={maxLengthOf(fields.letterheadText)}
        />
        <TextInput
          {...form.getInputProps('classificationMarking')}
          maxLength={maxLengthOf(fields.classificationMarking)}
          label={t('settings.workspace.classificationMarking')}
          description={t('settings.workspace.classificationMarkingDescription')}
          placeholder={t('settings.workspace.classificationMarkingPlaceholder')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...form.getInputProps('signatoryName')}
            label={t('settings.workspace.signatoryName')}
            description={t('settings.workspace.signatoryNameDescription')}
            maxLength={maxLengthOf(fields.signatoryName)}
          />
          <TextInput
            {...form.getInputProps('signatoryTitle')}
            label={t('settings.workspace.signatoryTitle')}
            description={t('settings.workspace.signatoryTitleDescription')}
            maxLength={maxLengthOf(fields.signatoryTitle)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            {...form.getInputProps('kAnonymity')}
            label={t('settings.workspace.kAnonymity')}
            description={t('settings.workspace.kAnonymityDescription')}
            {...rangeOf(fields.kAnonymity)}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="blur"
          />
          <NumberInput
            {...form.getInputProps('autoLockMinutes')}
            label={t('settings.workspace.autoLockMinutes')}
            description={t('settings.workspace.autoLockMinutesDescription')}
            {...rangeOf(fields.autoLockMinutes)}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="blur"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            {...form.getInputProps('caseCodePrefix')}
            onChange={(event) =>
              form.setFieldValue('caseCodePrefix', event.currentTarget.value.toUpperCase())
            }
            label={t('settings.workspace.caseCodePrefix')}
            description={t('settings.workspace.caseCodePrefixDescription')}
            maxLength={maxLengthOf(fields.caseCodePrefix)}
          />
          <NumberInput
            {...form.getInputProps('cooperationPendingDays')}
            label={t('settings.workspace.cooperationPendingDays')}
            description={t('settings.workspace.cooperationPendingDaysDescription')}
            {...rangeOf(fields.cooperationPendingDays)}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="blur"
          />
          <NumberInput
            {...form.getInputProps('caseRetentionYears')}
            label={t('settings.workspace.caseRetentionYears')}
            description={t('settings.workspace.caseRetentionYearsDescription')}
            {...rangeOf(fields.caseRetentionYears)}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="blur"
          />
        </SimpleGrid>
        <Radio.Group
          {...form.getInputProps('paperSize')}
          label={t('settings.workspace.paperSize')}
          description={t('settings.workspace.paperSizeDescription')}
        >
          <Group gap="lg" mt="xs">
            {PAPER_SIZES.map((size) => (
              <Radio key={size} value={size} label={t(`settings.workspace.paperSizes.${size}`)} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            {...form.getInputProps('timeZone')}
            label={t('settings.workspace.timeZone')}
            description={t('settings.workspace.timeZoneDescription', { zone: machineTimeZone() })}
            data={zonesWith(settings.timeZone)}
            searchable
            allowDeselect={false}
          />
          <TextInput
            {...form.getInputProps('secretariatEmail')}
            type="email"
            label={t('settings.workspace.secretariatEmail')}
            description={t('settings.workspace.secretariatEmailDescription')}
          />
        </SimpleGrid>
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('settings.workspace.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
