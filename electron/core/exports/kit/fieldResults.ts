/**
 * Puts the result of each field in headers and footers into a run of its own. `docx` writes a
 * page count it worked out (SECTIONPAGES, NUMPAGES) into the run that separates the field's
 * code from its result; LibreOffice, which does not compute SECTIONPAGES itself, then shows
 * that number without the run's formatting (full size, black). Word reads both forms alike.
 */
import JSZip from 'jszip';

const RESULT_IN_SEPARATOR =
  /(<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar w:fldCharType="separate"\/>)(<w:t(?: [^>]*)?>[^<]*<\/w:t>)<\/w:r>/g;

export function separateFieldResults(xml: string): string {
  return xml.replace(
    RESULT_IN_SEPARATOR,
    (_m, separator: string, rPr: string | undefined, text: string) =>
      `${separator}</w:r><w:r>${rPr ?? ''}${text}</w:r>`,
  );
}

/** The .docx with every header's and footer's field results in runs of their own. */
export async function withSeparateFieldResults(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const parts = Object.keys(zip.files).filter((f) => /^word\/(header|footer)\d*\.xml$/.test(f));
  for (const part of parts) {
    const xml = await zip.file(part)!.async('string');
    zip.file(part, separateFieldResults(xml));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
