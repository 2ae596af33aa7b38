/**
 * The client's door to the PDF engine of VS Code for the Web (pdfmake's browser build). Only
 * client/src/browser imports it: the desktop bundle keeps its own engine (dist/export.js).
 */
export { renderPdfInBrowser } from '../server/src/products/pdf/browserPdf';
export { creationDateFor } from '../server/src/products/pdf/creationDate';
