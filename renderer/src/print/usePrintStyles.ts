import { useEffect } from 'react';
import { PRINT_CSS } from './printStyles';

let sheet: CSSStyleSheet | null = null;
let users = 0;

/**
 * Applies the print stylesheet to the page while a preview is shown. Through a constructable
 * stylesheet because the app's Content-Security-Policy forbids inline <style>.
 */
export function adoptPrintStyles(): () => void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
  }
  const adopted = sheet;
  if (users++ === 0) document.adoptedStyleSheets = [...document.adoptedStyleSheets, adopted];
  return () => {
    if (--users === 0)
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== adopted);
  };
}

/** The hook form, for the preview page: `usePrintStyles()` once in the component that shows a document. */
export function usePrintStyles(): void {
  useEffect(() => adoptPrintStyles(), []);
}
