/** A card's "Move to…" menu: the keyboard-reachable way to change status on the board. */
import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowsExchange, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/actions';
import { STATUS_COLORS } from '../../app/actions/actionVocabulary';

interface StatusMenuProps {
  title: string;
  status: ActionStatus;
  onChange: (status: ActionStatus) => void;
  disabled?: boolean;
}

export function StatusMenu({ title, status, onChange, disabled }: StatusMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md" width={200}>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('actions.board.moveMenu', { title })}
          disabled={disabled}
        >
          <IconArrowsExchange size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('actions.board.moveTo')}</Menu.Label>
        {ACTION_STATUSES.map((value) => (
          <Menu.Item
            key={value}
            disabled={value === status}
            color={STATUS_COLORS[value]}
            rightSection={value === status ? <IconCheck size={14} aria-hidden /> : null}
            onClick={() => onChange(value)}
          >
            {t(`actions.status.${value}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
