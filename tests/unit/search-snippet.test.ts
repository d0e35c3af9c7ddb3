/** The Search page's snippet: the core's \u0002…\u0003 markers become marked parts. */
import { describe, expect, it } from 'vitest';
import { snippetParts } from '../../renderer/src/components/searchSnippet';

describe('snippetParts', () => {
  it('splits a snippet into plain and marked parts', () => {
    expect(snippetParts('La \u0002coordinación\u0003 avanzó; \u0002réunion\u0003')).toEqual([
      { text: 'La ', marked: false },
      { text: 'coordinación', marked: true },
      { text: ' avanzó; ', marked: false },
      { text: 'réunion', marked: true },
    ]);
  });

  it('keeps text without markers whole, and tolerates an unclosed marker', () => {
    expect(snippetParts('plain')).toEqual([{ text: 'plain', marked: false }]);
    expect(snippetParts('')).toEqual([]);
    expect(snippetParts('a \u0002b')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
    ]);
  });
});
