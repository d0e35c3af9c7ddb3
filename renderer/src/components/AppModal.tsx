/** Mantine's Modal with a translated close button; its content mounts afresh at each opening. */
import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function AppModal(props: ModalProps) {
  const { t } = useTranslation();
  return <Modal size="lg" closeButtonProps={{ 'aria-label': t('common.close') }} {...props} />;
}
