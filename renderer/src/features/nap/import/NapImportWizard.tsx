/**
 * Import a NAP matrix (XLSX/CSV): file → sheet and header row → column mapping → preview with
 * per-row errors and agency choices → all-or-nothing commit. Mounted by the NAP page.
 * (Placeholder until the wizard lands: renders nothing.)
 */
export interface NapImportWizardProps {
  opened: boolean;
  onClose: () => void;
  /** Called with the new plan's id after a successful commit. */
  onImported: (planId: string) => void;
}

export function NapImportWizard(_props: NapImportWizardProps) {
  return null;
}
