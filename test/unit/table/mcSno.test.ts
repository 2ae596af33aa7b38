/**
 * The MC SNO follows its own guide (docs/sources/mc-sno-guide-accompagnement-2021.txt): one
 * year with PFMP, so traces « en formation » and « en PFMP », never a « seconde année »; its
 * follow-up grid is the « tableau de bord de suivi individuel »; the attestation and the
 * « bilan des PFMP » are named where the guide names them; nine columns fit the PDF page.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDossier } from '../../../server/src/core/parse';
import { buildSynthese } from '../../../server/src/core/table/build';
import { renderPdf } from '../../../server/src/products/pdf/pdf';
import { renderSyntheseBody } from '../../../server/src/products/render/syntheseHtml';
import { NOW } from '../../support/dossier';
import { allPages, pageSizes, tmpPdf } from '../export/pdfText';

const root = path.resolve(__dirname, '../../..');
const INES = readFileSync(path.join(root, 'examples/ines-petit-mc-sno.sio.yaml'), 'utf8');
const GUIDE = readFileSync(path.join(root, 'docs/sources/mc-sno-guide-accompagnement-2021.txt'), 'utf8').replace(/\s+/g, ' ');
const model = (text: string) => buildSynthese(parseDossier(text), NOW);

describe('MC SNO in its guide’s words', () => {
  it('groups the traces « en formation » and « en PFMP », with no second year', () => {
    const m = model(INES.replace('cadre: stage-1\n    periode: du 03/11/2025', 'cadre: formation\n    periode: du 03/11/2025'));
    assert.deepEqual(m.groups.map((g) => [g.title, g.rows.map((r) => r.id)]), [
      ['Traces en formation', ['site-office']],
      ['Traces en PFMP (périodes de formation en milieu professionnel)', ['reseaux-sociaux', 'messagerie', 'sensibilisation']]
    ]);
    // `cadre: stage-2` written by habit still lands among the PFMP traces.
    const two = model(INES.replace('cadre: stage-1', 'cadre: stage-2'));
    assert.equal(two.groups.length, 2);
    assert.equal(two.groups[1].rows.length, 4);
    const html = renderSyntheseBody(m);
    assert.doesNotMatch(html, /seconde année|première année/);
  });

  it('names the follow-up grid, the PFMP attestation and the bilan des PFMP as the guide does', () => {
    const m = model(INES);
    assert.equal(m.title, 'Tableau de bord de suivi individuel des apprentissages');
    for (const words of ['Tableau de bord de suivi individuel des apprentissages', 'Attestation de PFMP', 'Bilan des PFMP (modèle fourni par la circulaire nationale d’organisation)']) {
      assert.ok(GUIDE.includes(words), `the guide says « ${words} »`);
    }
    const html = renderSyntheseBody(m);
    assert.match(html, /l’attestation de PFMP/);
    assert.match(html, /le bilan des PFMP \(modèle fourni par la circulaire nationale d’organisation\)/);
  });

  it('the PDF prints the nine columns on the landscape page, and the pieces of the dossier numérique', async () => {
    const m = model(INES);
    assert.equal(m.columns.length, 9);
    const { bytes } = await renderPdf(m, { creationDate: NOW });
    const file = tmpPdf(bytes, 'mc-sno-9.pdf');
    const first = allPages(file, '-layout')[0];
    const width = pageSizes(file)[0].width;
    assert.ok(width > pageSizes(file)[0].height, 'landscape');
    for (const c of m.columns) assert.ok(first.includes(c.id), `${c.id} on page 1`);
    const all = allPages(file).join('\n').replace(/\s+/g, ' ');
    assert.ok(all.includes('le bilan des PFMP (modèle fourni par la circulaire nationale d’organisation)'));
    assert.doesNotMatch(all, /seconde année/);
  });
});
