/**
 * What the rich-text editors share (minutes notes, case discussion entries): the tiptap
 * extensions limited to what the core keeps (shared/domain/richText.ts) with the privacy
 * highlight, and the formatting toolbar.
 */
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import {
  IconBold,
  IconH3,
  IconItalic,
  IconList,
  IconListNumbers,
  IconUnderline,
  type TablerIcon,
} from '@tabler/icons-react';
import { useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivacyHighlight } from '../../components/privacy/privacyHighlight';
import { toolbarKeyTarget } from './toolbarKeys';

export const RICH_EXTENSIONS = [
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

export type ToolKey = 'bold' | 'italic' | 'underline' | 'bulletList' | 'orderedList' | 'heading';

interface ToolDef {
  key: ToolKey;
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

/** The tools of a short entry: marks and lists, no headings. */
export const ENTRY_TOOLS: readonly ToolKey[] = [
  'bold',
  'italic',
  'underline',
  'bulletList',
  'orderedList',
];

interface RichToolbarProps {
  editor: Editor;
  disabled: boolean;
  /** Which tools, in the toolbar's order (default: all). */
  tools?: readonly ToolKey[];
  /** The toolbar's accessible name (default: "Text formatting"). */
  label?: string;
}

/**
 * The formatting toolbar: one Tab stop (the last tool used, roving tabindex); Left/Right,
 * Home and End move between its tools.
 */
export function RichToolbar({ editor, disabled, tools, label }: RichToolbarProps) {
  const { t } = useTranslation();
  const shown = tools ? TOOLS.filter((tool) => tools.includes(tool.key)) : TOOLS;
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      Object.fromEntries(TOOLS.map((tool) => [tool.key, e.isActive(tool.key)])) as Record<
        ToolKey,
        boolean
      >,
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = toolbarKeyTarget(event.key, current, shown.length);
    if (target === null) return;
    event.preventDefault();
    setCurrent(target);
    buttons.current[target]?.focus();
  };
  return (
    <Group
      gap={4}
      role="toolbar"
      aria-label={label ?? t('meetings.minutes.toolbar')}
      aria-orientation="horizontal"
      onKeyDown={onKeyDown}
    >
      {shown.map((tool, index) => {
        const toolLabel = t(`meetings.minutes.tools.${tool.key}`);
        const Icon = tool.icon;
        return (
          <Tooltip key={tool.key} label={toolLabel}>
            <ActionIcon
              ref={(node: HTMLButtonElement | null) => {
                buttons.current[index] = node;
              }}
              variant={active[tool.key] ? 'light' : 'subtle'}
              color={active[tool.key] ? undefined : 'gray'}
              aria-label={toolLabel}
              aria-pressed={active[tool.key]}
              disabled={disabled}
              tabIndex={index === current ? 0 : -1}
              // Keep the caret in the text while clicking a tool.
              onMouseDown={(event) => event.preventDefault()}
              onFocus={() => setCurrent(index)}
              onClick={() => {
                setCurrent(index);
                tool.run(editor);
              }}
            >
              <Icon size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        );
      })}
    </Group>
  );
}
