/**
 * The header of the open workspace: app and task-force names, the command palette's button,
 * language, theme and lock.
 */
import { ActionIcon, Burger, Divider, Group, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconLock, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageMenu } from '../components/LanguageMenu';
import { ThemeToggle } from '../components/ThemeToggle';
import { useNotify } from '../components/useNotify';
import { PaletteButton } from '../features/palette/PaletteButton';
import { useLockWorkspace } from './workspace/useLockWorkspace';

interface ShellHeaderProps {
  taskForceName: string | undefined;
  navbarOpened: boolean;
  onToggleNavbar: () => void;
}

export function ShellHeader({ taskForceName, navbarOpened, onToggleNavbar }: ShellHeaderProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const lock = useLockWorkspace();
  const lockLabel = t('shell.lock');

  return (
    <Group h="100%" px={{ base: 'xs', xs: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="xs" wrap="nowrap" miw={0}>
        <Burger
          opened={navbarOpened}
          onClick={onToggleNavbar}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('shell.toggleNavigation')}
        />
        <ThemeIcon size="lg" radius="md" variant="filled" visibleFrom="xs">
          <IconShieldLock size={20} aria-hidden />
        </ThemeIcon>
        <Text fw={700} size="lg" truncate miw={0}>
          {t('app.name')}
        </Text>
        {taskForceName ? (
          <>
            <Divider orientation="vertical" visibleFrom="xs" />
            <Text c="dimmed" fw={500} truncate visibleFrom="xs" data-testid="task-force-name">
              {taskForceName}
            </Text>
          </>
        ) : null}
      </Group>
      <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
        <PaletteButton />
        <LanguageMenu />
        <ThemeToggle />
        <Tooltip label={lockLabel}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={lockLabel}
            loading={lock.isPending}
            onClick={() => lock.mutate(undefined, { onError: (error) => notify.error(error) })}
          >
            <IconLock size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
