import type { DocumentHeader } from '../../../shared/domain/printing';
import { formatDay } from '../../../renderer/src/print/format';
import { PAGE_MARGINS_MM, PRINT_FONTS } from '../../../renderer/src/print/page';

/** Text for an HTML template: the header and footer are not rendered by React. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Chromium draws these in the page margins at a zoom of its own: every size is given here,
// since the document's stylesheet does not reach them.
const BAND = `font-family: ${PRINT_FONTS.replace(/"/g, "'")}; font-size: 8pt; color: #000; width: 100%;
  margin: 0 ${PAGE_MARGINS_MM.right}mm 0 ${PAGE_MARGINS_MM.left}mm; display: flex;
  justify-content: space-between; gap: 8mm; -webkit-print-color-adjust: exact;`;

/** Facility name and document title at the top of every page. */
export function headerTemplate(header: DocumentHeader): string {
  return `<div style="${BAND} padding-bottom: 2pt; border-bottom: 0.5pt solid #000;">
  <span style="font-weight: bold;">${escapeHtml(header.facilityName)}</span>
  <span style="text-align: right;">${escapeHtml(header.title)}</span>
</div>`;
}

/** "Printed on <day>" and "Page n of m" at the foot of every page. */
export function footerTemplate(header: DocumentHeader): string {
  return `<div style="${BAND} padding-top: 2pt; border-top: 0.5pt solid #000;">
  <span>Printed on ${escapeHtml(formatDay(header.printedOn, header.locale))}</span>
  <span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>
</div>`;
}
