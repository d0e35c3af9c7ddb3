/**
 * The rich-text editor of one agenda item's notes (tiptap), limited to what the core keeps
 * (shared/domain/richText.ts): paragraphs, headings 1–3, bullet and numbered lists, bold,
 * italic, underline. Autosaves; read-only once the minutes are approved. Personal data is
 * highlighted as it is typed (privacy guard), listed with a one-click placeholder, and a save
 * the guard refuses can be made anyway with a written reason.
 */
import { Box, Group, Stack, Text, Typography } from '@mantine/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/contract/meetings';
import type { Language } from '../../../../shared/domain/languages';
import type { RichDoc } from '../../../../shared/domain/richText';
import { FindingsPanel } from '../../components/privacy/FindingsPanel';
import { PiiRefusal } from '../../components/privacy/PiiRefusal';
import '../../components/privacy/privacy.css';
import { useEditorPrivacy } from '../../components/privacy/useEditorPrivacy';
import './notesEditor.css';
import { RICH_EXTENSIONS, RichToolbar } from './richEditorKit';
import { useNotesAutosave, type SaveState } from './useNotesAutosave';

function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <Text
      size="xs"
      c={state === 'error' ? 'red' : state === 'blocked' ? 'orange.8' : 'dimmed'}
      aria-live="polite"
      data-testid="notes-save-state"
    >
      {state === 'idle' ? '' : t(`meetings.minutes.save.${state}`)}
    </Text>
  );
}

interface NotesEditorProps {
  meetingId: string;
  item: AgendaItem;
  locked: boolean;
  /** The meeting's language: the notes are scanned in it and marked with it (`lang`). */
  language: Language;
}

export function NotesEditor({ meetingId, item, locked, language }: NotesEditorProps) {
  const { t } = useTranslation();
  const autosave = useNotesAutosave(meetingId, item.id);
  const { change, flush } = autosave;
  const editor = useEditor({
    extensions: RICH_EXTENSIONS,
    // The saved notes, read once: later refetches never overwrite what is being typed.
    content: item.notes.content.length > 0 ? item.notes : undefined,
    editable: !locked,
    immediatelyRender: true,
    editorProps: {
      attributes: {
        'aria-label': t('meetings.minutes.editorLabel', { title: item.title }),
        'aria-multiline': 'true',
        role: 'textbox',
      },
    },
    onUpdate: ({ editor: e }) => change(e.getJSON() as RichDoc),
    onBlur: () => void flush(),
  });
  useEffect(() => {
    if (editor && editor.isEditable === locked) editor.setEditable(!locked);
  }, [editor, locked]);
  const privacy = useEditorPrivacy(editor, language, !locked);

  return (
    <Stack gap="xs">
      <Box className={`notes-editor-frame${locked ? ' notes-editor-readonly' : ''}`}>
        <Group justify="space-between" wrap="nowrap" pr="xs" className="notes-editor-toolbar">
          <RichToolbar
            editor={editor}
            disabled={locked}
            label={t('meetings.minutes.toolbarFor', { title: item.title })}
          />
          <SaveStatus state={autosave.state} />
        </Group>
        <Typography className="notes-editor-content" lang={language}>
          <EditorContent editor={editor} />
        </Typography>
      </Box>
      <FindingsPanel findings={privacy.panel} onReplace={privacy.replace} disabled={locked} />
      {autosave.refusal ? (
        <PiiRefusal
          error={autosave.refusal}
          loading={autosave.state === 'saving'}
          onOverride={(override) => void autosave.saveAnyway(override)}
        />
      ) : null}
    </Stack>
  );
}
