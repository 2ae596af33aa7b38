/**
 * The spreadsheet written without the centre's template prints right in LibreOffice (issue 25):
 * LibreOffice headless converts it to PDF, `pdftotext -bbox` gives every word's box, and no two
 * words of different lines overlap — an intitulé, its documents or a sub-competence header that
 * ran into the next row would. Every word of the headers is printed (none cut). The same check
 * on the same workbook without its row heights finds overlaps: the check can fail.
 * Also the message: « sans modèle » or « modèle du centre : … ».
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { findReferentiel } from '../../../server/src/core/referentiel';
import { templateWorkbook } from '../../../scripts/tableur-fixtures';
import { convert } from '../../support/soffice';
import { tmpDir } from '../../support/tableur';

const ROOT = path.resolve(__dirname, '../../..');
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
const profile = mkdtempSync(path.join(os.tmpdir(), 'sio-soffice-pdf-'));

interface Word { page: number; x0: number; y0: number; x1: number; y1: number; text: string }

/** `file` printed to PDF by LibreOffice, then every word with its box (pdftotext -bbox). */
function printedWords(file: string): Word[] {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sio-print-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', file, '--outdir', out], { stdio: 'pipe', timeout: 120_000 });
  const pdf = path.join(out, readdirSync(out).find((f) => f.endsWith('.pdf'))!);
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  html.split('<page ').slice(1).forEach((page, n) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: n, x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: m[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'") });
    }
  });
  return words;
}

/** Pairs of words whose boxes cross: more than a point across, and a third of a line's height down. */
function overlaps(words: Word[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i];
      const b = words[j];
      if (a.page !== b.page) continue;
      const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (ox > 1 && oy > 0.3 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) out.push(`« ${a.text} » × « ${b.text} » (page ${a.page + 1})`);
    }
  }
  return out;
}

/** A dossier as students write them: long intitulés, several documents, a long URL. */
const LONG = `referentiel: bts-sio
session: 2026
candidat:
  nom: DURAND
  prenom: Hugo
  numero: "02345678901"
  centre: Lycée Jean Moulin, Rennes
  option: SLAM
  portfolio: https://hugo-durand.github.io/portfolio
realisations:
  - id: glpi
    intitule: Déploiement de GLPI et de l'agent d'inventaire FusionInventory sur l'ensemble des postes de la salle B12 avec rédaction de la procédure
    cadre: formation
    periode: du 09/12/2024 au 20/12/2024
    competences: [B1.1, B1.2, B1.4, B1.6]
    documents:
      - Procédure d'installation de GLPI et de l'agent (PDF, 12 pages)
      - Compte rendu de réunion avec l'enseignant responsable du parc
      - https://gitlab.com/hugo-durand/bts-sio/deploiement-glpi-salle-b12/-/tree/main/documentation
  - id: site
    intitule: Mise en ligne du site de la médiathèque
    cadre: stage-1
    periode: du 02/06/2025 au 20/06/2025
    competences: [B1.3, B1.5]
    documents: [Cahier des charges, Maquettes, Plan de tests, Procédure de sauvegarde, Manuel utilisateur]
  - id: appli
    intitule: Application de réservation
    cadre: stage-2
    periode: du 05/01/2026 au 13/02/2026
    competences: [B1.4]
`;

describe('tableur without a template: printed by LibreOffice', function () {
  this.timeout(240_000);
  const sub = findReferentiel('bts-sio')!.blocs.find((b) => b.id === 'B1')!.competences.flatMap((c) => [c.title, ...c.subCompetences.map((s) => s.title)]);

  const cases = [['the example dossier', 'examples/lea-martin-sisr.sio.yaml', 'xlsx'], ['long intitulés and many documents', null, 'xlsx'], ['the example dossier', 'examples/lea-martin-sisr.sio.yaml', 'ods'], ['long intitulés and many documents', null, 'ods']] as const;
  for (const [name, source, format] of cases) {
    it(`no two lines overlap and no header is cut (${name}, .${format})`, () => {
      const dir = tmpDir();
      const file = path.join(dir, 'eleve.sio.yaml');
      if (source) copyFileSync(path.join(ROOT, source), file);
      else writeFileSync(file, LONG);
      const out = path.join(dir, `eleve.tableau.${format}`);
      const r = cli('tableur', file, '-o', out);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /\(sans modèle, /);
      const words = printedWords(out);
      assert.deepEqual(overlaps(words), []);
      // Every word of every competence and sub-competence header is on the page, as many times
      // as the headers hold it (a cut list loses its last words).
      const printed = new Map<string, number>();
      for (const w of words) printed.set(w.text.replace(/^▸/, ''), (printed.get(w.text.replace(/^▸/, '')) ?? 0) + 1);
      const wanted = new Map<string, number>();
      for (const w of sub.flatMap((t) => t.split(/\s+/))) wanted.set(w, (wanted.get(w) ?? 0) + 1);
      const missing = [...wanted].filter(([w, n]) => (printed.get(w) ?? 0) < n).map(([w, n]) => `${w} ×${n} (${printed.get(w) ?? 0})`);
      assert.deepEqual(missing, []);
      if (!source) for (const w of ['FusionInventory', 'rédaction', 'Manuel', 'utilisateur']) assert.ok(printed.has(w), w);
    });
  }

  it('the same workbook without its row heights overlaps: the check above can fail', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'eleve.sio.yaml');
    writeFileSync(file, LONG);
    assert.equal(cli('tableur', file).status, 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'eleve.tableau.xlsx'));
    wb.worksheets[0].eachRow((row) => (row.height = undefined as unknown as number));
    const bare = path.join(dir, 'sans-hauteurs.xlsx');
    await wb.xlsx.writeFile(bare);
    assert.ok(overlaps(printedWords(bare)).length > 0);
  });

  it('says « modèle du centre : … » when the centre’s template is used', async () => {
    const dir = tmpDir();
    const xlsx = path.join(dir, 'modele-source.xlsx');
    await templateWorkbook().xlsx.writeFile(xlsx);
    // The centre's template as LibreOffice saves it.
    const ods = convert(xlsx, 'ods');
    const tpl = path.join(dir, 'modele-centre.ods');
    copyFileSync(ods, tpl);
    const file = path.join(dir, 'eleve.sio.yaml');
    copyFileSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), file);
    const r = cli('tableur', file, '--modele', tpl);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Tableur écrit : .*eleve\.tableau\.ods \(modèle du centre : modele-centre\.ods, \d+ ko/m);
  });
});
