/**
 * The import wizard's state: the chosen file, sheet, column mapping, duplicate policy and the
 * cells corrected in the preview, the preview (re-asked of the core whenever one of them
 * changes) and the final commit of the rows without errors (the others are skipped; the core
 * checks each row it is sent again).
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ImportField, ImportMapping } from '../../../../../shared/contract/agencies';
import { call } from '../../../api';

export interface ImportSource {
  token: number;
  fileName: string;
  contentBase64: string;
}

export type DuplicatePolicy = 'skip' | 'refuse';

/** A cell corrected in the preview. */
export interface CellEdit {
  rowNumber: number;
  field: ImportField;
  value: string;
}

export function useImportState() {
  /** The file picked in step 1 (kept here: the step unmounts when the wizard moves on). */
  const [file, setFile] = useState<File | null>(null);
  const [source, setSourceState] = useState<ImportSource | null>(null);
  const tokens = useRef(0);
  const [sheet, setSheetState] = useState<string | null>(null);
  /** null until the user changes a column: the core's own guess is used. */
  const [mapping, setMappingState] = useState<ImportMapping | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicatePolicy>('skip');
  const [edits, setEdits] = useState<CellEdit[]>([]);

  const preview = useQuery({
    queryKey: ['agencies-import', source?.token ?? 0, sheet, mapping, edits],
    queryFn: () => {
      if (!source) throw new Error('No file chosen');
      return call('agencies:importPreview', {
        fileName: source.fileName,
        contentBase64: source.contentBase64,
        ...(sheet ? { sheet } : {}),
        ...(mapping ? { mapping } : {}),
        ...(edits.length > 0 ? { edits } : {}),
      });
    },
    enabled: source !== null,
    // Keep showing the last preview of the same file while a new mapping is checked.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === source?.token ? previous : undefined,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });

  const effectiveMapping: ImportMapping = mapping ?? preview.data?.mapping ?? {};

  const commit = useMutation({
    mutationFn: () => {
      if (!source) throw new Error('No file chosen');
      const chosenSheet = sheet ?? preview.data?.sheet ?? null;
      return call('agencies:importCommit', {
        fileName: source.fileName,
        contentBase64: source.contentBase64,
        mapping: effectiveMapping,
        duplicates,
        ...(chosenSheet ? { sheet: chosenSheet } : {}),
        ...(edits.length > 0 ? { edits } : {}),
        // Rows with errors are skipped; duplicates are sent and follow the duplicate policy.
        rowNumbers: (preview.data?.rows ?? [])
          .filter((row) => row.errors.length === 0)
          .map((row) => row.rowNumber),
      });
    },
  });

  return {
    file,
    setFile,
    source,
    setSource(next: Omit<ImportSource, 'token'> | null) {
      tokens.current += 1;
      setSourceState(next ? { ...next, token: tokens.current } : null);
      setSheetState(null);
      setMappingState(null);
      setEdits([]);
      commit.reset();
    },
    sheet: sheet ?? preview.data?.sheet ?? null,
    setSheet(next: string | null) {
      setSheetState(next);
      setMappingState(null);
      setEdits([]);
    },
    mapping: effectiveMapping,
    setColumn(field: ImportField, column: number | null) {
      setMappingState({ ...effectiveMapping, [field]: column });
    },
    duplicates,
    setDuplicates,
    edits,
    /** Corrects one cell; the preview is asked again with every correction so far. */
    editCell(edit: CellEdit) {
      setEdits((previous) => [
        ...previous.filter((e) => e.rowNumber !== edit.rowNumber || e.field !== edit.field),
        edit,
      ]);
      commit.reset();
    },
    preview,
    commit,
  };
}

export type ImportState = ReturnType<typeof useImportState>;
