/** A new discussion entry on a case: short, without personal data, guarded on save. */
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseMutation } from '../../app/cases/caseQueries';
import { PrivacyOverrideModal } from '../../components/privacy/PrivacyOverrideModal';
import { usePrivacyGuard } from '../../components/privacy/usePrivacyGuard';

export function DiscussionForm({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const add = useCaseMutation('cases:addDiscussion');
  const guard = usePrivacyGuard();
  const language = (['en', 'es', 'fr'] as const).find((l) => i18n.language.startsWith(l));

  const save = (reason: string | null) =>
    add.mutate(
      {
        caseId,
        meetingId: null,
        text: text.trim(),
        language,
        privacyOverride: reason ? { reason } : null,
      },
      {
        onSuccess: () => {
          guard.close();
          setText('');
        },
        onError: (error) => {
          guard.catchPii(error, (r) => save(r));
        },
      },
    );

  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) save(null);
        }}
      >
        <Stack gap="xs">
          <Textarea
            label={t('cases.discussion.newEntry')}
            description={t('cases.privacy.notice')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={4000}
          />
          {add.error && !guard.isPii(add.error) ? <ErrorAlert error={add.error} /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending} disabled={!text.trim()}>
              {t('cases.discussion.add')}
            </Button>
          </Group>
        </Stack>
      </form>
      <PrivacyOverrideModal {...guard.dialog} loading={add.isPending} />
    </>
  );
}
