/** The footer of every form dialog: Cancel, then the submit button, aligned right. */
import { Button, Group, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function FormActions({
  onCancel,
  submitLabel,
  loading,
  color,
}: {
  onCancel: () => void;
  submitLabel: string;
  loading: boolean;
  color?: MantineColor;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" color={color} loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
