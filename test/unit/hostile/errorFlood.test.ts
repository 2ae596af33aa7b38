/**
 * A garbage line can hold a YAML error every two characters. Reporting each one sent 450 000
 * diagnostics (a 100 MB message, 1.5 GB of server memory) per keystroke for a 900 kB file; the
 * first MAX_SYNTAX_FINDINGS are reported, then one summary with the count of the others.
 */
import { strict as assert } from 'node:assert';
import { MAX_SYNTAX_FINDINGS } from '../../../server/src/core/parse';
import { createLanguageService } from '../../../server/src/core/service';
import { NOW } from '../../support/dossier';

const service = createLanguageService({ now: () => NOW });

describe('a file full of YAML syntax errors', () => {
  it('reports the first ones one by one, then one bilingual summary counting the rest', () => {
    const text = 'candidat:\n  numero: ""' + '- '.repeat(5000) + '"\n';
    const syntax = service.parse(text).findings.filter((f) => f.code === 'yaml-syntax');
    assert.equal(syntax.length, MAX_SYNTAX_FINDINGS + 1);
    const summary = syntax[syntax.length - 1];
    const m = /^… et (\d+) autres erreurs de syntaxe YAML/.exec(summary.message.fr);
    assert.ok(m, summary.message.fr);
    assert.ok(Number(m[1]) > 4000, `only ${m[1]} more`);
    assert.match(summary.message.en, new RegExp(`^… and ${m[1]} more YAML syntax errors`));
    assert.ok(summary.start >= 0 && summary.end <= text.length && summary.start < summary.end);
    // Summary placed after the errors shown.
    assert.ok(summary.start >= syntax[MAX_SYNTAX_FINDINGS - 1].start);
  });

  it('a file with a few errors still gets each of them and no summary', () => {
    const text = 'candidat:\n  nom: [a\n  prenom: "b\n';
    const syntax = service.parse(text).findings.filter((f) => f.code === 'yaml-syntax');
    assert.ok(syntax.length > 0 && syntax.length < MAX_SYNTAX_FINDINGS);
    assert.ok(!syntax.some((f) => /autres erreurs de syntaxe/.test(f.message.fr)));
  });
});
