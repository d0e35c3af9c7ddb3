/**
 * mantine-datatable names its sort icons in English only ("Sorted ascending", "Not sorted"):
 * after each render, relabel them in the UI language for screen readers.
 */
import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

const SORTED = 'mantine-datatable-header-cell-sortable-icon';
const UNSORTED = 'mantine-datatable-header-cell-sortable-unsorted-icon';
const REVERSED = 'mantine-datatable-header-cell-sortable-icon-reversed';

export function useSortLabels(containerRef: RefObject<HTMLElement | null>): void {
  const { t } = useTranslation();
  useEffect(() => {
    const icons = containerRef.current?.querySelectorAll(`.${SORTED}, .${UNSORTED}`) ?? [];
    for (const icon of icons) {
      const key = icon.classList.contains(UNSORTED)
        ? 'table.notSorted'
        : icon.classList.contains(REVERSED)
          ? 'table.sortedDescending'
          : 'table.sortedAscending';
      icon.setAttribute('aria-label', t(key));
    }
  });
}
