/**
 * Second half of the round-trip dialog: choose one or more returned forms; each is checked on
 * its own and applied on its own (one transaction per file).
 */
import { Alert, Divider, FileInput, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { Fragment, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { fileToBase64, MAX_IMPORT_BYTES } from '../fileToBase64';
import { ReturnedFormPreview, type ReturnedFile } from './ReturnedFormPreview';

/** Tests reach the hidden file input through this id (the visible control is a button). */
const HIDDEN_INPUT_PROPS: ComponentProps<'input'> & { 'data-testid': string } = {
  'data-testid': 'returned-forms-input',
};

let nextKey = 0;

export function ReturnedFormsPanel() {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<File[]>([]);
  const [files, setFiles] = useState<ReturnedFile[]>([]);
  const [tooLarge, setTooLarge] = useState<string[]>([]);

  const choose = async (list: File[]) => {
    setChosen(list);
    const big = list.filter((f) => f.size > MAX_IMPORT_BYTES);
    setTooLarge(big.map((f) => f.name));
    const read = await Promise.all(
      list
        .filter((f) => f.size <= MAX_IMPORT_BYTES)
        .map(async (f) => ({
          key: String((nextKey += 1)),
          fileName: f.name,
          dataBase64: await fileToBase64(f),
        })),
    );
    setFiles(read);
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('roundTrip.returned.intro')}</Text>
      <FileInput
        label={t('roundTrip.returned.files')}
        placeholder={t('roundTrip.returned.filesPlaceholder')}
        accept=".xlsx,.csv,text/csv"
        multiple
        value={chosen}
        onChange={(list) => void choose(list)}
        fileInputProps={HIDDEN_INPUT_PROPS}
        leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
        clearable
        clearButtonProps={{ 'aria-label': t('roundTrip.returned.clear') }}
      />
      {tooLarge.length ? (
        <Alert color="red" variant="light">
          {t('roundTrip.returned.tooLarge', { files: tooLarge.join(', ') })}
        </Alert>
      ) : null}
      {files.map((file, i) => (
        <Fragment key={file.key}>
          {i > 0 ? <Divider /> : null}
          <ReturnedFormPreview file={file} />
        </Fragment>
      ))}
    </Stack>
  );
}
