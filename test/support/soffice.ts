/**
 * LibreOffice headless (Debian libreoffice-calc-nogui, installed by scripts/setup.sh) as the real
 * spreadsheet application of the tests: it makes the .ods twins of the fixtures and converts what
 * we write back to CSV. A private profile per test process, so parallel runs do not share a lock.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const profile = mkdtempSync(path.join(os.tmpdir(), 'sio-soffice-'));

function soffice(args: string[], outDir: string): string {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args, '--outdir', outDir], {
    stdio: 'pipe',
    timeout: 120_000
  });
  return outDir;
}

/** `file` converted to .ods (or .xlsx) next to it; returns the new path. */
export function convert(file: string, to: 'ods' | 'xlsx'): string {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sio-conv-'));
  soffice(['--convert-to', to, file], out);
  return path.join(out, path.basename(file).replace(/\.[^.]+$/, `.${to}`));
}

/** Several files converted in one LibreOffice run (it starts once): the new paths, in order. */
export function convertAll(files: string[], to: 'ods' | 'xlsx' | 'csv'): string[] {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sio-conv-'));
  soffice(['--convert-to', to === 'csv' ? 'csv:Text - txt - csv (StarCalc):44,34,76' : to, ...files], out);
  return files.map((f) => path.join(out, path.basename(f).replace(/\.[^.]+$/, `.${to}`)));
}

/** The first sheet as LibreOffice reads it, exported to CSV in UTF-8 (filter options 44,34,76). */
export function csvOf(file: string): string {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sio-csv-'));
  soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', file], out);
  const [csv] = readdirSync(out).filter((f) => f.endsWith('.csv'));
  return readFileSync(path.join(out, csv), 'utf8');
}

/** Rows of a CSV as LibreOffice writes it (quoted cells may hold line breaks). */
export function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (q) {
      if (ch === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') q = false;
      else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}
