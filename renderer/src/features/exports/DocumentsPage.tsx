/**
 * Every document Coordina exports, one card each; choosing one opens the export dialog with the
 * pickers it needs (a meeting for meeting documents, a body and year for the registers).
 */
import { Button, Card, Group, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { NapReportCard } from '../../components/exports/NapReportCard';
import { useExportDialog } from '../../components/exports/useExportDialog';
import { ExportDialog } from '../../components/exports/ExportDialog';
import {
  DOCUMENT_INFO,
  EXPORT_DOCUMENTS,
  type ExportDocument,
} from '../../components/exports/exportDocuments';

function DocumentCard({ document, onExport }: { document: ExportDocument; onExport: () => void }) {
  const { t } = useTranslation();
  const Icon = DOCUMENT_INFO[document].icon;
  const title = t(`exports.documents.${document}.title`);
  const headingId = `document-${document}`;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Group gap="sm" wrap="nowrap" mb="xs">
        <ThemeIcon variant="light" size="lg" radius="md">
          <Icon size={20} aria-hidden />
        </ThemeIcon>
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md" style={{ flexGrow: 1 }}>
        {t(`exports.documents.${document}.description`)}
      </Text>
      <Group justify="flex-end">
        <Button
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={onExport}
          aria-label={t('exports.page.exportNamed', { document: title })}
        >
          {t('exports.dialog.export')}
        </Button>
      </Group>
    </Card>
  );
}

export function DocumentsPage() {
  const { t } = useTranslation();
  const dialog = useExportDialog('agenda');
  return (
    <>
      <PageHeader title={t('exports.page.title')} subtitle={t('exports.page.subtitle')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {EXPORT_DOCUMENTS.map((doc) => (
          <DocumentCard key={doc} document={doc} onExport={() => dialog.open(doc)} />
        ))}
        <NapReportCard />
      </SimpleGrid>
      <ExportDialog {...dialog.dialogProps} />
    </>
  );
}
