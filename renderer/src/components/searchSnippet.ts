/** A snippet of `search:query` as text parts, the matched words (`\u0002`…`\u0003`) marked. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let text = '';
  const flush = () => {
    if (text !== '') parts.push({ text, marked });
    text = '';
  };
  for (const char of snippet) {
    if (char === '\u0002' || char === '\u0003') {
      flush();
      marked = char === '\u0002';
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}
