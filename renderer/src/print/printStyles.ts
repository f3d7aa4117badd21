import { PAGE_MARGINS_MM as M, PRINT_FONTS } from './page';

/**
 * The one stylesheet of the print views, as text: inlined in the PDF's HTML by the core and
 * adopted as a constructable stylesheet by the preview (the app's CSP forbids inline styles).
 * Everything is scoped under `.print-doc` so it cannot touch the app around a preview.
 * Black on white, thin rules, no colour: it must photocopy and fax.
 */
export const PRINT_CSS = `
@page { margin: ${M.top}mm ${M.right}mm ${M.bottom}mm ${M.left}mm; }
.print-doc {
  font-family: ${PRINT_FONTS};
  font-size: 10pt;
  line-height: 1.35;
  color: #000;
  background: #fff;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
  /* Collapsed table borders stick out by half their width: keep them off the clipped edge. */
  padding: 0 1.5pt;
}
.print-doc * { box-sizing: border-box; }
.print-doc h1 { font-size: 20pt; margin: 0 0 6pt; font-weight: bold; }
.print-doc h2 {
  font-size: 13pt; margin: 16pt 0 6pt; padding-bottom: 2pt;
  border-bottom: 1.5pt solid #000; break-after: avoid; page-break-after: avoid;
}
.print-doc h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; page-break-after: avoid; }
.print-doc p { margin: 0 0 6pt; orphans: 3; widows: 3; }
.print-doc .empty { font-style: italic; }
.print-doc .explain, .print-doc .hint { font-size: 9pt; }
/* A heading keeps room for what follows it: the spacer counts when the page breaks, then the
   negative margin gives the room back, so the heading moves to the next page with its content. */
.print-doc .keep-with-next { break-inside: avoid; page-break-inside: avoid; }
.print-doc .keep-with-next::after { content: ''; display: block; height: 35mm; margin-bottom: -35mm; }
.print-doc .keep-with-next.level-3::after { height: 25mm; margin-bottom: -25mm; }
/* A sentence that introduces a table stays with it. */
.print-doc .explain, .print-doc .lead-in { break-after: avoid; page-break-after: avoid; }
.print-doc .sub { font-size: 8.5pt; }

/* Tables break between rows, never inside one; the header row repeats on every page. */
.print-doc table { width: 100%; border-collapse: collapse; margin: 0 0 8pt; }
.print-doc thead { display: table-header-group; }
.print-doc tr, .print-doc img, .print-doc svg { break-inside: avoid; page-break-inside: avoid; }
.print-doc th, .print-doc td {
  border: 0.75pt solid #000; padding: 3pt 5pt; text-align: left; vertical-align: top;
}
.print-doc thead th { border-bottom-width: 1.5pt; font-weight: bold; }
.print-doc tbody th { font-weight: bold; }
.print-doc caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 3pt; }
.print-doc .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.print-doc .wrap { overflow-wrap: anywhere; }
.print-doc .nowrap { white-space: nowrap; }
.print-doc table.goals { table-layout: fixed; font-size: 9pt; }
.print-doc col.w5 { width: 5%; }
.print-doc col.w9 { width: 9%; }
.print-doc col.w11 { width: 11%; }
.print-doc col.w37 { width: 37%; }
.print-doc table.facts { width: auto; min-width: 60%; }
.print-doc table.facts th { width: 12em; }
.print-doc table.counts { width: auto; }
.print-doc table.counts th, .print-doc table.counts td { min-width: 6em; }
.print-doc table.questions { font-size: 9pt; }

/* Covers stand alone on their page. */
.print-doc .cover { break-after: page; page-break-after: always; padding-top: 20mm; }
.print-doc .cover-facility { font-size: 13pt; font-weight: bold; letter-spacing: 0.02em; margin-bottom: 14pt; }
.print-doc .cover h1 { font-size: 26pt; }
.print-doc .cover-period { font-size: 15pt; margin-bottom: 6pt; }
.print-doc .cover-people { font-size: 13pt; margin-bottom: 18pt; }
.print-doc .cover table { margin-bottom: 14pt; }
.print-doc .cover-note { margin-top: 18pt; font-size: 9pt; }
.print-doc .audit-head code { word-break: break-all; }
.print-doc .packet + .packet { break-before: page; page-break-before: always; }

/* Goal chart: a fixed-size picture that never splits. */
.print-doc .goal-chart { margin: 4pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
.print-doc .goal-chart svg { display: block; max-width: 178mm; height: auto; font-family: ${PRINT_FONTS}; }
.print-doc .goal-chart figcaption { font-size: 9pt; font-style: italic; margin-top: 2pt; }

/* Comments wrap whatever their length and may continue on the next page. */
.print-doc .comment { margin: 0 0 8pt; padding: 0 0 6pt; border-bottom: 0.5pt solid #000; }
.print-doc .comment-head { break-inside: avoid; page-break-inside: avoid; }
.print-doc .comment-head::after { content: ''; display: block; height: 12mm; margin-bottom: -12mm; }
.print-doc .comment-source { font-weight: bold; margin-bottom: 2pt; break-after: avoid; }
.print-doc .comment-question { font-style: italic; margin-bottom: 2pt; break-after: avoid; }
.print-doc .comment-text { white-space: pre-wrap; overflow-wrap: anywhere; }

/* Signature lines with the printed name and role under each. */
.print-doc .sign-block { break-inside: avoid; page-break-inside: avoid; }
.print-doc .signatures { margin-top: 8pt; }
.print-doc .signature { break-inside: avoid; page-break-inside: avoid; margin-bottom: 10pt; }
.print-doc .signature-row { display: flex; gap: 12mm; align-items: flex-start; }
.print-doc .signature-field { flex: 3; }
.print-doc .signature-date { flex: 1; }
.print-doc .rule { border-bottom: 1pt solid #000; height: 24pt; }
.print-doc .under { display: flex; flex-direction: column; font-size: 9pt; padding-top: 2pt; }

/* Blank forms: marks to fill in by hand. */
.print-doc .form-meta { font-size: 10pt; }
.print-doc .anonymity { border: 1pt solid #000; padding: 5pt 7pt; font-weight: bold; }
.print-doc .reference { width: 100%; margin: 8pt 0 10pt; }
.print-doc .reference th { width: auto; white-space: nowrap; }
.print-doc .introduction { white-space: pre-wrap; }
.print-doc .question { break-inside: avoid; page-break-inside: avoid; margin: 0 0 10pt; }
.print-doc .question-text { font-weight: bold; margin-bottom: 4pt; padding-left: 1.6em; text-indent: -1.6em; }
.print-doc .question .hint { margin: 0 0 3pt 1.6em; }
.print-doc .question-number { display: inline-block; min-width: 1.6em; text-indent: 0; }
.print-doc .required { font-weight: bold; }
.print-doc .mark { display: inline-block; width: 11pt; height: 11pt; border: 1pt solid #000; flex: none; }
.print-doc .mark.circle, .print-doc .choices.circle .mark { border-radius: 50%; }
.print-doc .scale { display: flex; list-style: none; margin: 0 0 0 1.6em; padding: 0; gap: 2mm; }
.print-doc .scale li { flex: 1; display: flex; flex-direction: column; align-items: center; text-align: center; gap: 1pt; }
.print-doc .scale.ten li { flex: 0 0 auto; width: 12mm; }
.print-doc .scale-number { font-size: 9pt; font-weight: bold; }
.print-doc .scale-label { font-size: 8pt; line-height: 1.2; }
.print-doc .choices { list-style: none; margin: 0 0 0 1.6em; padding: 0; display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 4pt 8mm; }
.print-doc .choices.yes-no { display: flex; gap: 10mm; }
.print-doc .choices li { display: flex; align-items: center; gap: 4pt; }
.print-doc .lines { margin-left: 1.6em; }
.print-doc .line { border-bottom: 0.75pt solid #000; height: 22pt; }
.print-doc .date-written { display: flex; gap: 4pt; align-items: flex-end; margin-top: 18pt; width: 90mm; break-inside: avoid; }
.print-doc .date-written .fill { flex: 1; border-bottom: 1pt solid #000; height: 16pt; }

/* Certificates: one landscape page, framed. */
.print-doc .certificate { break-after: page; page-break-after: always; }
.print-doc .certificate-frame {
  border: 3pt double #000; padding: 12mm 18mm; height: 160mm;
  display: flex; flex-direction: column; align-items: center; justify-content: space-between; text-align: center;
}
.print-doc .certificate h1 { font-size: 30pt; font-family: "Liberation Serif", "Times New Roman", serif; margin: 0; }
.print-doc .certifies { font-size: 12pt; margin: 0; }
.print-doc .recipient { font-size: 26pt; font-weight: bold; margin: 0; font-family: "Liberation Serif", "Times New Roman", serif; }
.print-doc .statement { font-size: 13pt; max-width: 200mm; margin: 0; }
.print-doc .program, .print-doc .dates { font-size: 11pt; margin: 0; }
.print-doc .certificate .signatures { display: flex; gap: 16mm; width: 100%; margin-top: 0; text-align: left; }
.print-doc .certificate .signature { flex: 1; margin: 0; }

@media screen {
  .print-doc { padding: 16mm; max-width: 210mm; margin: 0 auto; box-shadow: 0 0 0 1px #ccc; }
  .print-doc.landscape { max-width: 297mm; }
  .print-doc .cover, .print-doc .certificate { border-bottom: 1px dashed #888; padding-bottom: 16mm; margin-bottom: 16mm; }
}
`;
