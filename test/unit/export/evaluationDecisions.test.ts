/**
 * Issue 24, point 9: what a class council or a jury needs on paper. With `--evaluation`, the PDF
 * (and the preview) list the team's decisions on the claims with their motifs, and the review's
 * date; a review that decides claims without filling a grid still has them printed.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDossier } from '../../../server/src/core/parse';
import { evaluationFor, parseReview } from '../../../server/src/core/review';
import { buildSynthese } from '../../../server/src/core/table/build';
import { renderPdf } from '../../../server/src/products/pdf/pdf';
import { evaluationHtml } from '../../../server/src/products/render/gridsHtml';
import { allPages, fold, tmpPdf } from './pdfText';

const lea = parseDossier(readFileSync(join(__dirname, '../../../examples/lea-martin-sisr.sio.yaml'), 'utf8'));
const REVIEW = `revue: 1
relecteur: M. Dupont
date: 2026-11-20
validations:
  glpi: { B1.1: retenue }
  site-bts:
    B1.3:
      decision: refusee
      motif: "La réalisation ne montre pas de présence en ligne : aucun lien public."
`;

describe('the evaluation PDF lists the decisions with their motifs and the review’s date', () => {
  const evaluation = evaluationFor(lea, parseReview(REVIEW))!;

  it('a review deciding claims without a grid still has an evaluation, dated', () => {
    assert.ok(evaluation, 'an evaluation model');
    assert.equal(evaluation.date, '20/11/2026');
    assert.deepEqual(
      evaluation.decisions!.map((d) => [d.realisation, d.competence, d.decision, d.motif ?? '']),
      [
        ['glpi', 'B1.1', 'retenue', ''],
        ['site-bts', 'B1.3', 'refusée', 'La réalisation ne montre pas de présence en ligne : aucun lien public.']
      ]
    );
    assert.ok(evaluation.pending! > 0, 'the undecided claims are counted');
  });

  it('prints them in the PDF, with the motif and the date', async () => {
    const model = buildSynthese(lea, new Date(2026, 10, 21))!;
    model.evaluation = evaluation;
    const { bytes } = await renderPdf(model, { creationDate: new Date(Date.UTC(2026, 10, 21)), includeEvaluation: true });
    const text = fold(allPages(tmpPdf(bytes, 'decisions.pdf')).join('\n'));
    assert.ok(text.includes(fold('Relecture : M. Dupont, le 20/11/2026')), text.slice(0, 400));
    assert.ok(text.includes(fold('Décisions sur les compétences revendiquées')));
    assert.ok(text.includes(fold('refusée')));
    assert.ok(text.includes(fold('aucun lien public')));
    assert.match(text, new RegExp(`${evaluation.pending} compétences revendiquées en attente de décision`));
  });

  it('the preview shows the same table', () => {
    const html = evaluationHtml(evaluation);
    assert.match(html, /Relecture : M\. Dupont, le 20\/11\/2026/);
    assert.match(html, /<tr data-realisation="site-bts" data-competence="B1\.3">.*<td class="decision">refusée<\/td><td>La réalisation ne montre pas de présence en ligne : aucun lien public\.<\/td>/);
  });
});
