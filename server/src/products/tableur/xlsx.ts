/**
 * ExcelJS (MIT), kept for one job: drawing the official layout when there is no centre's
 * template (blank.ts). Filling, of a centre's template or of that blank, and reading are done by
 * surgery on the package's parts (xlsxBook.ts, xlsxSheet.ts), which keeps every part it does not
 * fill. Required on first use only: neither the language server nor `check` pays for it.
 */
import type ExcelJSType from 'exceljs';

export function excel(): typeof ExcelJSType {
  return require('exceljs') as typeof ExcelJSType;
}

export async function saveXlsx(workbook: ExcelJSType.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
