import type { PrintableDocument } from '../../../shared/domain/printing';

/**
 * Renders a printable document: the on-screen preview and (through the core's HTML renderer)
 * the PDF use this same view. Placeholder until the print views land.
 */
export function PrintDocumentView({ document }: { document: PrintableDocument }) {
  return <div className="print-doc">{document.header.title}</div>;
}
