// What the app's pages use from the print views: the view itself and its stylesheet.
export { PrintDocumentView } from './PrintDocumentView';
export { adoptPrintStyles, usePrintStyles } from './usePrintStyles';
