/** Keyboard movement inside a WAI-ARIA toolbar (the rich-text editors' formatting tools). */

/** The index a toolbar key moves to among `count` buttons (WAI-ARIA toolbar), or null. */
export function toolbarKeyTarget(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
