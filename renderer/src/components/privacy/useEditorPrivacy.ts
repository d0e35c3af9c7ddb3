/**
 * The privacy guard of a tiptap editor (minutes notes, case discussion entries): scans its
 * plain text ~300 ms after each change (and once on opening), hands the findings to the
 * PrivacyHighlight plugin, and gives the panel its list and the one-click replacement of a
 * finding by its placeholder.
 */
import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { PII_KINDS, type PiiKind, type PrivacyContext } from '../../../../shared/contract/privacy';
import type { Language } from '../../../../shared/domain/languages';
import type { PanelFinding } from './FindingsPanel';
import { docText, editorFindings, setFindings } from './privacyHighlight';
import { usePrivacyVocabulary } from './privacyVocabulary';
import { SCAN_DELAY_MS, scanPlainText } from './usePrivacyScan';

export function useEditorPrivacy(
  editor: Editor,
  language: Language,
  enabled: boolean,
  /** `minutes` for notes (officials may be named), `case` for case entries (every name). */
  context: PrivacyContext = 'minutes',
) {
  const { kindLabel, placeholder } = usePrivacyVocabulary();

  useEffect(() => {
    if (!enabled) return;
    const labels = Object.fromEntries(PII_KINDS.map((k) => [k, kindLabel(k)])) as Record<
      PiiKind,
      string
    >;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let live = true;
    const scan = () => {
      const { text } = docText(editor.state.doc);
      scanPlainText(text, { context, language }).then(
        (findings) => {
          if (live && !editor.isDestroyed) {
            editor.view.dispatch(setFindings(editor.state, { text, findings, labels }));
          }
        },
        () => undefined,
      );
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(scan, SCAN_DELAY_MS);
    };
    scan();
    editor.on('update', schedule);
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      editor.off('update', schedule);
    };
  }, [editor, language, enabled, kindLabel, context]);

  const findings = useEditorState({
    editor,
    selector: ({ editor: e }) => editorFindings(e.state),
  });
  const panel: PanelFinding[] = findings.map((f) => ({
    id: f.id,
    kind: f.kind,
    excerpt: editor.state.doc.textBetween(f.from, f.to, ' '),
  }));
  const replace = (item: PanelFinding) => {
    const found = editorFindings(editor.state).find((f) => f.id === item.id);
    if (!found) return;
    editor.view.dispatch(editor.state.tr.insertText(placeholder(found.kind), found.from, found.to));
    editor.commands.focus();
  };
  return { panel, replace };
}
