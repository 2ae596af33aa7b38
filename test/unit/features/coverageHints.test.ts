/**
 * What the editor shows in the text itself: the official title after each competence id
 * (inlay hints) and the coverage of the evaluated bloc above `realisations:` (code lens).
 */
import assert from 'node:assert/strict';
import { codeLenses } from '../../../server/src/core/features/codeLens';
import { HINT_LENGTH, inlayHints, truncate } from '../../../server/src/core/features/inlayHints';
import { findReferentiel } from '../../../server/src/core/referentiel';
import { docOf } from '../../support/cursor';
import { options, parse, SISR } from '../../support/features';

const whole = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };
const titleOf = (id: string) => {
  for (const b of findReferentiel('bts-sio')!.blocs) for (const c of b.competences) for (const e of [c, ...c.subCompetences]) if (e.id === id) return e.title;
  throw new Error(id);
};

describe('inlay hints: the official title after each competence id', () => {
  it('one hint right after each known id, in flow and block lists', () => {
    const doc = docOf(SISR.replace('[B1.1, B1.2.1]', '[B1.1, B1.2.1, B9.9]'));
    const hints = inlayHints(doc, parse(doc), whole, options());
    assert.deepEqual(
      hints.map((h) => [h.position.line, h.position.character, h.label, h.tooltip, h.paddingLeft]),
      [
        [12, 22, truncate(titleOf('B1.1')), `B1.1 — ${titleOf('B1.1')}`, true],
        [12, 30, truncate(titleOf('B1.2.1')), `B1.2.1 — ${titleOf('B1.2.1')}`, true],
        [18, 14, truncate(titleOf('B1.1.5')), `B1.1.5 — ${titleOf('B1.1.5')}`, true],
        [19, 12, truncate(titleOf('B1.3')), `B1.3 — ${titleOf('B1.3')}`, true]
      ]
    );
  });

  it('long titles are cut at about 40 characters with an ellipsis', () => {
    assert.equal(truncate('Gérer des sauvegardes'), 'Gérer des sauvegardes');
    const long = titleOf('B1.2.1');
    assert.ok(long.length > HINT_LENGTH);
    const cut = truncate(long);
    assert.equal(cut.length <= HINT_LENGTH, true);
    assert.ok(cut.endsWith('…') && long.startsWith(cut.slice(0, -1)));
  });

  it('only the requested range is computed', () => {
    const doc = docOf(SISR);
    const hints = inlayHints(doc, parse(doc), { start: { line: 17, character: 0 }, end: { line: 19, character: 0 } }, options());
    assert.deepEqual(hints.map((h) => h.position.line), [18]);
  });

  it('the setting turns them off', () => {
    const doc = docOf(SISR);
    assert.deepEqual(inlayHints(doc, parse(doc), whole, options('fr', { inlayHints: false })), []);
  });
});

describe('code lens: coverage of the evaluated bloc above `realisations:`', () => {
  it('names the missing competences and opens the preview', () => {
    const doc = docOf(SISR);
    const lenses = codeLenses(doc, parse(doc), options());
    assert.deepEqual(lenses, [
      {
        range: { start: { line: 7, character: 0 }, end: { line: 7, character: 12 } },
        command: { title: 'Bloc 1 : 3/6 compétences — manque B1.4, B1.5, B1.6', command: 'sio.showPreview', arguments: [doc.uri] }
      }
    ]);
  });

  it('a check mark when the bloc is covered; English wording', () => {
    const doc = docOf(SISR.replace('[B1.1, B1.2.1]', '[B1.1, B1.2.1, B1.4, B1.5.2, B1.6]'));
    assert.equal(codeLenses(doc, parse(doc), options())[0].command!.title, 'Bloc 1 : 6/6 compétences ✓');
    assert.equal(codeLenses(doc, parse(doc), options('en'))[0].command!.title, 'Bloc 1: 6/6 competences ✓');
    assert.equal(codeLenses(docOf(SISR), parse(docOf(SISR)), options('en'))[0].command!.title, 'Bloc 1: 3/6 competences — missing B1.4, B1.5, B1.6');
  });

  it('MC SNO: one lens per bloc, since the dossier numérique covers them all', () => {
    const doc = docOf('referentiel: mc-sno\nrealisations:\n  - id: a\n    competences: [C1.1, C2.1, C2.2, C2.3, C3.1]\n');
    assert.deepEqual(codeLenses(doc, parse(doc), options()).map((l) => l.command!.title), [
      'Bloc 1 : 1/3 compétences — manque C1.2, C1.3',
      'Bloc 2 : 3/3 compétences ✓',
      'Bloc 3 : 1/3 compétences — manque C3.2, C3.3'
    ]);
  });

  it('no lens without a `realisations:` key', () => {
    const doc = docOf('candidat:\n  nom: A\n');
    assert.deepEqual(codeLenses(doc, parse(doc), options()), []);
  });
});
