/**
 * The baseline of the export benchmarks: a docx tree of the same shape as an exported document
 * (paragraphs of text, one table), built directly with docx and packed — so the ratio is the
 * cost of reading the data and of the document kit.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** A docx tree of the same shape, built directly: the baseline. */
export function directDocument(paragraphs: number, tableRows: number): Promise<Buffer> {
  const row = (cells: string[]) =>
    new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            ...Array.from(
              { length: paragraphs },
              (_, i) =>
                new Paragraph({
                  children: [new TextRun(`Paragraph ${i} of the minutes with some text.`)],
                }),
            ),
            new Table({
              rows: Array.from({ length: tableRows }, (_, i) =>
                row([`Action ${i}`, 'Agency', '1 Dec 2026', 'Open', 'Update']),
              ),
            }),
          ],
        },
      ],
    }),
  );
}
