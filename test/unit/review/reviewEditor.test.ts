import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDossier } from '../../../server/src/core/parse';
import { evaluationFor, parseReview, renameEdits, reviewCompletions, reviewHover } from '../../../server/src/core/review';

const dir = join(__dirname, '../../fixtures/classe');
const lea = parseDossier(readFileSync(join(dir, 'lea-martin-sisr.sio.yaml'), 'utf8'));
const head = 'revue: 1\nrelecteur: M. Dupont\n';

/** Completion labels with the cursor at `|`. */
function complete(src: string, dossier = lea): string[] {
  const at = src.indexOf('|');
  const text = src.slice(0, at) + src.slice(at + 1);
  return reviewCompletions(parseReview(text), dossier, at).map((c) => c.label);
}

describe('review completion, from the reviewed dossier', () => {
  it('a cible offers the réalisation ids first, then candidat, then the competences of the option', () => {
    const labels = complete(`${head}remarques:\n  - cible: |\n`);
    assert.deepEqual(labels.slice(0, 6), ['glpi', 'site-bts', 'veille', 'sauvegardes-mairie', 'vlan-clinique', 'supervision']);
    assert.ok(labels.includes('candidat.portfolio'));
    assert.ok(labels.includes('B2.1.6'), 'SISR bloc 2');
    assert.ok(!labels.includes('C1.1'), 'no MC SNO id for a BTS SIO dossier');
  });

  it('after « glpi. » it offers the fields of that réalisation', () => {
    const labels = complete(`${head}remarques:\n  - message: x\n    cible: glpi.|\n`);
    assert.ok(labels.includes('glpi.periode') && labels.includes('glpi.description'));
    assert.ok(labels.every((l) => l.startsWith('glpi.')));
  });

  it('the replaced span is the word being typed, so « gl » becomes « glpi »', () => {
    const src = `${head}remarques:\n  - cible: gl`;
    const items = reviewCompletions(parseReview(src), lea, src.length);
    const glpi = items.find((i) => i.label === 'glpi')!;
    assert.equal(src.slice(glpi.start, glpi.end), 'gl');
  });

  it('niveau and statut offer their closed values', () => {
    assert.deepEqual(complete(`${head}remarques:\n  - cible: glpi\n    niveau: |\n`), ['erreur', 'avertissement', 'info']);
    assert.deepEqual(complete(`${head}remarques:\n  - cible: glpi\n    statut: |\n`), ['ouverte', 'resolue']);
  });

  it('under evaluation: the épreuves of the session, their competences, the levels and the penalties', () => {
    assert.deepEqual(complete(`${head}evaluation:\n  |\n`), ['E5', 'E6', 'Évaluation E5', 'Évaluation E6']);
    const ids = complete(`${head}evaluation:\n  E5:\n    competences:\n      |\n`);
    assert.equal(ids[0], 'B1.1');
    assert.ok(ids.includes('B1.6') && !ids.includes('B2.1'));
    assert.deepEqual(complete(`${head}evaluation:\n  E5:\n    competences:\n      B1.1: |\n`), ['non-evalue', 'non-maitrise', 'partielle', 'bonne', 'excellente']);
    assert.deepEqual(complete(`${head}evaluation:\n  E6:\n    penalites:\n      - |\n`), ['realisation-absente', 'deux-realisations-absentes', 'environnement-non-conforme']);
  });

  it('without a reviewed dossier, no target is invented', () => {
    assert.deepEqual(complete(`${head}remarques:\n  - cible: |\n`, null as never), []);
  });
});

describe('review hover on a cible', () => {
  const review = parseReview(readFileSync(join(dir, 'lea-martin-sisr.revue.yaml'), 'utf8'));
  const at = (word: string) => review.text.indexOf(word) + 1;

  it('shows the targeted réalisation: intitulé, période, competences', () => {
    const h = reviewHover(review, lea, at('cible: glpi\n') + 8)!;
    assert.match(h.markdown, /Déploiement de GLPI pour la gestion du parc/);
    assert.match(h.markdown, /du 09\/12\/2024 au 20\/12\/2024/);
    assert.match(h.markdown, /`B1\.1`, `B1\.2\.1`, `B1\.5`/);
    assert.equal(review.text.slice(h.start, h.end), 'glpi');
  });

  it('shows a competence’s title and the réalisations that mobilise it', () => {
    const h = reviewHover(review, lea, review.text.indexOf('B1.5\n') + 1)!;
    assert.match(h.markdown, /Mettre à disposition des utilisateurs un service informatique/);
    assert.match(h.markdown, /`glpi`, `vlan-clinique`/);
  });

  it('says when the target is gone, and nothing outside a cible', () => {
    const r = parseReview(`${head}remarques:\n  - cible: ancienne\n    message: x\n`);
    assert.match(reviewHover(r, lea, r.text.indexOf('ancienne') + 2)!.markdown, /introuvable/);
    assert.equal(reviewHover(review, lea, 3), null);
  });
});

describe('renaming a réalisation updates the review', () => {
  it('edits the cibles naming it, alone or with a field, and leaves the others', () => {
    const src = `${head}remarques:\n  - cible: glpi\n    message: a\n  - cible: "glpi.periode"\n    message: b\n  - cible: glpi-2\n    message: c\n  - cible: glpi.inconnu\n    message: d\n`;
    const edits = renameEdits(parseReview(src), 'glpi', 'glpi-parc');
    let out = src;
    for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    assert.equal(edits.length, 2);
    assert.match(out, /cible: glpi-parc\n/);
    assert.match(out, /cible: "glpi-parc\.periode"/);
    assert.match(out, /cible: glpi-2\n/);
  });
});

describe('evaluation grid for the table model', () => {
  it('follows the rows of the official grids, with the labels printed on each grid', () => {
    const ev = evaluationFor(lea, parseReview(readFileSync(join(dir, 'lea-martin-sisr.revue.yaml'), 'utf8')))!;
    assert.equal(ev.reviewer, 'M. Dupont');
    assert.deepEqual(ev.epreuves.map((e) => e.code), ['E5', 'E6']);
    const [e5, e6] = ev.epreuves;
    // Bloc 1 grid (seed 004): one row per competence, « Bonne maîtrise ».
    assert.deepEqual(e5.rows.map((r) => r.id), ['B1.1', 'B1.2', 'B1.3', 'B1.4', 'B1.5', 'B1.6']);
    assert.deepEqual(e5.rows.map((r) => r.levelLabel), ['Bonne maîtrise', 'Maîtrise partielle', '', '', 'Excellente maîtrise', '']);
    assert.deepEqual(e5.penalties, [{ id: 'tableau-synthese-absent', label: 'Absence de tableau de synthèse', points: 2 }]);
    assert.equal(e5.comment, 'Dossier clair, veille à approfondir.');
    // Bloc 2 grid 9-5-A (seed 003): one row per sub-competence, « Bonne maitrise », « Non évalué ».
    assert.equal(e6.rows.length, 17);
    assert.equal(e6.rows[0].levelLabel, 'Bonne maitrise');
    assert.equal(e6.rows.find((r) => r.id === 'B2.2.3')!.levelLabel, 'Non évalué');
    assert.deepEqual(e6.penalties, [{ id: 'environnement-non-conforme', label: 'Environnement technologique mis en œuvre non conforme à l’annexe II.E', points: 5 }]);
  });

  it('is absent without an evaluation, and ignores an épreuve of another session', () => {
    assert.equal(evaluationFor(lea, parseReview(`${head}remarques: []\n`)), undefined);
    assert.equal(evaluationFor(lea, parseReview(`${head}evaluation:\n  E4:\n    competences:\n      B1.1: bonne\n`)), undefined);
  });
});
