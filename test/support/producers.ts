/**
 * The producer corpus of the tableur tests, built once per test process into a temp folder by
 * the producers' own code, none of ours: openpyxl (test/fixtures/tableur/producers/
 * openpyxl_tableaux.py, run by Debian's /usr/bin/python3), LibreOffice headless (the openpyxl
 * files saved again as .xlsx and .ods), ExcelJS (scripts/tableur-fixtures.ts plus a centre's
 * additions through ExcelJS's API), and a package written by hand as Excel writes it
 * (test/fixtures/tableur/producers/handwritten.ts). docProps/custom.xml is added by hand to the
 * openpyxl and ExcelJS templates (Debian's openpyxl 3.0 and ExcelJS cannot write it), and a
 * form-control checkbox to every .xlsx template (formControl.ts: only Excel writes one).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { COMPETENCES, filledWorkbook, MARKED_ROWS, templateWorkbook } from '../../scripts/tableur-fixtures';
import { withFormCheckbox, withOdsFormCheckbox } from '../fixtures/tableur/producers/formControl';
import { handwrittenXlsx, type HandRow } from '../fixtures/tableur/producers/handwritten';
import { convertAll } from './soffice';
import { tmpDir } from './tableur';

export interface Expected {
  nom: string;
  prenom: string;
  option: 'SISR' | 'SLAM';
  /** intitulé → [cadre, sorted competences, période]. */
  rows: Record<string, [string, string[], string]>;
}

const FOUR: Expected['rows'] = {
  'Installation d’un serveur GLPI': ['formation', ['B1.1', 'B1.2'], 'du 16/09/24 au 27/09/24'],
  'Site vitrine du BTS': ['formation', ['B1.3', 'B1.4'], 'du 01/10/24 au 15/11/24'],
  'Sauvegardes de la mairie': ['stage-1', ['B1.1', 'B1.5'], 'du 02/06/25 au 20/06/25'],
  'VLAN de la clinique': ['stage-2', ['B1.5', 'B1.6'], 'du 05/01/26 au 23/01/26']
};

/** The ways candidates tick the option: a sign before it, or a fill on its box alone. */
export const OPTION_WAYS = ['☒', '▣', 'x', 'X', '✓', 'fond'] as const;

export interface Corpus {
  /** Filled tableaux: file → what a careful reader sees in it. */
  filled: Record<string, Expected>;
  /** producer → way of ticking the option → a filled tableau ticked that way (also in `filled`). */
  options: Record<string, Record<(typeof OPTION_WAYS)[number], string>>;
  /** Centres' enriched templates, one per producer. */
  templates: Record<string, string>;
}

const HAND_ROWS: HandRow[] = [
  [8, 'Installation d’un serveur GLPI\nProcédure d’installation', 'du 16/09/24 au 27/09/24', { C: 'fill', D: 'fill' }],
  [8, 'Site vitrine du BTS', 'du 01/10/24 au 15/11/24', { E: 'X', F: 'fill' }],
  [19, 'Sauvegardes de la mairie', 'du 02/06/25 au 20/06/25', { C: '✓', G: 'fill' }],
  [27, 'VLAN de la clinique', 'du 05/01/26 au 23/01/26', { G: 'X', H: 'x' }]
];

/** docProps/custom.xml added to a package by hand, with its relationship and content type. */
function withCustomProps(file: string): void {
  const e = unzipSync(readFileSync(file));
  const dec = (n: string) => new TextDecoder().decode(e[n]);
  e['docProps/custom.xml'] = strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Centre"><vt:lpwstr>Lycée Jean Moulin</vt:lpwstr></property></Properties>');
  e['[Content_Types].xml'] = strToU8(dec('[Content_Types].xml').replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'));
  e['_rels/.rels'] = strToU8(dec('_rels/.rels').replace('</Relationships>', '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'));
  writeFileSync(file, zipSync(e));
}

/** The ExcelJS template with what centres add, through ExcelJS's own API. */
async function exceljsTemplate(file: string): Promise<void> {
  const wb = templateWorkbook();
  const ws = wb.worksheets[0];
  const logo = wb.addImage({ buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64') as never, extension: 'png' });
  ws.addImage(logo, { tl: { col: 7, row: 35 }, ext: { width: 60, height: 30 } });
  ws.getCell('A36').note = 'Rendre ce tableau avant le 15 mars.';
  (ws as unknown as { dataValidations: { add(ref: string, v: object): void } }).dataValidations.add('C9:H34', { type: 'list', allowBlank: true, formulae: ['"X,x"'] });
  ws.addConditionalFormatting({ ref: 'C9:H34', rules: [{ type: 'cellIs', operator: 'equal', formulae: ['"X"'], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } } }] });
  ws.headerFooter.oddHeader = '&CLycée Jean Moulin — BTS SIO';
  ws.headerFooter.oddFooter = '&RPage &P / &N';
  await wb.xlsx.writeFile(file);
}

let built: Promise<Corpus> | undefined;

export function producerCorpus(): Promise<Corpus> {
  return (built ??= build());
}

async function build(): Promise<Corpus> {
  const dir = tmpDir();
  const comps = COMPETENCES.map((c) => ({ id: c.id, title: c.title, subs: c.subCompetences.map((s) => s.title) }));
  writeFileSync(path.join(dir, 'spec.json'), JSON.stringify({ competences: comps }));
  execFileSync('/usr/bin/python3', [path.resolve(__dirname, '../fixtures/tableur/producers/openpyxl_tableaux.py'), path.join(dir, 'spec.json'), dir], { stdio: 'pipe', timeout: 120_000 });
  const p = (n: string) => path.join(dir, n);
  withCustomProps(p('modele-centre.xlsx'));
  writeFileSync(p('hand-rempli.xlsx'), handwrittenXlsx(comps, { nom: 'ÉTUDIANT Gamma', option: 'SISR', rows: HAND_ROWS }));
  writeFileSync(p('hand-modele.xlsx'), handwrittenXlsx(comps, null));
  await exceljsTemplate(p('exceljs-modele.xlsx'));
  withCustomProps(p('exceljs-modele.xlsx')); // ExcelJS writes no custom properties
  const fillOnly = MARKED_ROWS.map((r) => ({ ...r, marks: Object.fromEntries(Object.keys(r.marks).map((k) => [k, 'fill'])) }));
  await filledWorkbook({ option: '▣ SISR', rows: fillOnly, name: 'ÉTUDIANT Delta' }).xlsx.writeFile(p('exceljs-rempli-fond.xlsx'));
  const options = [1, 2, 3, 4].map((n) => p(`option-${n}.xlsx`));
  const openpyxl = ['modele-centre.xlsx', 'rempli-texte.xlsx', 'rempli-fond.xlsx'].map(p);
  const [loModele, loTexte, loFond, ...loOptions] = convertAll([...openpyxl, ...options], 'xlsx');
  const [odsModele, odsTexte, odsFond, ...odsOptions] = convertAll([...openpyxl, ...options], 'ods');
  // No producer but Excel writes a form control: added by hand to each .xlsx template, after LibreOffice read the openpyxl one.
  for (const t of [p('modele-centre.xlsx'), loModele, p('exceljs-modele.xlsx')]) withFormCheckbox(t);
  withOdsFormCheckbox(odsModele);
  const glpi = { 'Installation d’un serveur GLPI': FOUR['Installation d’un serveur GLPI'] };
  const ticked = (['SISR', 'SISR', 'SLAM', 'SLAM'] as const).map((option) => ({ nom: 'ÉTUDIANT', prenom: 'Epsilon', option, rows: glpi }));
  // ExcelJS and the hand-written package: the option ticked each of the six ways, one réalisation.
  const zeta = (option: 'SISR' | 'SLAM'): Expected => ({ nom: 'ÉTUDIANT', prenom: 'Zeta', option, rows: glpi });
  const sixWays: [(typeof OPTION_WAYS)[number], 'SISR' | 'SLAM'][] = [['☒', 'SISR'], ['▣', 'SLAM'], ['x', 'SISR'], ['X', 'SLAM'], ['✓', 'SISR'], ['fond', 'SLAM']];
  const exceljsOptions: string[] = [];
  const handOptions: string[] = [];
  for (const [i, [way, option]] of sixWays.entries()) {
    const wb = filledWorkbook({ option: way === 'fond' ? option : `${way} ${option}`, name: 'ÉTUDIANT Zeta', rows: [{ group: 'formation', a: 'Installation d’un serveur GLPI', b: 'du 16/09/24 au 27/09/24', marks: { 3: 'X', 4: 'x' } }] });
    if (way === 'fond') {
      const ws = wb.worksheets[0];
      const box = ws.getCell(4, ws.columnCount - (option === 'SISR' ? 1 : 0));
      box.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
      ws.getCell(4, ws.columnCount - (option === 'SISR' ? 0 : 1)).value = option === 'SISR' ? 'SLAM' : 'SISR';
    }
    exceljsOptions.push(p(`exceljs-option-${i + 1}.xlsx`));
    await wb.xlsx.writeFile(exceljsOptions[i]);
    handOptions.push(p(`hand-option-${i + 1}.xlsx`));
    writeFileSync(handOptions[i], handwrittenXlsx(comps, { nom: 'ÉTUDIANT Zeta', option: `${way === 'fond' ? 'fill' : way} ${option}`, rows: HAND_ROWS.slice(0, 1) }));
  }
  const byWay = (files: string[]) => Object.fromEntries(sixWays.map(([way], i) => [way, files[i]])) as Record<(typeof OPTION_WAYS)[number], string>;
  // openpyxl and LibreOffice: option-1…4 are ☒ x X ✓; « ▣ SLAM » is in rempli-texte, the fill on the box in rempli-fond.
  const fromOpenpyxl = (texte: string, fond: string, opts: string[]) => ({ '☒': opts[0], x: opts[1], X: opts[2], '✓': opts[3], '▣': texte, fond }) as Record<(typeof OPTION_WAYS)[number], string>;
  const alpha: Expected = { nom: 'ÉTUDIANT', prenom: 'Alpha', option: 'SLAM', rows: FOUR };
  const beta: Expected = { nom: 'ÉTUDIANT', prenom: 'Beta', option: 'SISR', rows: FOUR };
  const delta: Expected = {
    nom: 'ÉTUDIANT',
    prenom: 'Delta',
    option: 'SISR',
    rows: {
      'Installation d’un serveur GLPI': ['formation', ['B1.1', 'B1.2'], 'du 16/09/24 au 27/09/24'],
      'Site vitrine du BTS': ['formation', ['B1.3', 'B1.4'], '09/2024 → 06/2026'],
      'Veille technologique': ['formation', ['B1.6'], '03/03/2025'],
      'Sauvegardes de la mairie': ['stage-1', ['B1.1', 'B1.5'], '02/06/2025 - 20/06/2025'],
      'VLAN de la clinique': ['stage-2', ['B1.2', 'B1.4', 'B1.5'], 'du 05/01/2026 au 23/01/2026']
    }
  };
  return {
    filled: {
      [p('rempli-texte.xlsx')]: alpha,
      [p('rempli-fond.xlsx')]: beta,
      [loTexte]: alpha,
      [loFond]: beta,
      [odsTexte]: alpha,
      [odsFond]: beta,
      [p('hand-rempli.xlsx')]: { nom: 'ÉTUDIANT', prenom: 'Gamma', option: 'SISR', rows: FOUR },
      [p('exceljs-rempli-fond.xlsx')]: delta,
      ...Object.fromEntries([...options, ...loOptions, ...odsOptions].map((f, i) => [f, ticked[i % 4]])),
      ...Object.fromEntries([...exceljsOptions, ...handOptions].map((f, i) => [f, zeta(sixWays[i % 6][1])]))
    },
    options: {
      openpyxl: fromOpenpyxl(p('rempli-texte.xlsx'), p('rempli-fond.xlsx'), options),
      'LibreOffice .xlsx': fromOpenpyxl(loTexte, loFond, loOptions),
      'LibreOffice .ods': fromOpenpyxl(odsTexte, odsFond, odsOptions),
      ExcelJS: byWay(exceljsOptions),
      'à la main (style Excel)': byWay(handOptions)
    },
    templates: {
      openpyxl: p('modele-centre.xlsx'),
      'LibreOffice .xlsx': loModele,
      'LibreOffice .ods': odsModele,
      ExcelJS: p('exceljs-modele.xlsx'),
      'à la main (style Excel)': p('hand-modele.xlsx')
    }
  };
}
