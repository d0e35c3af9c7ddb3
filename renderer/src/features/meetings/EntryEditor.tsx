/**
 * The small rich-text editor of a case discussion entry: the minutes editor's extensions and
 * toolbar (marks and lists), the privacy highlight in the `case` context with its findings
 * panel, and a live count against the entry's limit in characters of plain text.
 */
import { Box, Group, Input, Stack, Text, Typography } from '@mantine/core';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_DISCUSSION_CHARS } from '../../../../shared/contract/cases';
import type { Language } from '../../../../shared/domain/languages';
import { emptyDoc, richTextToPlain, type RichDoc } from '../../../../shared/domain/richText';
import { FindingsPanel } from '../../components/privacy/FindingsPanel';
import '../../components/privacy/privacy.css';
import { useEditorPrivacy } from '../../components/privacy/useEditorPrivacy';
import './notesEditor.css';
import { ENTRY_TOOLS, RICH_EXTENSIONS, RichToolbar } from './richEditorKit';

export interface EntryEditorState {
  editor: Editor;
  doc: RichDoc;
  /** The entry's plain text, as the core counts and guards it. */
  plain: string;
  /** Empty, or over the limit: nothing to save. */
  invalid: boolean;
  clear: () => void;
}

/** An entry editor whose accessible name is `label` (the contenteditable is a textbox). */
export function useEntryEditor(label: string, description?: string): EntryEditorState {
  const [doc, setDoc] = useState<RichDoc>(emptyDoc);
  const editor = useEditor({
    extensions: RICH_EXTENSIONS,
    immediatelyRender: true,
    editorProps: {
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        ...(description ? { 'aria-description': description } : {}),
      },
    },
    onUpdate: ({ editor: e }) => setDoc(e.getJSON() as RichDoc),
  });
  const plain = richTextToPlain(doc);
  return {
    editor,
    doc,
    plain,
    invalid: plain.trim() === '' || plain.length > MAX_DISCUSSION_CHARS,
    clear: () => {
      editor.commands.clearContent(true);
      setDoc(emptyDoc());
    },
  };
}

interface EntryEditorProps {
  entry: EntryEditorState;
  /** The language the entry is scanned in and marked with (`lang`). */
  language: Language;
  /** Shown above the editor (the editor's accessible name is given to useEntryEditor). */
  label: string;
  description?: string;
  disabled?: boolean;
}

export function EntryEditor(props: EntryEditorProps) {
  const { entry, language, label, description, disabled = false } = props;
  const { t } = useTranslation();
  const privacy = useEditorPrivacy(entry.editor, language, !disabled, 'case');
  const over = entry.plain.length > MAX_DISCUSSION_CHARS;
  return (
    <Stack gap={4}>
      <Input.Wrapper label={label} description={description} labelElement="div">
        <Box className="notes-editor-frame notes-editor-small" mt={4}>
          <Group justify="space-between" wrap="nowrap" pr="xs" className="notes-editor-toolbar">
            <RichToolbar editor={entry.editor} disabled={disabled} tools={ENTRY_TOOLS} />
            <Text size="xs" c={over ? 'red' : 'dimmed'} aria-live="polite">
              {t('caseMeeting.entry.count', {
                used: entry.plain.length,
                max: MAX_DISCUSSION_CHARS,
              })}
            </Text>
          </Group>
          <Typography className="notes-editor-content" lang={language}>
            <EditorContent editor={entry.editor} />
          </Typography>
        </Box>
      </Input.Wrapper>
      <FindingsPanel findings={privacy.panel} onReplace={privacy.replace} disabled={disabled} />
    </Stack>
  );
}
