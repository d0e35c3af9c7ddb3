/**
 * A data table's horizontal scroller (Mantine's Table.ScrollContainer, native scrolling). When
 * the table is wider than the screen (narrow windows, zoom: WCAG 1.4.10) the scroller becomes
 * a named, focusable region, so it scrolls with the arrow keys (2.1.1) while the page itself
 * never scrolls sideways. Its name is `label`, else the table's own aria-label or caption.
 */
import { Table, type TableScrollContainerProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

interface TableScrollProps extends Omit<TableScrollContainerProps, 'type'> {
  label?: string;
}

function tableName(node: HTMLElement): string | null {
  const table = node.querySelector('table');
  return table?.getAttribute('aria-label') ?? table?.caption?.textContent ?? null;
}

export function TableScroll({ label, children, ...props }: TableScrollProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [region, setRegion] = useState<{ name: string } | null>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    const check = () => {
      const overflows = node.scrollWidth > node.clientWidth + 1;
      const name = label ?? tableName(node) ?? '';
      setRegion((previous) => (overflows ? (previous?.name === name ? previous : { name }) : null));
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(node);
    if (node.firstElementChild) observer.observe(node.firstElementChild);
    return () => observer.disconnect();
  }, [label]);
  return (
    <Table.ScrollContainer
      ref={ref}
      type="native"
      className="scroll-region"
      {...(region ? { tabIndex: 0, role: 'region', 'aria-label': region.name } : {})}
      {...props}
    >
      {children}
    </Table.ScrollContainer>
  );
}
