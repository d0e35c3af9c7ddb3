/**
 * Accent-, case- and space-insensitive key used for search and duplicate detection, on both
 * sides: "Côte d’Ivoire" → "cote d ivoire".
 */
export function textKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
