/**
 * Highlights of the privacy guard inside the notes editor (tiptap / ProseMirror): the plain
 * text of the document is scanned, and the findings' UTF-16 offsets into that text are mapped
 * back to document positions as inline decorations. Between scans the decorations follow the
 * edits (mapped through each transaction); a scan answered for an older text is ignored.
 */
import { Extension } from '@tiptap/react';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Finding, PiiKind } from '../../../../shared/contract/privacy';

/** Where a run of the plain text sits in the document. */
interface Segment {
  offset: number;
  pos: number;
  length: number;
}

export interface DocText {
  text: string;
  segments: Segment[];
}

/** The document's plain text (text blocks and hard breaks separated by a newline). */
export function docText(doc: PmNode): DocText {
  let text = '';
  const segments: Segment[] = [];
  doc.descendants((node, pos) => {
    if (node.isText) {
      const value = node.text ?? '';
      segments.push({ offset: text.length, pos, length: value.length });
      text += value;
      return false;
    }
    if ((node.isTextblock || node.type.name === 'hardBreak') && text.length > 0) text += '\n';
    return true;
  });
  return { text, segments };
}

/** Document ranges covering the plain-text span [start, end) (one per text run it crosses). */
export function documentRanges(map: DocText, start: number, end: number) {
  const ranges: { from: number; to: number }[] = [];
  for (const seg of map.segments) {
    const from = Math.max(start, seg.offset);
    const to = Math.min(end, seg.offset + seg.length);
    if (from < to)
      ranges.push({ from: seg.pos + from - seg.offset, to: seg.pos + to - seg.offset });
  }
  return ranges;
}

interface FindingsMeta {
  text: string;
  findings: Finding[];
  /** The kind's name in the UI language (the highlight's tooltip and description). */
  labels: Record<PiiKind, string>;
}

interface HighlightSpec {
  id: string;
  kind: PiiKind;
}

export const privacyHighlightKey = new PluginKey<DecorationSet>('privacyHighlight');

function decorate(doc: PmNode, meta: FindingsMeta): DecorationSet {
  const map = docText(doc);
  const decorations: Decoration[] = [];
  for (const f of meta.findings) {
    const spec: HighlightSpec = { id: `${f.kind}:${f.start}:${f.end}`, kind: f.kind };
    for (const range of documentRanges(map, f.start, f.end)) {
      decorations.push(
        Decoration.inline(
          range.from,
          range.to,
          {
            class: 'pii-highlight',
            'data-pii-kind': f.kind,
            title: meta.labels[f.kind],
            'aria-description': meta.labels[f.kind],
          },
          spec,
        ),
      );
    }
  }
  return DecorationSet.create(doc, decorations);
}

/** Applies a scan's findings, unless the document changed since that text was taken. */
export function setFindings(state: EditorState, meta: FindingsMeta) {
  return state.tr.setMeta(privacyHighlightKey, meta).setMeta('addToHistory', false);
}

export interface EditorFinding {
  id: string;
  kind: PiiKind;
  from: number;
  to: number;
}

/** The highlighted findings as they stand now, in document order. */
export function editorFindings(state: EditorState): EditorFinding[] {
  const set = privacyHighlightKey.getState(state) ?? DecorationSet.empty;
  const byId = new Map<string, EditorFinding>();
  for (const d of set.find()) {
    const spec = d.spec as HighlightSpec;
    const found = byId.get(spec.id);
    if (found) {
      found.from = Math.min(found.from, d.from);
      found.to = Math.max(found.to, d.to);
    } else {
      byId.set(spec.id, { id: spec.id, kind: spec.kind, from: d.from, to: d.to });
    }
  }
  return [...byId.values()].sort((a, b) => a.from - b.from);
}

export const PrivacyHighlight = Extension.create({
  name: 'privacyHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: privacyHighlightKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set, _old, next) {
            const meta = tr.getMeta(privacyHighlightKey) as FindingsMeta | undefined;
            if (meta && docText(next.doc).text === meta.text) return decorate(next.doc, meta);
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: {
          decorations: (state) => privacyHighlightKey.getState(state),
        },
      }),
    ];
  },
});
