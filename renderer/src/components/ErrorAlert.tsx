/** Shows a failed call as a translated alert (role="alert"); never a raw message or stack. */
import { Alert, type AlertProps } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { translateError } from './errorMessage';

interface ErrorAlertProps extends Omit<AlertProps, 'children' | 'title'> {
  error: unknown;
  title?: string;
}

export function ErrorAlert({ error, title, ...alertProps }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={20} aria-hidden />}
      title={title}
      {...alertProps}
    >
      {translateError(t, error)}
    </Alert>
  );
}
