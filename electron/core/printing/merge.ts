import { PDFDocument } from 'pdf-lib';

/**
 * One PDF from several, pages in order, added part by part (a batch adds each packet while the
 * printer works on the next). Each part was printed on its own, so its header and footer (and its
 * "Page n of m") stay as they were: a packet keeps its own page numbers.
 */
export class PdfCombiner {
  private readonly merged = PDFDocument.create();

  async add(part: Uint8Array): Promise<void> {
    const merged = await this.merged;
    const source = await PDFDocument.load(part);
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }

  async save(): Promise<Uint8Array> {
    return (await this.merged).save();
  }
}

export async function mergePdfs(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const combiner = new PdfCombiner();
  for (const part of parts) await combiner.add(part);
  return combiner.save();
}

export async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}
