/**
 * Quick fixes: each one is applied to the document, and the dossier is validated again to
 * prove that the problem it claims to fix is gone (and that no new YAML or schema error appeared).
 */
import assert from 'node:assert/strict';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { docOf } from '../../support/cursor';
import { applied, diagnostics, options, parse, SISR, TODAY } from '../../support/features';

interface Fixture {
  doc: TextDocument;
  diag: Diagnostic;
  actions: CodeAction[];
}

/** The dossier, its first diagnostic with `code`, and the fixes offered for it. */
function fixesFor(text: string, code: string, locale: 'fr' | 'en' = 'fr'): Fixture {
  const doc = docOf(text);
  const diag = diagnostics(doc, locale).find((d) => d.code === code);
  assert.ok(diag, `no ${code} in ${diagnostics(doc).map((d) => d.code).join(', ')}`);
  return { doc, diag: diag!, actions: codeActions(doc, parse(doc), [diag!], options(locale)) };
}

/** Apply `action`; the diagnostic it fixes is gone and no syntax or schema error appeared. */
function applyAndCheck(f: Fixture, action: CodeAction): string {
  const after = applied(f.doc, action.edit);
  const left = diagnostics(after);
  assert.ok(!left.some((d) => d.code === f.diag.code && d.range.start.line === f.diag.range.start.line), `${f.diag.code} still there: ${JSON.stringify(left.filter((d) => d.code === f.diag.code))}`);
  const broken = left.filter((d) => d.code === 'yaml-syntax' || String(d.code).startsWith('schema'));
  assert.deepEqual(broken.map((d) => d.code), [], after.getText());
  return after.getText();
}

const line = (text: string, n: number) => text.split('\n')[n];

describe('quick fixes for periods', () => {
  it('rewrites a period to the canonical « du … au … » form', () => {
    const f = fixesFor(SISR.replace('periode: du 07/10/2024 au 18/10/2024', 'periode: 07/10/2024 - 18/10/2024'), 'date-format');
    assert.deepEqual(f.actions.map((a) => [a.title, a.kind, a.isPreferred]), [['Remplacer par « du 07/10/2024 au 18/10/2024 »', 'quickfix', true]]);
    assert.deepEqual(f.actions[0].diagnostics, [f.diag]);
    assert.equal(line(applyAndCheck(f, f.actions[0]), 11), '    periode: du 07/10/2024 au 18/10/2024');
  });

  it('rewrites the whole value, keeping its quotes, even when the diagnostic marks one date', () => {
    const f = fixesFor(SISR.replace('periode: du 07/10/2024 au 18/10/2024', 'periode: "7/10/24 au 18/10/24"'), 'date-format');
    assert.equal(line(applyAndCheck(f, f.actions[0]), 11), '    periode: "du 07/10/2024 au 18/10/2024"');
  });

  it('swaps an inverted period', () => {
    const f = fixesFor(SISR.replace('periode: du 07/10/2024 au 18/10/2024', 'periode: du 18/10/2024 au 07/10/2024'), 'date-order');
    assert.equal(f.actions[0].title, 'Inverser les dates : « du 07/10/2024 au 18/10/2024 »');
    assert.equal(line(applyAndCheck(f, f.actions[0]), 11), '    periode: du 07/10/2024 au 18/10/2024');
  });

  it('fixes a stage period too', () => {
    const text = SISR.replace('realisations:', 'stages:\n  - organisation: Mairie\n    periode: 26/05/2025-27/06/2025\n    annee: 1\nrealisations:');
    const f = fixesFor(text, 'date-format');
    assert.equal(line(applyAndCheck(f, f.actions[0]), 9), '    periode: du 26/05/2025 au 27/06/2025');
  });
});

describe('quick fixes for competence ids', () => {
  it('an unknown id offers each suggestion, none preferred over the others', () => {
    const f = fixesFor(SISR.replace('[B1.1, B1.2.1]', '[B1.1, B1.21]'), 'competence-unknown');
    assert.deepEqual(f.actions.map((a) => [a.title, a.isPreferred]), [
      ['Remplacer par « B1.1 »', undefined],
      ['Remplacer par « B1.2 »', undefined],
      ['Remplacer par « B1.2.1 »', undefined]
    ]);
    for (const [i, want] of ['[B1.1, B1.1]', '[B1.1, B1.2]', '[B1.1, B1.2.1]'].entries()) {
      const after = applied(f.doc, f.actions[i].edit).getText();
      assert.equal(line(after, 12), `    competences: ${want}`);
      assert.ok(!diagnostics(docOf(after)).some((d) => d.code === 'competence-unknown'));
    }
  });

  it('a sub-competence written as its title is replaced by its id', () => {
    const f = fixesFor(SISR.replace('[B1.1, B1.2.1]', '[B1.1, Gérer des sauvegardes]'), 'competence-unknown');
    assert.deepEqual(f.actions.map((a) => [a.title, a.isPreferred]), [['Remplacer par « B1.1.5 »', true]]);
    assert.equal(line(applyAndCheck(f, f.actions[0]), 12), '    competences: [B1.1, B1.1.5]');
  });
});

describe('quick fixes for values and keys', () => {
  it('quotes a title cut by « # »', () => {
    const f = fixesFor(SISR.replace('intitule: Gestion du parc avec GLPI', 'intitule: Gestion du parc #2'), 'yaml-comment');
    assert.equal(f.actions[0].title, 'Mettre le texte entier entre guillemets');
    assert.equal(line(applyAndCheck(f, f.actions[0]), 9), '    intitule: "Gestion du parc #2"');
  });

  it('quotes a candidate number read as a number', () => {
    const f = fixesFor(SISR.replace('  nom: DURAND', '  nom: DURAND\n  numero: 0234'), 'schema-type');
    assert.equal(line(applyAndCheck(f, f.actions[0]), 4), '  numero: "0234"');
  });

  it('replaces a misspelt closed value', () => {
    const f = fixesFor(SISR.replace('cadre: formation', 'cadre: formaton'), 'schema-invalid-value');
    assert.deepEqual(f.actions.map((a) => [a.title, a.isPreferred]), [['Remplacer par « formation »', true]]);
    assert.equal(line(applyAndCheck(f, f.actions[0]), 10), '    cadre: formation');
  });

  it('renames a misspelt key', () => {
    const f = fixesFor(SISR.replace('    intitule: Gestion du parc avec GLPI', '    intitulé: Gestion du parc avec GLPI'), 'schema-unknown-key');
    assert.equal(line(applyAndCheck(f, f.actions[0]), 9), '    intitule: Gestion du parc avec GLPI');
  });

  it('fixes the cadre of a stage réalisation that falls in the other year', () => {
    const f = fixesFor(SISR.replace('cadre: stage-1', 'cadre: stage-2'), 'cadre-periode');
    assert.equal(line(applyAndCheck(f, f.actions[0]), 15), '    cadre: stage-1');
  });

  it('English titles when the editor is in English', () => {
    const f = fixesFor(SISR.replace('cadre: formation', 'cadre: formaton'), 'schema-invalid-value', 'en');
    assert.equal(f.actions[0].title, 'Replace with "formation"');
  });
});

describe('adding a missing field', () => {
  it('a réalisation without period gets one, at its keys’ indentation, dated today', () => {
    const f = fixesFor(SISR.replace('    periode: du 07/10/2024 au 18/10/2024\n', ''), 'schema-missing-field');
    assert.deepEqual(f.actions.map((a) => [a.title, a.isPreferred]), [['Ajouter « periode »', true]]);
    const after = applyAndCheck(f, f.actions[0]);
    assert.deepEqual(after.split('\n').slice(8, 13), ['  - id: glpi', '    intitule: Gestion du parc avec GLPI', '    cadre: formation', '    competences: [B1.1, B1.2.1]', `    periode: du ${TODAY} au ${TODAY}`]);
  });

  it('the candidate without first name gets `prenom:` in the candidat block (not at the top level)', () => {
    const f = fixesFor(SISR.replace('  prenom: Hugo\n', ''), 'schema-missing-field');
    const after = applyAndCheck(f, f.actions[0]);
    assert.deepEqual(after.split('\n').slice(2, 8), ['candidat:', '  nom: DURAND', '  option: SISR', '  portfolio: https://hugo-durand.example.fr', '  prenom: Prénom', 'realisations:']);
  });

  it('a réalisation without id gets an unused one; the last réalisation’s block list is extended correctly', () => {
    const f = fixesFor(SISR.replace('  - id: ad\n    intitule', '  - intitule'), 'schema-missing-field');
    const after = applyAndCheck(f, f.actions[0]);
    assert.deepEqual(after.split('\n').slice(13, 21), ['  - intitule: Annuaire Active Directory', '    cadre: stage-1', '    periode: du 02/06/2025 au 27/06/2025', '    competences:', '      - B1.1.5', '      - B1.3', '    id: r1', '']);
  });

  it('a fiche without number gets the free one', () => {
    const text = SISR.replace('    competences: [B1.1, B1.2.1]\n', '    competences: [B1.1, B1.2.1]\n    fiche:\n      numero: 1\n').replace('      - B1.3\n', '      - B1.3\n    fiche:\n      conditions: Maquette\n');
    const f = fixesFor(text, 'schema-missing-field');
    const after = applyAndCheck(f, f.actions[0]);
    assert.deepEqual(after.split('\n').slice(22, 25), ['    fiche:', '      conditions: Maquette', '      numero: 2']);
  });

  it('a dossier without candidat gets the block with its two required fields', () => {
    const f = fixesFor(SISR.replace(/candidat:\n(  .*\n)+/, ''), 'schema-missing-field');
    assert.equal(f.actions[0].title, 'Ajouter « candidat »');
    const after = applyAndCheck(f, f.actions[0]);
    assert.ok(after.endsWith('      - B1.3\ncandidat:\n  nom: NOM\n  prenom: Prénom\n'), after);
  });
});

describe('YAML broken by an unquoted « : » in a title', () => {
  it('quotes the value of that line, and the dossier parses again', () => {
    const f = fixesFor(SISR.replace('intitule: Gestion du parc avec GLPI', 'intitule: Mise à jour : serveur web'), 'yaml-syntax');
    assert.deepEqual(f.actions.map((a) => [a.title, a.isPreferred]), [['Mettre la valeur entre guillemets', true]]);
    assert.equal(line(applyAndCheck(f, f.actions[0]), 9), '    intitule: "Mise à jour : serveur web"');
  });

  it('also on the first key of a list item, and with « : » glued to the word', () => {
    const f = fixesFor(SISR.replace('  - id: glpi\n    intitule: Gestion du parc avec GLPI', '  - intitule: Mise à jour: serveur web\n    id: glpi'), 'yaml-syntax');
    assert.equal(line(applyAndCheck(f, f.actions[0]), 8), '  - intitule: "Mise à jour: serveur web"');
  });

  it('several colons, a colon at the end, an apostrophe and a « # » all end up inside the quotes', () => {
    for (const [value, quoted] of [
      ['Projet :', '"Projet :"'],
      ['Réseau: VLAN: trunk', '"Réseau: VLAN: trunk"'],
      ["L'usage : sécurité # v2", '"L\'usage : sécurité # v2"']
    ]) {
      const f = fixesFor(SISR.replace('intitule: Gestion du parc avec GLPI', `intitule: ${value}`), 'yaml-syntax');
      assert.equal(line(applyAndCheck(f, f.actions[0]), 9), `    intitule: ${quoted}`);
    }
  });

  it('offers nothing for other syntax errors', () => {
    const f = fixesFor(SISR.replace('  nom: DURAND', '  nom: "DURAND'), 'yaml-syntax');
    assert.deepEqual(f.actions, []);
  });
});

describe('code actions ignore what is not theirs', () => {
  it('diagnostics of other sources and diagnostics without data get no action', () => {
    const doc = docOf(SISR);
    const d: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', code: 'date-format', source: 'yaml', data: { kind: 'replace', replacements: [{ text: 'x', title: { fr: 'x', en: 'x' } }] } };
    assert.deepEqual(codeActions(doc, parse(doc), [d, { ...d, source: 'sio', data: undefined }], options()), []);
  });
});

describe('quick fixes for value types', () => {
  it('a competence list written as plain text becomes a list', () => {
    const f = fixesFor(SISR.replace('[B1.1, B1.2.1]', 'B1.1, B1.2.1'), 'schema-type');
    assert.deepEqual(f.actions.map((a) => [a.title, a.isPreferred]), [['Écrire une liste : [B1.1, B1.2.1]', true]]);
    assert.equal(line(applyAndCheck(f, f.actions[0]), 12), '    competences: [B1.1, B1.2.1]');
  });

  it('a session written in quotes becomes a number', () => {
    const f = fixesFor(SISR.replace('session: 2026', 'session: "2026"'), 'schema-type');
    assert.deepEqual(f.actions.map((a) => a.title), ['Écrire le nombre sans guillemets : 2026']);
    assert.equal(line(applyAndCheck(f, f.actions[0]), 1), 'session: 2026');
  });

  it('an id differing only by case gets the exact id as its single, preferred fix', () => {
    const f = fixesFor(SISR.replace('[B1.1, B1.2.1]', '[B1.1, b1.2.1]'), 'competence-unknown');
    assert.deepEqual(f.actions.map((a) => [a.title, a.isPreferred]), [['Remplacer par « B1.2.1 »', true]]);
    assert.equal(line(applyAndCheck(f, f.actions.find((a) => a.isPreferred)!), 12), '    competences: [B1.1, B1.2.1]');
  });
});
