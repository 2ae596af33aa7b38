/**
 * The client's door to the class view's products (server/src/products/class/, depot/labels.ts):
 * the page's HTML and its messages, the CSV and the spreadsheet table of what the view shows,
 * the files relative to the class folder, the deposit items in French words.
 */
export { toCsv } from '../server/src/products/class/csv';
export { classTable } from '../server/src/products/class/table';
export { depotItemLabel } from '../server/src/products/depot/labels';
export { relativeFile } from '../server/src/products/class/relative';
export { isClassPageMessage, renderClassPage, type ClassPageLabels } from '../server/src/products/class/html';
