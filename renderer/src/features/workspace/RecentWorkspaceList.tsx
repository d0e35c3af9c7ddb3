/** Workspaces opened before on this computer: click one to fill the open form, or forget it. */
import {
  ActionIcon,
  Badge,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { IconFile, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../components/formatDay';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { RecentWorkspace } from '../../../../shared/contract/workspace';
import { workspaceKeys } from '../../app/workspace/workspaceQueries';

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

interface RecentWorkspaceListProps {
  items: RecentWorkspace[];
  onSelect: (path: string) => void;
}

export function RecentWorkspaceList({ items, onSelect }: RecentWorkspaceListProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const forget = useMutation({
    mutationFn: (path: string) => call('workspace:forgetRecent', { path }),
    onSuccess: (recent) => queryClient.setQueryData(workspaceKeys.recent, recent),
  });

  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('welcome.recent.empty')}
      </Text>
    );
  }

  return (
    <Stack gap="xs">
      {forget.isError ? <ErrorAlert error={forget.error} /> : null}
      {items.map((item) => {
        const name = fileNameOf(item.path);
        return (
          <Paper key={item.path} withBorder p="xs" radius="md">
            <Group gap="xs" wrap="nowrap" align="center">
              <UnstyledButton onClick={() => onSelect(item.path)} flex={1} miw={0} p={4}>
                <Group gap="sm" wrap="nowrap">
                  <ThemeIcon variant="light" color={item.exists ? undefined : 'gray'} size="lg">
                    <IconFile size={20} aria-hidden />
                  </ThemeIcon>
                  <Stack gap={0} miw={0}>
                    <Group gap="xs" wrap="nowrap" preventGrowOverflow={false}>
                      <Text fw={600} size="sm" truncate miw={0}>
                        {name}
                      </Text>
                      {item.exists ? null : (
                        <Tooltip label={t('welcome.recent.missingHint')}>
                          <Badge color="orange" variant="light" size="sm" style={{ flexShrink: 0 }}>
                            {t('welcome.recent.missing')}
                          </Badge>
                        </Tooltip>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed" truncate title={item.path}>
                      {item.path}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('welcome.recent.lastOpened', {
                        date: formatMoment(item.lastOpenedAt, i18n.language),
                      })}
                    </Text>
                  </Stack>
                </Group>
              </UnstyledButton>
              <Tooltip label={t('welcome.recent.forget', { name })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('welcome.recent.forget', { name })}
                  loading={forget.isPending && forget.variables === item.path}
                  onClick={() => forget.mutate(item.path)}
                >
                  <IconX size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
