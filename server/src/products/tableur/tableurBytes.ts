/**
 * The official spreadsheet's bytes for a SyntheseModel: the centre's template filled by surgery
 * when one is given, else the official layout drawn by ExcelJS and filled by the same surgery.
 * Browser-safe (fflate, the XML DOM, ExcelJS's browser build): the desktop (export.ts, template
 * and output on disk) and VS Code for the Web (files through workspace.fs) make the same file.
 */
import type { Text } from '../../core/l10n';
import type { SyntheseModel } from '../../protocol/synthese';
import { blankWorkbook } from './blank';
import { fillEntries, fillTemplate } from './fillTemplate';
import { blankOds } from './odsBlank';
import { tableauBloc } from './referentiel';
import { fitRowHeights } from './rowHeights';
import { excel, saveXlsx } from './xlsx';
import { unzipBounded } from './zip';

export interface TableurBytes {
  bytes: Uint8Array;
  warnings: Text[];
  inserted: number;
}

export async function tableurBytes(
  model: SyntheseModel,
  outFormat: 'xlsx' | 'ods',
  template?: { bytes: Uint8Array; name: string }
): Promise<TableurBytes> {
  if (template) {
    // Surgery: only the filled sheet's cells (and rows inserted in a group) change.
    return fillTemplate(template.bytes, template.name, model, outFormat);
  }
  if (outFormat === 'xlsx') {
    // The official layout drawn by ExcelJS, then filled by the same surgery as a centre's template.
    const filled = fillEntries('xlsx', unzipBounded(await saveXlsx(blankWorkbook(model, tableauBloc())), 'tableau'), model, 'tableau');
    // Heights from the filled text: LibreOffice draws an .xlsx row without one at 15 pt (issue 25).
    // Our own blank layout, so reading it back into ExcelJS loses nothing of a centre's.
    const workbook = new (excel().Workbook)();
    await workbook.xlsx.load(filled.bytes as unknown as ArrayBuffer);
    fitRowHeights(workbook.worksheets[0]);
    return { ...filled, bytes: await saveXlsx(workbook) };
  }
  return fillEntries('ods', await blankOds(model, tableauBloc()), model, 'tableau');
}
