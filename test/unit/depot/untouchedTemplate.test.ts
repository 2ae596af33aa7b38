/**
 * Issue 25's first complaint: run « Nouveau dossier », change nothing, give both stages an
 * attestation, export the PDF and the spreadsheet — the checklist said « Prêt pour le dépôt ».
 * It now names every value still equal to the template's example and opens it, and the
 * Problems view says the same (the `placeholder` findings are the checklist's source).
 */
import * as assert from 'node:assert/strict';
import { parseDossier } from '../../../server/src/core/parse';
import { SAMPLE_CANDIDAT, SAMPLE_REALISATIONS, SAMPLE_STAGES } from '../../../server/src/core/sample';
import { dossierTemplate, type TemplateOption } from '../../../server/src/core/template';
import { validateDossier } from '../../../server/src/core/validate';
import { depotChecklist, type FileStat } from '../../../server/src/products/depot/checklist';

const DOSSIER = '/home/camille/bts/nouveau-dossier.sio.yaml';
const NOW = new Date('2026-11-26T12:00:00Z');

/** The template as a student leaves it, plus the two attestations the scenario adds. */
function untouched(option: TemplateOption): string {
  let n = 0;
  return dossierTemplate(2026, option).replace(/^(    annee: \d)$/gm, (line) => `${line}\n    attestation: attestations/stage-${++n}.pdf`);
}

function report(option: TemplateOption) {
  const text = untouched(option);
  const parsed = parseDossier(text);
  const findings = validateDossier(parsed, { now: NOW });
  const present = new Set(['nouveau-dossier.pdf', 'nouveau-dossier.tableau.xlsx', 'attestations/stage-1.pdf', 'attestations/stage-2.pdf'].map((f) => `/home/camille/bts/${f}`));
  const stat = (f: string): FileStat | null => (f === DOSSIER ? { mtimeMs: 1000, size: 10 } : present.has(f) ? { mtimeMs: 2000, size: 10 } : null);
  return { text, findings, r: depotChecklist({ dossierPath: DOSSIER, parsed, findings, review: null, stat, expectSpreadsheet: true }) };
}

describe('« Dépôt » on the untouched « Nouveau dossier » template', () => {
  for (const option of ['SISR', 'SLAM'] as const) {
    it(`is not ready (option ${option}): it names the example numéro, portfolio, names, stages and réalisations`, () => {
      const { r, text } = report(option);
      assert.equal(r.ready, false);
      const failed = r.items.filter((i) => !i.ok);
      assert.deepEqual([...new Set(failed.map((i) => i.id))].sort(), ['exemple', 'numero', 'portfolio']);
      const numero = r.items.find((i) => i.id === 'numero')!;
      assert.match(numero.detail.fr, /« 01234567890 » est le numéro d’exemple du modèle/);
      const portfolio = r.items.find((i) => i.id === 'portfolio')!;
      assert.match(portfolio.detail.fr, /domaine réservé aux exemples/);
      const titles = failed.filter((i) => i.id === 'exemple').map((i) => i.title.fr);
      assert.deepEqual(titles, [
        `Exemple à remplacer : le nom (« ${SAMPLE_CANDIDAT.nom.value} »)`,
        `Exemple à remplacer : le prénom (« ${SAMPLE_CANDIDAT.prenom.value} »)`,
        `Exemple à remplacer : le centre (« ${SAMPLE_CANDIDAT.centre.value} »)`,
        `Exemple à remplacer : le stage n° 1 (« ${SAMPLE_STAGES[0]} »)`,
        `Exemple à remplacer : le stage n° 2 (« ${SAMPLE_STAGES[1]} »)`,
        ...(option === 'SISR' ? SAMPLE_REALISATIONS.slice(0, 4) : [...SAMPLE_REALISATIONS.slice(0, 2), ...SAMPLE_REALISATIONS.slice(4)]).map((t) => `Exemple à remplacer : la réalisation « ${t} »`)
      ]);
      // Each one opens on the line of its value.
      const lines = text.split('\n');
      for (const i of failed) {
        const line = lines[i.where!.line! - 1];
        const value = /« (.+) »/.exec(i.title.fr)?.[1];
        if (i.id === 'exemple') assert.ok(line.includes(value!), `${i.title.fr} → line ${i.where!.line}: ${line}`);
      }
      assert.match(lines[numero.where!.line! - 1], /numero: "01234567890"/);
      assert.match(lines[portfolio.where!.line! - 1], /portfolio: https:\/\/camille-exemple\.example/);
    });
  }

  it('says nothing the Problems view does not: each example item is a placeholder diagnostic at the same place', () => {
    const { r, findings } = report('SISR');
    const placeholderLines = new Set(findings.filter((f) => f.code === 'placeholder').map((f) => f.start));
    assert.equal(placeholderLines.size, 11);
    assert.equal(r.items.filter((i) => i.id === 'exemple').length + 2, 11, 'numéro and portfolio have their own items');
  });

  it('passes those items once the student has replaced the values', () => {
    const { text } = report('SISR');
    let mine = text
      .replace(SAMPLE_CANDIDAT.nom.value, 'DURAND').replace(SAMPLE_CANDIDAT.prenom.value, 'Hugo').replace(SAMPLE_CANDIDAT.numero.value, '02345678901')
      .replace(SAMPLE_CANDIDAT.centre.value, 'Lycée Jean Moulin, Rennes').replace(SAMPLE_CANDIDAT.portfolio.value, 'https://hugo-durand.fr/portfolio')
      .replaceAll(SAMPLE_STAGES[0], 'Mairie de Rennes').replaceAll(SAMPLE_STAGES[1], 'Clinique Saint-Vincent');
    SAMPLE_REALISATIONS.forEach((t, i) => (mine = mine.replace(t, `Ma réalisation ${i + 1}`)));
    const parsed = parseDossier(mine);
    const findings = validateDossier(parsed, { now: NOW });
    const stat = (): FileStat => ({ mtimeMs: 2000, size: 10 });
    const r = depotChecklist({ dossierPath: DOSSIER, parsed, findings, review: null, stat: (f) => (f === DOSSIER ? { mtimeMs: 1000, size: 10 } : stat()), expectSpreadsheet: true });
    assert.deepEqual(r.items.filter((i) => !i.ok).map((i) => `${i.id}: ${i.detail.fr}`), []);
    assert.equal(r.ready, true);
  });
});
