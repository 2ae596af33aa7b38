/**
 * « Prêt pour le dépôt »: each checklist item passes on a complete dossier and fails, with its
 * reason and where to fix it, when its piece is missing. Dossiers in memory, files as a map.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDossier } from '../../../server/src/core/parse';
import { parseReview } from '../../../server/src/core/review';
import { validateDossier } from '../../../server/src/core/validate';
import { depotChecklist, type DepotItemId, type FileStat } from '../../../server/src/products/depot/checklist';
import { portfolioProblem } from '../../../server/src/products/depot/portfolio';

const complete = readFileSync(join(__dirname, '../../../examples/lea-martin-sisr.sio.yaml'), 'utf8');
const DOSSIER = '/classe/lea.sio.yaml';
const NOW = new Date('2026-03-01T12:00:00Z');

function files(extra: Record<string, number | null> = {}): (f: string) => FileStat | null {
  const m: Record<string, number | null> = {
    [DOSSIER]: 1000,
    '/classe/lea.pdf': 2000,
    '/classe/attestations/lea-martin-stage-1.pdf': 500,
    '/classe/attestations/lea-martin-stage-2.pdf': 500,
    ...extra
  };
  return (f) => (m[f] == null ? null : { mtimeMs: m[f]!, size: 10 });
}

function check(source = complete, opts: { stat?: (f: string) => FileStat | null; review?: string; expectSpreadsheet?: boolean } = {}) {
  const parsed = parseDossier(source);
  const report = depotChecklist({
    dossierPath: DOSSIER,
    parsed,
    findings: validateDossier(parsed, { now: NOW }),
    review: opts.review ? parseReview(opts.review) : null,
    stat: opts.stat ?? files(),
    expectSpreadsheet: opts.expectSpreadsheet
  });
  const item = (id: DepotItemId) => report.items.find((i) => i.id === id)!;
  return { report, item };
}

describe('depot checklist', () => {
  it('a complete dossier with its PDF and attestations is ready, every item ticked', () => {
    const { report } = check();
    assert.equal(report.ready, true, JSON.stringify(report.items.filter((i) => !i.ok)));
    assert.deepEqual(report.items.map((i) => i.id), ['erreurs', 'cadres', 'couverture', 'fiches', 'numero', 'portfolio', 'attestations', 'remarques', 'pdf']);
  });

  it('an error in the dossier fails the first item, with its message and line', () => {
    const broken = complete.replace('competences: [B1.6]', 'competences: [B1.6, B1.9]');
    const { report, item } = check(broken);
    assert.equal(report.ready, false);
    assert.equal(item('erreurs').ok, false);
    assert.match(item('erreurs').detail.fr, /^1 erreur\(s\), dont : .*B1\.9/);
    assert.equal(item('erreurs').where?.line, broken.slice(0, broken.indexOf('B1.9')).split('\n').length);
  });

  it('an empty candidate number fails « numéro » and points at it', () => {
    const { item } = check(complete.replace('numero: "02345678901"', 'numero: ""'));
    assert.equal(item('numero').ok, false);
    assert.match(item('numero').detail.fr, /candidat\.numero est vide/);
    assert.equal(item('numero').where?.line, 8);
  });

  it('the portfolio must be https and public', () => {
    assert.equal(check(complete.replace('https://lea-martin.github.io/portfolio', 'http://lea-martin.example')).item('portfolio').ok, false);
    assert.match(portfolioProblem('http://lea.example')!.fr, /https/);
    assert.match(portfolioProblem('https://localhost:8080/')!.fr, /joignable que depuis votre machine/);
    assert.match(portfolioProblem('https://192.168.1.20/portfolio')!.fr, /jury ne pourra pas/);
    assert.match(portfolioProblem('https://portfolio.lan')!.fr, /jury/);
    assert.match(portfolioProblem('')!.fr, /absente/);
    assert.match(portfolioProblem('lea.example')!.fr, /adresse web complète/);
    assert.equal(portfolioProblem('https://lea-martin.github.io/portfolio'), null);
  });

  it('a portfolio on a domain reserved for examples fails, offline, as the Problems view says', () => {
    for (const url of ['https://lea.example/portfolio', 'https://lea.test', 'https://portfolio.invalid/', 'https://www.example.com/lea', 'https://example.org']) {
      assert.match(portfolioProblem(url)!.fr, /domaine réservé aux exemples/, url);
      const { item, report } = check(complete.replace('https://lea-martin.github.io/portfolio', url));
      assert.equal(item('portfolio').ok, false, url);
      assert.equal(report.ready, false);
      const parsed = parseDossier(complete.replace('https://lea-martin.github.io/portfolio', url));
      assert.ok(validateDossier(parsed, { now: NOW }).some((f) => f.code === 'portfolio-reserved' && f.severity === 'warning'), url);
    }
    assert.match(portfolioProblem('https://10.0.0.5/')!.fr, /jury ne pourra pas/);
    assert.equal(portfolioProblem('https://example.fr/lea'), null, 'a real .fr domain is not reserved');
  });

  it('a réalisation without cadre fails « cadres » (the form has no row for it), and the errors item too', () => {
    const { item, report } = check(complete.replace(/\n    cadre: formation/, ''));
    assert.equal(item('cadres').ok, false);
    assert.match(item('cadres').detail.fr, /1 réalisation\(s\) sans cadre/);
    assert.equal(item('erreurs').ok, false);
    assert.equal(report.ready, false);
    assert.ok(item('cadres').where?.line);
  });

  it('a fiche without description fails « fiches »: its verso would print empty', () => {
    const noDesc = removeFirstFicheDescription(complete);
    const { item } = check(noDesc);
    assert.equal(item('fiches').ok, false);
    assert.match(item('fiches').detail.fr, /n’a pas de description : son verso serait vide/);
  });

  it('the fiches item stays, failing, when the option is missing (never a silently hidden item)', () => {
    const { item } = check(complete.replace(/\n  option: SISR/, ''));
    assert.ok(item('fiches'));
    assert.equal(item('fiches').ok, false);
    assert.match(item('fiches').detail.fr, /Option absente/);
  });

  it('in the editor an export item names the editor command and carries it; the CLI names its own', () => {
    const parsed = parseDossier(complete);
    const base = { dossierPath: DOSSIER, parsed, findings: validateDossier(parsed, { now: NOW }), review: null, stat: files({ '/classe/lea.pdf': null }) };
    const editor = depotChecklist({ ...base, editor: true }).items.find((i) => i.id === 'pdf')!;
    assert.match(editor.detail.fr, /lancez la commande « Dossier SIO : Exporter en PDF »/);
    assert.equal(editor.command, 'sio.exportPdf');
    const cli = depotChecklist(base).items.find((i) => i.id === 'pdf')!;
    assert.match(cli.detail.fr, /lancez « sio-dossier pdf »/);
  });

  it('a stage without attestation field, or whose file is missing, fails « attestations »', () => {
    const noField = check(complete.replace('    attestation: attestations/lea-martin-stage-1.pdf\n', ''));
    assert.equal(noField.item('attestations').ok, false);
    assert.match(noField.item('attestations').detail.fr, /Mairie de Rennes : champ « attestation » absent/);
    const noFile = check(complete, { stat: files({ '/classe/attestations/lea-martin-stage-2.pdf': null }) });
    assert.equal(noFile.item('attestations').ok, false);
    assert.match(noFile.item('attestations').detail.fr, /Clinique Saint-Yves : fichier « attestations\/lea-martin-stage-2\.pdf » introuvable/);
  });

  it('the PDF must exist and be newer than the dossier', () => {
    const missing = check(complete, { stat: files({ '/classe/lea.pdf': null }) });
    assert.equal(missing.item('pdf').ok, false);
    assert.match(missing.item('pdf').detail.fr, /lea\.pdf absent : lancez « sio-dossier pdf »/);
    const old = check(complete, { stat: files({ '/classe/lea.pdf': 999 }) });
    assert.equal(old.item('pdf').ok, false);
    assert.match(old.item('pdf').detail.fr, /plus ancien que le dossier/);
  });

  it('the spreadsheet is checked when present or expected', () => {
    assert.equal(check().report.items.some((i) => i.id === 'tableur'), false);
    assert.equal(check(complete, { expectSpreadsheet: true }).item('tableur').ok, false);
    assert.equal(check(complete, { stat: files({ '/classe/lea.tableau.xlsx': 500 }) }).item('tableur').ok, false, 'older than the dossier');
    assert.equal(check(complete, { stat: files({ '/classe/lea.tableau.xlsx': 3000 }) }).item('tableur').ok, true);
  });

  it('a missing bloc-1 competence fails coverage and names it', () => {
    const { item } = check(complete.replace('competences: [B1.6]', 'competences: [B1.5]'));
    assert.equal(item('couverture').ok, false);
    assert.match(item('couverture').detail.fr, /Bloc 1 : B1\.6 non mobilisée/);
  });

  it('with validations, coverage counts retained claims and lists refused and pending ones', () => {
    const review = 'revue: 1\nrelecteur: M. Dupont\nvalidations:\n  site-bts:\n    B1.3: { decision: refusee, motif: Pas de présence en ligne. }\n    B1.4: retenue\n';
    const { item } = check(complete, { review });
    assert.equal(item('couverture').ok, false);
    assert.match(item('couverture').title.fr, /retenues/);
    assert.match(item('couverture').detail.fr, /1\/6 compétences retenues, 1 refusée \(B1\.3\), 4 en attente \(B1\.1, B1\.2, B1\.5, B1\.6\)/);
  });

  it('an open error-level remark fails « remarques » and points into the review file', () => {
    const review = 'revue: 1\nrelecteur: M. Dupont\nremarques:\n  - cible: candidat.portfolio\n    niveau: erreur\n    message: Le portfolio ne répond pas.\n';
    const { item } = check(complete, { review });
    assert.equal(item('remarques').ok, false);
    assert.match(item('remarques').detail.fr, /Le portfolio ne répond pas/);
    assert.deepEqual(item('remarques').where, { file: '/classe/lea.revue.yaml', line: 4 });
    assert.equal(check(complete, { review: review.replace('niveau: erreur', 'niveau: erreur\n    statut: resolue') }).item('remarques').ok, true);
  });

  it('two fiches are required for the bloc-2 épreuve', () => {
    const one = complete.replace(/\n    fiche:\n      numero: 2[\s\S]*?(?=\n  - id:|\n*$)/, '');
    assert.notEqual(one, complete, 'the example has a fiche n° 2 to remove');
    const { item } = check(one);
    assert.equal(item('fiches').ok, false);
  });
});

/** The example's first fiche réalisation without its `description:` block. */
function removeFirstFicheDescription(text: string): string {
  const lines = text.split('\n');
  const fiche = lines.findIndex((l) => /^    fiche:/.test(l));
  let start = fiche;
  while (start > 0 && !/^  - /.test(lines[start])) start--;
  const d = lines.findIndex((l, i) => i >= start && i < fiche && /^    description:/.test(l));
  assert.ok(d > 0, 'the example has a fiche with a description');
  let end = d + 1;
  while (end < lines.length && /^      /.test(lines[end])) end++;
  lines.splice(d, end - d);
  return lines.join('\n');
}
