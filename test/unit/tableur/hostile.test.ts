/**
 * Hostile spreadsheets, tried as the issue tried them, through the built CLI as a student or a
 * teacher's script runs it: each is refused with a French message, exit 1, nothing written,
 * within 2 s and 300 MB (measured by /usr/bin/time on the whole CLI process, Node's start
 * included: the processor time it used, user + system, which a machine shared by other jobs does
 * not inflate as it does the wall clock, and its peak resident memory). Templates that carry macros or entries with
 * dangerous names are refused before anything is filled, saying how to save them without.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { producerCorpus } from '../../support/producers';
import { dossierText, manyReals, tmpDir, writeDossier } from '../../support/tableur';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SECONDS = 2;
const MEGABYTES = 300;

/** Runs the CLI under /usr/bin/time: exit 1, the message, within the bounds. */
function refused(args: string[], message: RegExp): void {
  assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build »');
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S %M', process.execPath, CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const m = /TIME ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  assert.ok(m, r.stderr);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, message);
  assert.doesNotMatch(r.stderr, /    at |FATAL|heap/, r.stderr.slice(0, 400));
  const cpu = Number(m[1]) + Number(m[2]);
  assert.ok(cpu < SECONDS, `${cpu.toFixed(2)} s (au plus ${SECONDS} s) : ${args.join(' ')}`);
  assert.ok(Number(m[3]) / 1024 < MEGABYTES, `${Math.round(Number(m[3]) / 1024)} Mo (au plus ${MEGABYTES} Mo)`);
  if (process.env.SIO_TABLEUR_FIGURES) console.log(`      ${path.basename(args.includes('--modele') ? args[args.indexOf('--modele') + 1] : args[args.length - 1])}: ${cpu.toFixed(2)} s CPU, ${Math.round(Number(m[3]) / 1024)} Mo`);
}

function importRefused(name: string, bytes: Uint8Array, message: RegExp): void {
  const dir = tmpDir();
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  refused(['importer', file], message);
  assert.deepEqual(readdirSync(dir), [name], 'something was written');
}

function templateRefused(name: string, bytes: Uint8Array, message: RegExp): void {
  const dir = tmpDir();
  const source = writeDossier(dir, dossierText(manyReals(2)));
  const tpl = path.join(dir, name);
  writeFileSync(tpl, bytes);
  refused(['tableur', source, '--modele', tpl, '-o', path.join(dir, `rempli${path.extname(name)}`)], message);
  assert.deepEqual(readdirSync(dir).sort(), ['lea.sio.yaml', name].sort(), 'something was written');
}

const zip = (files: Record<string, string | Uint8Array>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])) as Zippable);
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
const WB = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="F" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WB_RELS = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

describe('tableur: hostile files come back within 2 s and 300 MB with a French message', function () {
  this.timeout(300_000);

  it('a million <c\\tr=…> cells (a tab instead of a space) are counted as the parser sees them', () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row\tr="1">${'<c\tr="A1"/>'.repeat(1_000_000)}</row></sheetData></worksheet>`;
    const bytes = zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': WB, 'xl/_rels/workbook.xml.rels': WB_RELS, 'xl/worksheets/sheet1.xml': sheet });
    importRefused('tabulations.xlsx', bytes, /a plus de 200\s000 cellules dans une feuille/);
    templateRefused('tabulations.xlsx', bytes, /a plus de 200\s000 cellules dans une feuille/);
  });

  it('a sheet of 100 000 merged areas, each over the whole form (every cell read would test them all)', () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/><mergeCells>${'<mergeCell ref="A1:H2000"/>'.repeat(100_000)}</mergeCells></worksheet>`;
    const bytes = zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': WB, 'xl/_rels/workbook.xml.rels': WB_RELS, 'xl/worksheets/sheet1.xml': sheet });
    importRefused('fusions.xlsx', bytes, /a plus de 5\s000 fusions de cellules dans une feuille/);
  });

  it('an .ods of a few kilobytes with a prefixed table namespace and 1.9 million <t:table-cell/>', () => {
    const content = `<o:document-content xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><o:body><o:spreadsheet><t:table t:name="T"><t:table-row>${'<t:table-cell/>'.repeat(1_900_000)}</t:table-row></t:table></o:spreadsheet></o:body></o:document-content>`;
    const bytes = zip({ mimetype: ODS_MIME, 'content.xml': content });
    assert.ok(bytes.length < 200 * 1024, `${bytes.length} octets`);
    importRefused('prefixe.ods', bytes, /a plus de 200\s000 cellules dans une feuille/);
  });

  it('a 50 MB name cell in a small .ods, a 10 MB intitulé in a CSV: refused, naming the cell, no dossier too large to open', () => {
    const content = `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="T"><table:table-row><table:table-cell office:value-type="string"><text:p>NOM et prénom : ${'A'.repeat(50 * 1024 * 1024)}</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
    importRefused('nom-geant.ods', zip({ mimetype: ODS_MIME, 'content.xml': content }), /une cellule contient plus de 32\s767 caractères : ce n’est pas un tableau de synthèse/);
    const csv = `Réalisation en cours de formation;;\n${'i'.repeat(10 * 1024 * 1024)};du 01/10/24 au 02/10/24;X\n`;
    importRefused('intitule-geant.csv', strToU8(csv), /La cellule A2 de « intitule-geant\.csv » contient/);
  });

  it('a dossier of 501 réalisations is not written into a template (the fill has a row bound)', async () => {
    const corpus = await producerCorpus();
    const dir = tmpDir();
    const source = writeDossier(dir, dossierText(manyReals(497)));
    const tpl = path.join(dir, 'modele.xlsx');
    writeFileSync(tpl, readFileSync(corpus.templates.openpyxl));
    refused(['tableur', source, '--modele', tpl, '-o', path.join(dir, 'rempli.xlsx')], /Le dossier a 501 réalisations : le tableau de synthèse en reçoit au plus 500\. Rien n’a été écrit\./);
    assert.deepEqual(readdirSync(dir).sort(), ['lea.sio.yaml', 'modele.xlsx']);
  });

  it('many intitulés each under the cell bound, together larger than a dossier may be: refused, never written', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `${String(i).repeat(30_000)};du 01/10/24 au 02/10/24;X`).join('\n');
    const csv = `NOM et prénom : MARTIN Léa;;\nCompétences mises en œuvre;Période;Gérer le patrimoine informatique\nRéalisation en cours de formation;;\n${rows}\n`;
    importRefused('trop-long.csv', strToU8(csv), /dépasserait 250 ko, la taille qu’un dossier peut avoir : import refusé/);
  });
});

describe('tableur: templates carrying macros or dangerous entries are refused, saying how to save them', function () {
  this.timeout(300_000);
  let xlsx: Uint8Array;
  let ods: Uint8Array;
  before(async () => {
    const corpus = await producerCorpus();
    xlsx = readFileSync(corpus.templates.openpyxl);
    ods = readFileSync(corpus.templates['LibreOffice .ods']);
  });

  const add = (bytes: Uint8Array, extra: Record<string, string | Uint8Array>, edit?: (name: string, text: string) => string) => {
    const e = unzipSync(bytes);
    for (const [k, v] of Object.entries(e)) if (edit && /\.xml$/.test(k)) e[k] = strToU8(edit(k, new TextDecoder().decode(v)));
    for (const [k, v] of Object.entries(extra)) e[k] = typeof v === 'string' ? strToU8(v) : new Uint8Array(v);
    return zipSync(e);
  };

  it('an .xlsm renamed .xlsx (a VBA project)', () => {
    const xlsm = add(xlsx, { 'xl/vbaProject.bin': new Uint8Array(512).fill(1) }, (n, t) => (n === '[Content_Types].xml' ? t.replace('sheet.main+xml', 'sheet.macroEnabled.main+xml') : t));
    templateRefused('macro.xlsx', xlsm, /contient des macros : elles ne sont jamais reprises[^]*enregistrez-le en « Classeur Excel \(\.xlsx\) » \(sans macros\)/);
    importRefused('macro.xlsx', xlsm, /contient des macros/);
  });

  it('an .ods with a Basic module, an .ods whose events run a macro on load', () => {
    const basic = add(ods, { 'Basic/Standard/Module1.xml': '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1">Sub Main\nShell("calc")\nEnd Sub</script:module>' });
    templateRefused('basic.ods', basic, /contient des macros[^]*supprimez les macros \(Outils › Macros › Gérer les macros\)/);
    const events = add(ods, {}, (n, t) => (n === 'content.xml' ? t.replace(/<office:body>/, '<office:scripts><office:event-listeners><script:event-listener xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" script:language="ooo:script" script:event-name="office:load" xlink:href="vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=document"/></office:event-listeners></office:scripts><office:body>') : t));
    templateRefused('evenements.ods', events, /contient des macros/);
  });

  it('a workbook saved as Strict Open XML is named as such, with how to save it', () => {
    const strict = zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': WB.replace('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'), 'xl/_rels/workbook.xml.rels': WB_RELS, 'xl/worksheets/sheet1.xml': '<worksheet/>' });
    templateRefused('strict.xlsx', strict, /au format « Strict Open XML »[^]*enregistrez-le en « Classeur Excel \(\.xlsx\) »/);
  });

  it('entries with an absolute or a « .. » name', () => {
    templateRefused('chemin.xlsx', add(xlsx, { '../../evil.sh': 'rm -rf ~' }), /contient un élément au nom dangereux \(« \.\.\/\.\.\/evil\.sh »\)/);
    templateRefused('absolu.ods', add(ods, { '/etc/cron.d/x': '* * * * * root true' }), /contient un élément au nom dangereux/);
  });
});
