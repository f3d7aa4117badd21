/**
 * The page geometry every printed document shares: the core's printers pass these margins to
 * Chromium (the header and footer are drawn inside them) and the stylesheet's @page rule repeats
 * them, so the PDF and a browser's own print agree. Chosen to fit both A4 and US Letter: the
 * text block is at most 178 mm wide (A4 minus margins), 247 mm tall (Letter minus margins).
 */
export const PAGE_MARGINS_MM = { top: 18, bottom: 16, left: 16, right: 16 } as const;

/** The fonts of the printed pages: Liberation Sans is metric-compatible with Arial. */
export const PRINT_FONTS = '"Liberation Sans", Arial, Helvetica, sans-serif';
