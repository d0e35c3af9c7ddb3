/**
 * The layer drawn behind a guarded plain field: the same text, in the field's own font, box
 * and scroll position, with each finding marked (its kind in `title` and `data-pii-kind`).
 * The field above it is transparent, so the marks show through as highlights.
 */
import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { Finding } from '../../../../shared/contract/privacy';
import { usePrivacyVocabulary } from './privacyVocabulary';
import './privacy.css';

type Field = HTMLTextAreaElement | HTMLInputElement;

const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'letterSpacing',
  'lineHeight',
  'textAlign',
  'textIndent',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'boxSizing',
  'tabSize',
] as const;

/** The field's box and text metrics, relative to the container both sit in. */
function measure(field: Field, container: HTMLElement): CSSProperties {
  const style = getComputedStyle(field);
  const box = field.getBoundingClientRect();
  const outer = container.getBoundingClientRect();
  const copied: Record<string, string> = {};
  for (const key of COPIED) copied[key] = style[key];
  return {
    ...copied,
    top: box.top - outer.top,
    left: box.left - outer.left,
    width: box.width,
    height: box.height,
  };
}

interface HighlightLayerProps {
  text: string;
  findings: readonly Finding[];
  field: Field | null;
  multiline: boolean;
}

export function HighlightLayer({ text, findings, field, multiline }: HighlightLayerProps) {
  const { kindLabel } = usePrivacyVocabulary();
  const layer = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<CSSProperties>({});

  useLayoutEffect(() => {
    const container = layer.current?.parentElement;
    if (!field || !container) return;
    const update = () => setBox(measure(field, container));
    const sync = () => {
      if (!layer.current) return;
      layer.current.scrollTop = field.scrollTop;
      layer.current.scrollLeft = field.scrollLeft;
    };
    update();
    sync();
    const observer = new ResizeObserver(update);
    observer.observe(field);
    field.addEventListener('scroll', sync);
    field.addEventListener('input', sync);
    return () => {
      observer.disconnect();
      field.removeEventListener('scroll', sync);
      field.removeEventListener('input', sync);
    };
  }, [field]);

  const pieces: ReactNode[] = [];
  let at = 0;
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  for (const f of sorted) {
    if (f.start < at || f.end > text.length) continue;
    pieces.push(text.slice(at, f.start));
    pieces.push(
      <mark
        key={`${f.start}-${f.end}`}
        className="pii-highlight"
        data-pii-kind={f.kind}
        title={kindLabel(f.kind)}
      >
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  // A trailing newline needs a character after it to take up its line, as in the field.
  pieces.push(text.slice(at) + (multiline ? ' ' : ''));

  return (
    <div
      ref={layer}
      aria-hidden
      className="pii-layer"
      data-multiline={multiline || undefined}
      style={box}
    >
      {pieces}
    </div>
  );
}
