/**
 * Read-only display of rich text (the closed subset of shared/domain/richText.ts): paragraphs,
 * headings, bullet and numbered lists, bold / italic / underline, line breaks — as React
 * elements, never as HTML strings. Used where an entry is listed (case discussion entries).
 */
import { Typography } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RichBlock, RichDoc, RichInline } from '../../../shared/domain/richText';
import './richTextView.css';

function inline(node: RichInline, key: number): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />;
  let out: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else out = <u>{out}</u>;
  }
  return <span key={key}>{out}</span>;
}

const inlines = (content: RichInline[] | undefined) => (content ?? []).map(inline);

function block(b: RichBlock, key: number): ReactNode {
  switch (b.type) {
    case 'paragraph':
      return <p key={key}>{inlines(b.content)}</p>;
    case 'heading': {
      // Inside a listed entry: below the page's own headings.
      const Tag = (['h4', 'h5', 'h6'] as const)[b.attrs.level - 1]!;
      return <Tag key={key}>{inlines(b.content)}</Tag>;
    }
    case 'bulletList':
    case 'orderedList': {
      const items = b.content.map((item, i) => <li key={i}>{item.content.map(block)}</li>);
      return b.type === 'bulletList' ? (
        <ul key={key}>{items}</ul>
      ) : (
        <ol key={key} start={b.attrs.start}>
          {items}
        </ol>
      );
    }
  }
}

export function RichTextView({ doc }: { doc: RichDoc }) {
  return <Typography className="rich-text-view">{doc.content.map(block)}</Typography>;
}
