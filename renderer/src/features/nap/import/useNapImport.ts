/**
 * State of the NAP import wizard: the file read as base64, the chosen sheet, header row and
 * column mapping (undefined: what the core suggests), the preview they give, and the agency
 * choices for the commit.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  NapImportCommitInput,
  NapImportPreview,
  NapImportPreviewInput,
  NapMapping,
} from '../../../../../shared/contract/nap';
import { NAP_FIELDS, type NapField } from '../../../../../shared/domain/nap';
import { call } from '../../../api';
import { fileToBase64, MAX_IMPORT_BYTES } from '../../../components/fileToBase64';

/** "agency:<id>", "create" or "ignore" for each agency text of the file. */
export type AgencyChoice = string;

export interface NapSource {
  fileName: string;
  dataBase64: string;
  /** Bumped on every file read, so that a corrected file of the same name is read again. */
  version: number;
}

/** Column `column` now holds `field` (or nothing): a field sits in one column at most. */
export function remap(mapping: NapMapping, column: number, field: NapField | null): NapMapping {
  const next: NapMapping = { ...mapping };
  for (const f of NAP_FIELDS) if (next[f] === column) next[f] = null;
  if (field) next[field] = column;
  return next;
}

export function fieldOfColumn(mapping: NapMapping, column: number): NapField | null {
  return NAP_FIELDS.find((f) => mapping[f] === column) ?? null;
}

export function defaultChoice(preview: NapImportPreview, text: string): AgencyChoice {
  const match = preview.agencies.find((a) => a.text === text);
  return match?.agencyId ? `agency:${match.agencyId}` : 'create';
}

export function useNapImport() {
  const [source, setSource] = useState<NapSource | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<'tooLarge' | 'unreadable' | null>(null);
  const [reading, setReading] = useState(false);
  const [sheet, setSheet] = useState<string | undefined>();
  const [headerRow, setHeaderRow] = useState<number | undefined>();
  const [mapping, setMapping] = useState<NapMapping | undefined>();
  const [choices, setChoices] = useState<Record<string, AgencyChoice>>({});
  const [title, setTitle] = useState<string | null>(null);

  const input: NapImportPreviewInput | null = source
    ? {
        fileName: source.fileName,
        dataBase64: source.dataBase64,
        ...(sheet !== undefined ? { sheet } : {}),
        ...(headerRow !== undefined ? { headerRow } : {}),
        ...(mapping !== undefined ? { mapping } : {}),
      }
    : null;

  const preview = useQuery({
    queryKey: ['napImportPreview', source?.version, sheet, headerRow, mapping],
    queryFn: () => call('nap:importPreview', input as NapImportPreviewInput),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
    gcTime: 0,
  });

  const choose = async (chosen: File | null, keepLayout: boolean) => {
    setFile(chosen);
    setProblem(null);
    if (!keepLayout) {
      setSheet(undefined);
      setHeaderRow(undefined);
      setMapping(undefined);
      setChoices({});
      setTitle(null);
    }
    if (!chosen) {
      setSource(null);
      return;
    }
    if (chosen.size > MAX_IMPORT_BYTES) {
      setSource(null);
      setProblem('tooLarge');
      return;
    }
    setReading(true);
    try {
      const dataBase64 = await fileToBase64(chosen);
      setSource((s) => ({ fileName: chosen.name, dataBase64, version: (s?.version ?? 0) + 1 }));
    } catch {
      setSource(null);
      setProblem('unreadable');
    } finally {
      setReading(false);
    }
  };

  const data = preview.data;
  const commitInput = (): NapImportCommitInput | null => {
    if (!input || !data) return null;
    const agencyChoices: NonNullable<NapImportCommitInput['agencyChoices']> = {};
    for (const agency of data.agencies) {
      const choice = choices[agency.text] ?? defaultChoice(data, agency.text);
      if (choice === 'ignore') agencyChoices[agency.text] = { ignore: true };
      else if (choice === 'create') agencyChoices[agency.text] = { create: { name: agency.text } };
      else agencyChoices[agency.text] = { agencyId: choice.slice('agency:'.length) };
    }
    return {
      ...input,
      sheet: data.sheet ?? undefined,
      headerRow: data.headerRow,
      mapping: data.mapping,
      planTitle: (title ?? data.plan.title).trim(),
      agencyChoices,
    };
  };

  return {
    file,
    source,
    problem,
    reading,
    preview,
    title: title ?? data?.plan.title ?? '',
    setTitle,
    choices,
    setChoice: (text: string, choice: AgencyChoice) =>
      setChoices((c) => ({ ...c, [text]: choice })),
    choose,
    setSheet: (name: string) => {
      setSheet(name);
      setHeaderRow(undefined);
      setMapping(undefined);
    },
    setHeaderRow: (row: number) => {
      setHeaderRow(row);
      setMapping(undefined);
    },
    mapColumn: (column: number, field: NapField | null) => {
      if (data) setMapping(remap(data.mapping, column, field));
    },
    commitInput,
  };
}
export type NapImportState = ReturnType<typeof useNapImport>;
