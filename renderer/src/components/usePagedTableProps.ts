/**
 * What every paginated register table shares: its name, border, hover, and pagination controls
 * and text in the UI language (mantine-datatable's own are English only).
 */
import { useTranslation } from 'react-i18next';

type PaginationControl = 'first' | 'last' | 'previous' | 'next';

export function usePagedTableProps(label: string) {
  const { t } = useTranslation();
  const controlLabels: Record<PaginationControl, string> = {
    first: t('agencies.list.firstPage'),
    last: t('agencies.list.lastPage'),
    previous: t('agencies.list.previousPage'),
    next: t('agencies.list.nextPage'),
  };
  return {
    'aria-label': label,
    withTableBorder: true,
    borderRadius: 'md',
    highlightOnHover: true,
    minHeight: 200,
    paginationText: ({
      from,
      to,
      totalRecords,
    }: {
      from: number;
      to: number;
      totalRecords: number;
    }) => t('agencies.list.pagination', { from, to, total: totalRecords }),
    getPaginationControlProps: (control: PaginationControl) => ({
      'aria-label': controlLabels[control],
    }),
  } as const;
}
