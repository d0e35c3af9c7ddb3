/** Open/closed state of an export dialog and its document (kept while the dialog closes). */
import { useState } from 'react';
import type { ExportDocument } from './exportDocuments';

export function useExportDialog(initial: ExportDocument) {
  const [opened, setOpened] = useState(false);
  const [document, setDocument] = useState<ExportDocument>(initial);
  return {
    dialogProps: { opened, document, onClose: () => setOpened(false) },
    open(doc: ExportDocument) {
      setDocument(doc);
      setOpened(true);
    },
  };
}
