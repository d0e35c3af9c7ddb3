/**
 * An entry point into the export dialog from a page: one button for one document, or an
 * "Export" menu listing several. The page passes what it shows (its meeting, body, year).
 */
import { Button, Menu } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconChevronDown, IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useExportDialog } from './useExportDialog';
import { ExportDialog, type ExportDialogProps } from './ExportDialog';
import { DOCUMENT_INFO, type ExportDocument } from './exportDocuments';

interface ExportMenuProps extends Pick<ExportDialogProps, 'meeting' | 'bodyId' | 'year'> {
  documents: readonly ExportDocument[];
  /** The button's label (default: "Export"). */
  label?: string;
  /** More menu items after the documents (e.g. the restricted case annex of a meeting). */
  extraItems?: ReactNode;
}

export function ExportMenu({ documents, label, extraItems, ...scope }: ExportMenuProps) {
  const { t } = useTranslation();
  const dialog = useExportDialog(documents[0]!);
  const buttonLabel = label ?? t('exports.menu.export');
  const icon = <IconFileExport size={16} aria-hidden />;
  return (
    <>
      {documents.length === 1 && !extraItems ? (
        <Button variant="default" leftSection={icon} onClick={() => dialog.open(documents[0]!)}>
          {buttonLabel}
        </Button>
      ) : (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              leftSection={icon}
              rightSection={<IconChevronDown size={14} aria-hidden />}
            >
              {buttonLabel}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {documents.map((doc) => {
              const Icon = DOCUMENT_INFO[doc].icon;
              return (
                <Menu.Item
                  key={doc}
                  leftSection={<Icon size={16} aria-hidden />}
                  onClick={() => dialog.open(doc)}
                >
                  {t(`exports.documents.${doc}.title`)}
                </Menu.Item>
              );
            })}
            {extraItems}
          </Menu.Dropdown>
        </Menu>
      )}
      <ExportDialog {...dialog.dialogProps} {...scope} />
    </>
  );
}
