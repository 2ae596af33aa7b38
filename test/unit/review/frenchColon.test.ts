/**
 * Issue 24, point 1: a teacher writes remarks in French, with a space before every « : ». An
 * unquoted one breaks the YAML; the review file then says so about the key at hand, offers the
 * dossier's « Mettre la valeur entre guillemets » and « Corriger tout », and the snippets write
 * `message: >-` so that it never happens in the first place.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind } from 'vscode-languageserver-types';
import { parseDossier } from '../../../server/src/core/parse';
import { parseReview, reviewCompletions } from '../../../server/src/core/review';
import { createReviewService } from '../../../server/src/core/review/service';

const dir = join(__dirname, '../../fixtures/classe');
const lea = parseDossier(readFileSync(join(dir, 'lea-martin-sisr.sio.yaml'), 'utf8'));
const service = createReviewService(() => 'fr');

// As a teacher types it: French typography, no quotes.
const TEXT = `revue: 1
relecteur: M. Dupont
date: 2026-11-20
remarques:
  - cible: glpi.periode
    niveau: erreur
    message: La fin n'est pas datée : « auj. » ne dit rien au jury
  - cible: veille
    niveau: avertissement
    message: Sources à citer : au moins deux
`;

function open(text: string) {
  const doc = TextDocument.create('file:///classe/lea-martin-sisr.revue.yaml', 'sio-revue', 1, text);
  const review = parseReview(text);
  return { doc, review, diagnostics: service.diagnostics(doc, review, lea) };
}

describe('review files accept French typography (issue 24)', () => {
  it('the syntax error speaks of the key at hand and shows its own value quoted, on one line', () => {
    const { diagnostics } = open(TEXT);
    const syntax = diagnostics.filter((d) => d.code === 'yaml-syntax');
    assert.ok(syntax.length >= 1, JSON.stringify(diagnostics));
    assert.match(String(syntax[0].message), /message: "La fin n'est pas datée : « auj\. » ne dit rien au jury"/);
    assert.doesNotMatch(String(syntax[0].message), /intitule/);
    for (const d of diagnostics) assert.doesNotMatch(String(d.message), /\n"/, `a quoted value closes on its own line: ${d.message}`);
  });

  it('Ctrl+. offers « Mettre la valeur entre guillemets », and the result is a valid review', () => {
    const { doc, review, diagnostics } = open(TEXT);
    const d = diagnostics.find((x) => x.code === 'yaml-syntax')!;
    const actions = service.codeActions(doc, review, [d], undefined, lea);
    const quote = actions.find((a) => a.title === 'Mettre la valeur entre guillemets');
    assert.ok(quote, actions.map((a) => a.title).join(', '));
    const fixed = TextDocument.applyEdits(doc, quote.edit!.changes![doc.uri]);
    assert.ok(fixed.includes(`    message: "La fin n'est pas datée : « auj. » ne dit rien au jury"\n`), fixed);
  });

  it('« Corriger tout » quotes every broken remark at once and leaves no syntax error', () => {
    const { doc, review, diagnostics } = open(TEXT);
    const source = service.codeActions(doc, review, diagnostics, [CodeActionKind.SourceFixAll], lea);
    const all = source.find((a) => a.kind === CodeActionKind.SourceFixAll);
    assert.ok(all, 'a source.fixAll action');
    assert.match(all.title, /^Corriger tout \(\d+ problèmes?\)$/);
    const fixed = TextDocument.applyEdits(doc, all.edit!.changes![doc.uri]);
    assert.ok(fixed.includes('    message: "Sources à citer : au moins deux"'), fixed);
    const after = open(fixed);
    assert.deepEqual(after.diagnostics.filter((x) => x.code === 'yaml-syntax' || x.code === 'schema-type'), []);
    assert.equal(after.review.model.remarques[0].message?.value, "La fin n'est pas datée : « auj. » ne dit rien au jury");
  });

  it('« Nouvelle remarque » writes the message as a folded block, where « : » is plain text', () => {
    const text = 'revue: 1\nrelecteur: M. Dupont\nremarques:\n  ';
    const item = reviewCompletions(parseReview(text), lea, text.length).find((c) => c.label === 'Nouvelle remarque')!;
    assert.match(item.insert!, /message: >-\n {6}\$\{3\}$/);
    // Filled in as VS Code would, with a French colon: the review parses without error.
    const filled = text + item.insert!.replace('${1}', 'glpi').replace(/\$\{2\|[^}]*\}/, 'erreur').replace('${3}', 'Période : à préciser');
    const { review, diagnostics } = open(filled);
    assert.deepEqual(diagnostics.filter((d) => d.severity === 1), []);
    assert.equal(review.model.remarques[0].message?.value, 'Période : à préciser');
  });
});
