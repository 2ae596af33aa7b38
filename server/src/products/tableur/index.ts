/**
 * The tableur bundle (dist/tableur.js): ExcelJS (the blank layout), the XML DOM and fflate, required by the extension
 * on the first spreadsheet export or import only, like the PDF engine (dist/export.js).
 */
export { exportTableur, defaultTableurPath } from './export';
export { importTableauFile, defaultImportPath } from '../../node/tableurImport';
export { TableurError } from './limits';
// The class overview as .xlsx / .ods (sio-dossier classe, the class view's export): same engines.
export { classOds, classXlsx } from '../class/spreadsheet';
