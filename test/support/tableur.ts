/** Shared helpers of the tableur tests: a dossier of N réalisations, its model, temp folders. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parseDossier } from '../../server/src/core/parse';
import { buildSynthese } from '../../server/src/core/table/build';
import { NOW } from './dossier';

export function tmpDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'sio-tableur-'));
}

export interface Real {
  id: string;
  intitule: string;
  cadre: 'formation' | 'stage-1' | 'stage-2';
  periode: string;
  competences: string[];
  documents?: string[];
}

export function dossierText(reals: Real[], head: { session?: number; option?: string } = {}): string {
  const lines = [
    'referentiel: bts-sio',
    `session: ${head.session ?? 2026}`,
    'candidat:',
    '  nom: MARTIN',
    '  prenom: Léa',
    '  numero: "02345678901"',
    '  centre: Lycée Exemple, Rennes',
    `  option: ${head.option ?? 'SISR'}`,
    '  portfolio: https://lea.github.io/portfolio',
    'realisations:'
  ];
  for (const r of reals) {
    lines.push(`  - id: ${r.id}`, `    intitule: ${JSON.stringify(r.intitule)}`, `    cadre: ${r.cadre}`, `    periode: ${r.periode}`, `    competences: [${r.competences.join(', ')}]`);
    if (r.documents?.length) lines.push('    documents:', ...r.documents.map((d) => `      - ${JSON.stringify(d)}`));
  }
  return lines.join('\n') + '\n';
}

/** Fifteen réalisations in formation (more than the template's ten rows), two in each stage. */
export function manyReals(formation = 15): Real[] {
  const out: Real[] = [];
  for (let i = 0; i < formation; i++) {
    const d = String(i + 1).padStart(2, '0');
    out.push({ id: `f${i + 1}`, intitule: `Réalisation de formation ${i + 1}`, cadre: 'formation', periode: `du ${d}/10/2024 au ${d}/11/2024`, competences: [`B1.${(i % 6) + 1}`] });
  }
  out.push({ id: 's1a', intitule: 'Sauvegardes de la mairie', cadre: 'stage-1', periode: 'du 02/06/2025 au 20/06/2025', competences: ['B1.1.5', 'B1.2'], documents: ['Plan de sauvegarde', 'https://git.example/sauvegardes'] });
  out.push({ id: 's1b', intitule: '=HYPERLINK("http://evil.example","clic")', cadre: 'stage-1', periode: 'du 23/06/2025 au 27/06/2025', competences: ['B1.4'] });
  out.push({ id: 's2a', intitule: 'VLAN de la clinique', cadre: 'stage-2', periode: 'du 05/01/2026 au 23/01/2026', competences: ['B1.5', 'B1.6'] });
  out.push({ id: 's2b', intitule: 'Supervision Zabbix', cadre: 'stage-2', periode: 'du 26/01/2026 au 13/02/2026', competences: ['B1.2.1'] });
  return out;
}

export function modelOf(text: string) {
  return buildSynthese(parseDossier(text), NOW);
}

export function writeDossier(dir: string, text: string, name = 'lea.sio.yaml'): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Plain text of an ExcelJS cell (the tests' own reading, not the code under test). */
export function textOf(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = ws.getCell(row, col).value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
}

/** Row number of the first cell in column A whose text starts with `start`. */
export function rowStarting(ws: ExcelJS.Worksheet, start: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (textOf(ws, r, 1).startsWith(start)) return r;
  return -1;
}
