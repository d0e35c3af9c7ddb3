/** The letterhead logo printed at the top of every exported document: choose, preview, remove. */
import { Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES } from '../../../../shared/contract/exports';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/useNotify';
import { fileToBase64 } from '../../components/fileToBase64';
import { SettingsSection } from './SettingsSection';

const LOGO_KEY = ['exports', 'letterheadLogo'] as const;

export function LetterheadLogoSection() {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const logo = useQuery({ queryKey: LOGO_KEY, queryFn: () => call('exports:letterheadLogo', {}) });
  const save = useMutation({
    mutationFn: async (file: File | null) =>
      call('exports:setLetterheadLogo', { image: file ? await fileToBase64(file) : null }),
    onSuccess: (result) => {
      client.setQueryData(LOGO_KEY, result);
      notify.success(
        t('settings.logo.title'),
        t(result.logo ? 'settings.logo.saved' : 'settings.logo.removed'),
      );
    },
  });
  const current = logo.data?.logo;
  const tooBig = (file: File | null) => file !== null && file.size > LOGO_MAX_BYTES;

  return (
    <SettingsSection
      id="settings-logo"
      title={t('settings.logo.title')}
      description={t('settings.logo.description')}
    >
      <Stack gap="sm">
        {current ? (
          <Image
            src={`data:image/${current.type === 'jpg' ? 'jpeg' : 'png'};base64,${current.data}`}
            alt={t('settings.logo.preview')}
            h={56}
            w="auto"
            fit="contain"
            radius="sm"
            style={{ alignSelf: 'flex-start' }}
          />
        ) : (
          <Text size="sm">{t('settings.logo.none')}</Text>
        )}
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        {tooBig(save.variables ?? null) ? (
          <Text c="red" size="sm">
            {t('settings.logo.tooBig')}
          </Text>
        ) : null}
        <Group gap="sm">
          <FileButton
            accept="image/png,image/jpeg"
            onChange={(file) => {
              if (file && !tooBig(file)) save.mutate(file);
            }}
          >
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconPhotoUp size={16} aria-hidden />}
                loading={save.isPending}
              >
                {t(current ? 'settings.logo.replace' : 'settings.logo.choose')}
              </Button>
            )}
          </FileButton>
          {current ? (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => save.mutate(null)}
              disabled={save.isPending}
            >
              {t('settings.logo.remove')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </SettingsSection>
  );
}
