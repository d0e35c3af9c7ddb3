/** Agenda templates as Select data: the built-in default first (even before the list loads). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TEMPLATE_ID } from '../../../../shared/domain/agendaTemplate';
import type { Language } from '../../../../shared/domain/languages';
import { useTemplates } from '../../app/meetings/meetingQueries';

export function useTemplateOptions(language: Language) {
  const { t } = useTranslation();
  const templates = useTemplates(language);
  return useMemo(
    () => [
      { value: DEFAULT_TEMPLATE_ID, label: t('meetings.agenda.defaultTemplate') },
      ...(templates.data?.items ?? [])
        .filter((tpl) => !tpl.builtIn)
        .map((tpl) => ({ value: tpl.id, label: tpl.name })),
    ],
    [t, templates.data],
  );
}
