/**
 * `placeholder`: the sample values of « Nouveau dossier » are pointed at, one information each,
 * on the exact value (inside its quotes), until the student replaces them; a real dossier gets
 * none; the quick fix selects the value.
 */
import * as assert from 'node:assert/strict';
import { dossierTemplate } from '../../../server/src/core/template';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { SAMPLE_CANDIDAT, SAMPLE_REALISATIONS, SAMPLE_STAGES } from '../../../server/src/core/sample';
import { SelectValueCommand } from '../../../server/src/protocol/messages';
import { docOf } from '../../support/cursor';
import { findings, SISR as CORE_SISR } from '../../support/dossier';
import { diagnostics, options, parse } from '../../support/features';

const TEMPLATE = dossierTemplate(2026);
const placeholders = (text: string) => findings(text).filter((f) => f.code === 'placeholder');
const spans = (text: string) => placeholders(text).map((f) => text.slice(f.start, f.end));

describe('placeholder diagnostics', () => {
  it('points at every sample value of the new-dossier template, as information', () => {
    const found = placeholders(TEMPLATE);
    assert.ok(found.every((f) => f.severity === 'information'));
    assert.deepEqual(spans(TEMPLATE), [
      SAMPLE_CANDIDAT.nom.value,
      SAMPLE_CANDIDAT.prenom.value,
      SAMPLE_CANDIDAT.numero.value, // inside its quotes
      SAMPLE_CANDIDAT.centre.value,
      SAMPLE_CANDIDAT.portfolio.value,
      ...SAMPLE_STAGES,
      ...SAMPLE_REALISATIONS.slice(0, 4) // SISR; the last two are the SLAM fiches
    ]);
  });

  it('says what to write instead, in French and in English', () => {
    const centre = placeholders(TEMPLATE).find((f) => TEMPLATE.slice(f.start, f.end) === SAMPLE_CANDIDAT.centre.value)!;
    assert.equal(centre.message.fr, 'Valeur d’exemple : remplacez « Lycée Exemple, Exempleville » par le nom de votre centre.');
    assert.equal(centre.message.en, 'Sample value: replace "Lycée Exemple, Exempleville" with the name of your centre.');
  });

  it('vanishes value by value as the student types their own', () => {
    const mine = TEMPLATE.replace(`centre: ${SAMPLE_CANDIDAT.centre.value}`, 'centre: Lycée Chaptal, Quimper').replace(
      `"${SAMPLE_CANDIDAT.numero.value}"`,
      '"02345678901"'
    );
    const left = spans(mine);
    assert.ok(!left.includes(SAMPLE_CANDIDAT.centre.value) && !left.includes(SAMPLE_CANDIDAT.numero.value));
    assert.equal(left.length, placeholders(TEMPLATE).length - 2);
  });

  it('does not flag a value that only contains a sample one', () => {
    assert.deepEqual(spans(TEMPLATE.replace(`prenom: ${SAMPLE_CANDIDAT.prenom.value}`, 'prenom: Camille-Rose')).filter((s) => s.startsWith('Camille')), []);
  });

  it('leaves a real dossier alone', () => {
    assert.deepEqual(placeholders(CORE_SISR), []);
  });

  it('offers a quick fix that selects the value through the client command', () => {
    const doc = docOf(TEMPLATE);
    const diag = diagnostics(doc).find((d) => d.code === 'placeholder' && doc.getText(d.range) === SAMPLE_CANDIDAT.numero.value)!;
    assert.equal(diag.severity, 3); // DiagnosticSeverity.Information
    const [action, ...more] = codeActions(doc, parse(doc), [diag], options());
    assert.equal(more.length, 0);
    assert.equal(action.title, `Sélectionner « ${SAMPLE_CANDIDAT.numero.value} » pour le remplacer`);
    assert.equal(action.edit, undefined, 'selecting changes no text');
    assert.deepEqual(action.command?.command, SelectValueCommand);
    assert.deepEqual(action.command?.arguments, [doc.uri, diag.range]);
    assert.equal(codeActions(doc, parse(doc), [diag], options('en'))[0].title, `Select "${SAMPLE_CANDIDAT.numero.value}" to replace it`);
  });
});
