/**
 * A key typed without its value yet (`intitule:`), the commonest state of a dossier being
 * written: one visible diagnostic on the key saying the value is missing, not an invisible
 * zero-width one offering to write `""`.
 */
import assert from 'node:assert/strict';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { docOf } from '../../support/cursor';
import { diagnostics, options, parse, SISR } from '../../support/features';

function atKey(text: string, code: string) {
  const doc = docOf(text);
  const found = diagnostics(doc).filter((d) => d.code === code);
  return { doc, found, shown: found.map((d) => doc.getText(d.range)) };
}

describe('a key without its value', () => {
  it('intitule: → « Valeur manquante » on the key, no quote fix', () => {
    const { doc, found, shown } = atKey(SISR.replace('intitule: Gestion du parc avec GLPI', 'intitule:'), 'schema-type');
    assert.deepEqual(shown, ['intitule']);
    assert.equal(found[0].message, 'Valeur manquante (Intitulé) : complétez « intitule: ».');
    assert.deepEqual(codeActions(doc, parse(doc), found, options()), []);
  });

  it('session: and nom: likewise', () => {
    assert.deepEqual(atKey(SISR.replace('session: 2026', 'session:'), 'schema-type').shown, ['session']);
    assert.deepEqual(atKey(SISR.replace('  nom: DURAND', '  nom:'), 'schema-type').shown, ['nom']);
  });

  it('periode: gets the date rule’s « Période vide » only, once', () => {
    const doc = docOf(SISR.replace('periode: du 07/10/2024 au 18/10/2024', 'periode:'));
    const onLine = diagnostics(doc).filter((d) => d.range.start.line === 11);
    assert.deepEqual(onLine.map((d) => [d.code, doc.getText(d.range)]), [['date-format', 'periode']]);
  });

  it('a number written where text is expected still gets the quote fix', () => {
    const { found } = atKey(SISR.replace('  nom: DURAND', '  nom: DURAND\n  numero: 0234'), 'schema-type');
    assert.equal((found[0].data as { replacements: { text: string }[] }).replacements[0].text, '"0234"');
  });
});
