/**
 * Diagnostics for what the official form cannot print (issue 25): a réalisation without `cadre`
 * (no group of the tableau takes it; one quick fix per cadre), a fiche without `description`
 * (an empty verso), `cadre: stage-2` in an MC SNO dossier (a one-year training), and a
 * portfolio on a domain reserved for examples. Each fix is applied and the dossier checked again.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { docOf } from '../../support/cursor';
import { findings, marked, SISR } from '../../support/dossier';
import { applied, diagnostics, options, parse } from '../../support/features';

const MC_SNO = readFileSync(path.join(__dirname, '../../../examples/ines-petit-mc-sno.sio.yaml'), 'utf8');

function expectAt(src: string, code: string) {
  const { text, ranges } = marked(src);
  const got = findings(text).filter((f) => f.code === code);
  assert.deepEqual(got.map((f) => [f.start, f.end]), ranges, `${code} in ${findings(text).map((f) => f.code).join(', ')}`);
  return got;
}

describe('what the form cannot print', () => {
  it('a réalisation written without cadre is an error on its first key, naming it', () => {
    const [f] = expectAt(SISR.replace('  - id: projet', '  - ⟦id⟧: projet').replace(/(intitule: Projet de site web\n)    cadre: formation\n/, '$1'), 'cadre-missing');
    assert.equal(f.severity, 'error');
    assert.match(f.message.fr, /Réalisation « Projet de site web » sans cadre : le tableau de synthèse la range en formation, en stage de première ou de seconde année/);
  });

  it('offers the three cadres as quick fixes; each one inserts `cadre:` in that réalisation and clears the error', () => {
    const doc = docOf(SISR.replace(/(intitule: Projet de site web\n)    cadre: formation\n/, '$1'));
    const diag = diagnostics(doc).find((d) => d.code === 'cadre-missing')!;
    assert.ok(diag);
    const actions = codeActions(doc, parse(doc), [diag], options());
    assert.deepEqual(actions.map((a) => a.title), [
      'Ajouter cadre: formation (en cours de formation)',
      'Ajouter cadre: stage-1 (stage de première année)',
      'Ajouter cadre: stage-2 (stage de seconde année)'
    ]);
    for (const [i, cadre] of ['formation', 'stage-1', 'stage-2'].entries()) {
      const after = applied(doc, actions[i].edit);
      const left = diagnostics(after);
      assert.ok(!left.some((d) => d.code === 'cadre-missing' || d.code === 'yaml-syntax' || String(d.code).startsWith('schema')), JSON.stringify(left.map((d) => d.code)));
      const block = after.getText().split('  - id: projet')[1].split('  - id:')[0];
      assert.match(block, new RegExp(`\\n    cadre: ${cadre}\\n`));
    }
  });

  it('MC SNO: only formation and stage-1 are offered; `cadre: stage-2` is flagged with the fix stage-1', () => {
    assert.match(MC_SNO, /cadre: stage-1/);
    const withStage2 = MC_SNO.replace('cadre: stage-1', 'cadre: ⟦stage-2⟧');
    const [f] = expectAt(withStage2, 'cadre-mc-sno');
    assert.match(f.message.fr, /La MC SNO se prépare en un an : pas de stage de seconde année/);
    const doc = docOf(marked(withStage2).text);
    const diag = diagnostics(doc).find((d) => d.code === 'cadre-mc-sno')!;
    const [fix] = codeActions(doc, parse(doc), [diag], options());
    assert.equal(fix.title, 'Remplacer par stage-1 (PFMP)');
    assert.ok(!diagnostics(applied(doc, fix.edit)).some((d) => d.code === 'cadre-mc-sno'));
    const noCadre = findings(MC_SNO.replace(/\n    cadre: stage-1/, '')).find((x) => x.code === 'cadre-missing')!;
    assert.match(noCadre.message.fr, /en formation ou en PFMP/);
    assert.doesNotMatch(noCadre.message.fr, /stage-2/);
  });

  it('a fiche without description is a warning on its `fiche` key: its verso would print empty', () => {
    const [f] = expectAt(SISR.replace('    description: Plan de VLAN et routage inter-VLAN du réseau de la mairie.\n', '').replace('competences: [B2.1, B2.2]\n    fiche:', 'competences: [B2.1, B2.2]\n    ⟦fiche⟧:'), 'fiche-description');
    assert.equal(f.severity, 'warning');
    assert.match(f.message.fr, /La fiche n° 1 n’a pas de description : son verso serait vide/);
    assert.deepEqual(findings(SISR).map((x) => x.code), [], 'the complete dossier has none');
  });

  it('a portfolio on a reserved domain is a warning on the address; a real domain is not', () => {
    for (const url of ['https://lea.example/portfolio', 'https://lea.test', 'https://x.invalid', 'https://example.com/lea']) {
      const [f] = expectAt(SISR.replace('https://lea.github.io/portfolio', `⟦${url}⟧`), 'portfolio-reserved');
      assert.match(f.message.fr, /domaine réservé aux exemples qui ne mène nulle part/);
    }
    expectAt(SISR.replace('https://lea.github.io/portfolio', 'https://lea-martin.fr/portfolio'), 'portfolio-reserved');
  });
});
