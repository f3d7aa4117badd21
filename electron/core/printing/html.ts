import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PrintableDocument } from '../../../shared/domain/printing';
import { PrintDocumentView } from '../../../renderer/src/print/PrintDocumentView';
import { PRINT_CSS } from '../../../renderer/src/print/printStyles';
import { footerTemplate, headerTemplate, escapeHtml } from './templates';
import { PAGE_FORMAT, type PrintJob } from './printer';

/** The document as one self-contained HTML page: no script, no external resource. */
export function documentHtml(doc: PrintableDocument): string {
  const body = renderToStaticMarkup(createElement(PrintDocumentView, { document: doc }));
  return `<!doctype html>
<html lang="${escapeHtml(doc.header.locale)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${doc.header.title} | ${doc.header.facilityName}`)}</title>
<style>
html, body { margin: 0; padding: 0; background: #fff; }
${PRINT_CSS}
</style>
</head>
<body>${body}</body>
</html>`;
}

/** Everything a PdfPrinter needs for one document. */
export function printJob(doc: PrintableDocument): PrintJob {
  return {
    html: documentHtml(doc),
    paperSize: doc.header.paperSize,
    landscape: doc.header.landscape,
    headerTemplate: headerTemplate(doc.header),
    footerTemplate: footerTemplate(doc.header),
  };
}

export { PAGE_FORMAT };
