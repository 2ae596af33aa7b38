/**
 * The client's door to the spreadsheet engine of VS Code for the Web (fflate, the XML DOM,
 * ExcelJS's browser build). Only client/src/browser imports it.
 */
export { tableurBytes } from '../server/src/products/tableur/tableurBytes';
export { LIMITS as TABLEUR_LIMITS, TableurError } from '../server/src/products/tableur/limits';
