/**
 * The rich-text editor of one agenda item's notes (tiptap), limited to what the core keeps
 * (shared/domain/richText.ts): paragraphs, headings 1–3, bullet and numbered lists, bold,
 * italic, underline. Autosaves; read-only once the minutes are approved. Personal data is
 * highlighted as it is typed (privacy guard), listed with a one-click placeholder, and a save
 * the guard refuses can be made anyway with a written reason.
 */
import { ActionIcon, Box, Group, Stack, Text, Tooltip, Typography } from '@mantine/core';
import {
  IconBold,
  IconH3,
  IconItalic,
  IconList,
  IconListNumbers,
  IconUnderline,
  type TablerIcon,
} from '@tabler/icons-react';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/contract/meetings';
import type { Language } from '../../../../shared/domain/languages';
import type { RichDoc } from '../../../../shared/domain/richText';
import { FindingsPanel } from '../privacy/FindingsPanel';
import { PiiRefusal } from '../privacy/PiiRefusal';
import { PrivacyHighlight } from '../privacy/privacyHighlight';
import '../privacy/privacy.css';
import { useEditorPrivacy } from '../privacy/useEditorPrivacy';
import './notesEditor.css';
import { useNotesAutosave, type SaveState } from './useNotesAutosave';

const EXTENSIONS = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    blockquote: false,
    horizontalRule: false,
    strike: false,
    link: false,
    heading: { levels: [1, 2, 3] },
  }),
  PrivacyHighlight,
];

interface ToolDef {
  key: 'bold' | 'italic' | 'underline' | 'bulletList' | 'orderedList' | 'heading';
  icon: TablerIcon;
  run: (editor: Editor) => void;
}

const TOOLS: ToolDef[] = [
  { key: 'bold', icon: IconBold, run: (e) => e.chain().focus().toggleBold().run() },
  { key: 'italic', icon: IconItalic, run: (e) => e.chain().focus().toggleItalic().run() },
  { key: 'underline', icon: IconUnderline, run: (e) => e.chain().focus().toggleUnderline().run() },
  { key: 'bulletList', icon: IconList, run: (e) => e.chain().focus().toggleBulletList().run() },
  {
    key: 'orderedList',
    icon: IconListNumbers,
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  { key: 'heading', icon: IconH3, run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
];

function Toolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      Object.fromEntries(TOOLS.map((tool) => [tool.key, e.isActive(tool.key)])) as Record<
        ToolDef['key'],
        boolean
      >,
  });
  return (
    <Group gap={4} role="toolbar" aria-label={t('meetings.minutes.toolbar')}>
      {TOOLS.map((tool) => {
        const label = t(`meetings.minutes.tools.${tool.key}`);
        const Icon = tool.icon;
        return (
          <Tooltip key={tool.key} label={label}>
            <ActionIcon
              variant={active[tool.key] ? 'light' : 'subtle'}
              color={active[tool.key] ? undefined : 'gray'}
              aria-label={label}
              aria-pressed={active[tool.key]}
              disabled={disabled}
              // Keep the caret in the text while clicking a tool.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => tool.run(editor)}
            >
              <Icon size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        );
      })}
    </Group>
  );
}

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
  /** The meeting's language: the language the notes are scanned in. */
  language: Language;
}

export function NotesEditor({ meetingId, item, locked, language }: NotesEditorProps) {
  const { t } = useTranslation();
  const autosave = useNotesAutosave(meetingId, item.id);
  const { change, flush } = autosave;
  const editor = useEditor({
    extensions: EXTENSIONS,
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
          <Toolbar editor={editor} disabled={locked} />
          <SaveStatus state={autosave.state} />
        </Group>
        <Typography className="notes-editor-content">
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
