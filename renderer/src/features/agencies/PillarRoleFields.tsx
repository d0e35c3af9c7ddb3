/** One "— / Lead / Support" choice per 4P pillar, each a radio group named after its pillar. */
import { Fieldset, Group, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PILLARS, type Pillar } from '../../../../shared/domain/agencies';
import type { PillarChoice } from './agencyFormValues';

interface PillarRoleFieldsProps {
  values: Record<Pillar, PillarChoice>;
  onChange: (pillar: Pillar, choice: PillarChoice) => void;
}

export function PillarRoleFields({ values, onChange }: PillarRoleFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const data = [
    {
      value: 'none',
      label: (
        <>
          <span aria-hidden>—</span>
          <VisuallyHidden>{t('vocab.pillarRoles.none')}</VisuallyHidden>
        </>
      ),
    },
    { value: 'lead', label: t('vocab.pillarRoles.lead') },
    { value: 'support', label: t('vocab.pillarRoles.support') },
  ];
  return (
    <Fieldset legend={t('agencyForm.pillarRoles')} variant="filled">
      <Text size="sm" c="dimmed" mb="sm">
        {t('agencyForm.pillarRolesDescription')}
      </Text>
      <Stack>
        {PILLARS.map((pillar) => (
          <Group key={pillar} justify="space-between" wrap="wrap" gap="xs">
            <Text id={`${id}-${pillar}`} fw={500} size="sm">
              {t(`vocab.pillars.${pillar}`)}
            </Text>
            <SegmentedControl
              aria-labelledby={`${id}-${pillar}`}
              data={data}
              value={values[pillar]}
              onChange={(value) => onChange(pillar, value as PillarChoice)}
              size="sm"
            />
          </Group>
        ))}
      </Stack>
    </Fieldset>
  );
}
