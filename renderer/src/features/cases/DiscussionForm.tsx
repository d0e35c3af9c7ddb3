/** A new discussion entry on a case: short, without personal data, guarded on save. */
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { caseAddDiscussionSchema, MAX_DISCUSSION_CHARS } from '../../../../shared/contract/cases';
import { ErrorAlert } from '../../components/ErrorAlert';
import { contractRules } from '../../components/form/contractRules';
import { useCaseMutation } from '../../app/cases/caseQueries';
import { PrivacyOverrideModal } from '../../components/privacy/PrivacyOverrideModal';
import { usePrivacyGuard } from '../../components/privacy/usePrivacyGuard';

/** The entry's text as 'cases:addDiscussion' takes it (the case and language are given). */
const discussionFields = caseAddDiscussionSchema.pick({ text: true });

export function DiscussionForm({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const add = useCaseMutation('cases:addDiscussion');
  const guard = usePrivacyGuard();
  const language = (['en', 'es', 'fr'] as const).find((l) => i18n.language.startsWith(l));
  const form = useForm({
    initialValues: { text: '' },
    validate: contractRules(t, {
      schema: discussionFields,
      fields: ['text'],
      required: { text: t('common.form.required') },
    }),
  });

  const save = (text: string, reason: string | null) =>
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
          form.reset();
        },
        onError: (error) => {
          guard.catchPii(error, (r) => save(text, r));
        },
      },
    );

  return (
    <>
      <form noValidate onSubmit={form.onSubmit(({ text }) => save(text, null))}>
        <Stack gap="xs">
          <Textarea
            {...form.getInputProps('text')}
            label={t('cases.discussion.newEntry')}
            description={t('cases.privacy.notice')}
            autosize
            minRows={2}
            // A rich text's limit counts its plain text: the contract names it as a constant.
            maxLength={MAX_DISCUSSION_CHARS}
          />
          {add.error && !guard.isPii(add.error) ? <ErrorAlert error={add.error} /> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              {t('cases.discussion.add')}
            </Button>
          </Group>
        </Stack>
      </form>
      <PrivacyOverrideModal {...guard.dialog} loading={add.isPending} />
    </>
  );
}
