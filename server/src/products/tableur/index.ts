/**
 * The tableur bundle (dist/tableur.js): ExcelJS (the blank layout), the XML DOM and fflate, required by the extension
 * on the first spreadsheet export or import only, like the PDF engine (dist/export.js).
 */
export { exportTableur, defaultTableurPath } from './export';
export { importTableauFile, defaultImportPath } from '../../node/tableurImport';
export { TableurError } from './limits';
