/**
 * Bounds on what a spreadsheet may cost before it is refused with a French message, checked
 * before anything is inflated or parsed: a real tableau de synthèse is one sheet of ~40 rows,
 * a few tens of kilobytes. Everything here is far above that and far below what could hang the
 * editor or the CLI.
 */
import { text, type Text } from '../../core/l10n';

export const LIMITS = {
  /** Size of the file on disk. */
  fileBytes: 20 * 1024 * 1024,
  /** Entries of the zip (.xlsx and .ods are zips): a template has ~15. */
  zipEntries: 500,
  /** Total uncompressed size of the entries, declared and then enforced while inflating. */
  uncompressedBytes: 60 * 1024 * 1024,
  /** Rows and columns looked at; a filled row beyond them is refused, never silently cut. */
  rows: 2000,
  cols: 60,
  /** Characters of one cell read by the import (Excel's own maximum is 32,767). */
  cellChars: 32_767,
  /** Merged areas in one sheet (a tableau has about fifteen; each is checked for every cell read). */
  merges: 5000,
  /** Rows a fill may write in the tableau (réalisations), inserted rows included. */
  fillRows: 500
};

export class TableurError extends Error {
  constructor(readonly text: Text) {
    super(text.fr);
    this.name = 'TableurError';
  }
}

export function fail(fr: string, en: string): never {
  throw new TableurError(text(fr, en));
}
