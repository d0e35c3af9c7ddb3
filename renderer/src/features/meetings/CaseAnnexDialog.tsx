/**
 * Exports the meeting's restricted case annex: asks for the workspace passphrase again and the
 * document language; if the privacy guard flags a text, shows what it found and lets the
 * export go ahead with a written reason (audited).
 */
import { Alert, Button, Group, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain/languages';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveExportedFile } from '../../components/exports/saveFile';
import { AppModal } from '../../components/AppModal';
import { PrivacyOverrideModal } from '../../components/privacy/PrivacyOverrideModal';
import { usePrivacyGuard } from '../../components/privacy/usePrivacyGuard';

export function CaseAnnexDialog(props: {
  opened: boolean;
  onClose: () => void;
  meetingId: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [language, setLanguage] = useState<Language>(props.language);
  const [saved, setSaved] = useState<string | null>(null);
  const guard = usePrivacyGuard();
  const exportAnnex = useMutation({
    mutationFn: (reason: string | null) =>
      call('exports:caseAnnex', {
        meetingId: props.meetingId,
        passphrase,
        language,
        privacyOverride: reason ? { reason } : null,
      }),
    onSuccess: (file) => {
      guard.close();
      saveExportedFile(file);
      setSaved(file.fileName);
      setPassphrase('');
    },
    onError: (error) => {
      guard.catchPii(error, (r) => exportAnnex.mutate(r));
    },
  });
  const close = () => {
    setPassphrase('');
    setSaved(null);
    exportAnnex.reset();
    props.onClose();
  };
  return (
    <AppModal
      confirmDiscard={false}
      opened={props.opened}
      onClose={close}
      title={t('caseMeeting.annex.title')}
    >
      <Stack gap="sm">
        <Alert color="red" variant="light">
          {t('caseMeeting.annex.warning')}
        </Alert>
        <Select
          label={t('caseMeeting.annex.language')}
          data={LANGUAGES.map((l) => ({ value: l, label: t(`caseMeeting.languages.${l}`) }))}
          value={language}
          onChange={(v) => v && setLanguage(v as Language)}
          allowDeselect={false}
        />
        <PasswordInput
          label={t('caseMeeting.annex.passphrase')}
          description={t('caseMeeting.annex.passphraseHelp')}
          value={passphrase}
          onChange={(e) => {
            setPassphrase(e.currentTarget.value);
            if (exportAnnex.isError) exportAnnex.reset();
          }}
          autoComplete="current-password"
          data-autofocus
        />
        {exportAnnex.error && !guard.isPii(exportAnnex.error) ? (
          <ErrorAlert error={exportAnnex.error} />
        ) : null}
        {saved ? (
          <Text size="sm" c="green" data-testid="annex-saved">
            {t('caseMeeting.annex.saved', { fileName: saved })}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.close')}
          </Button>
          <Button
            loading={exportAnnex.isPending}
            disabled={!passphrase}
            onClick={() => exportAnnex.mutate(null)}
          >
            {t('caseMeeting.annex.export')}
          </Button>
        </Group>
      </Stack>
      <PrivacyOverrideModal {...guard.dialog} loading={exportAnnex.isPending} />
    </AppModal>
  );
}
