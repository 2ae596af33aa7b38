/**
 * Every diagnostic code of the dossier, with the exact range a student sees underlined.
 * `⟦…⟧` marks the expected range in the source.
 */
import { strict as assert } from 'node:assert';
import { codes, findings, marked, SISR } from '../../support/dossier';
import type { Finding } from '../../../server/src/core/finding';
import { createLanguageService } from '../../../server/src/core/service';

function expectAt(src: string, code: string, settings = {}): Finding[] {
  const { text, ranges } = marked(src);
  const found = findings(text, settings).filter((f) => f.code === code);
  assert.deepEqual(
    found.map((f) => [f.start, f.end]),
    ranges,
    `${code}: expected ${JSON.stringify(ranges.map(([s, e]) => text.slice(s, e)))}, got ${JSON.stringify(found.map((f) => text.slice(f.start, f.end)))}`
  );
  for (const f of found) {
    assert.ok(f.message.fr.length > 10, 'French message');
    assert.ok(f.message.en.length > 10, 'English message');
    assert.notEqual(f.message.fr, f.message.en);
  }
  return found;
}

describe('dossier diagnostics', () => {
  it('a complete dossier has no diagnostic at all', () => {
    assert.deepEqual(findings(SISR), []);
  });

  describe('YAML and schema', () => {
    it('explains an unquoted " : " in a title', () => {
      const src = SISR.replace('intitule: Déploiement de GLPI', 'intitule: ⟦Déploiement : GLPI⟧');
      const [f] = expectAt(src, 'yaml-syntax');
      assert.match(f.message.fr, /guillemets/);
    });

    it('explains a tab used for indentation', () => {
      const src = SISR.replace('  nom: MARTIN', '⟦\t⟧nom: MARTIN');
      const found = findings(marked(src).text).filter((f) => f.code === 'yaml-syntax');
      assert.ok(found.some((f) => /tabulation/.test(f.message.fr)));
      assert.ok(found.some((f) => f.start === marked(src).ranges[0][0]));
    });

    it('rejects a dossier without candidat, on the first key', () => {
      const src = SISR.replace(/candidat:\n(  .*\n)+/, '').replace('referentiel', '⟦referentiel⟧');
      const [f] = expectAt(src, 'schema-missing-field');
      assert.match(f.message.fr, /candidat/);
    });

    it('rejects option: SIRS on its value, suggesting SISR', () => {
      const [f] = expectAt(SISR.replace('option: SISR', 'option: ⟦SIRS⟧'), 'schema-invalid-value');
      assert.match(f.message.fr, /Vouliez-vous dire « SISR »/);
      assert.equal(f.data?.kind, 'replace');
    });

    it('underlines an unknown key and suggests the near miss', () => {
      const [f] = expectAt(SISR.replace('    intitule: Supervision', '    ⟦intitulé⟧: Supervision'), 'schema-unknown-key');
      assert.match(f.message.fr, /« intitule »/);
    });

    it('asks for quotes when a text field was read as a number', () => {
      const [f] = expectAt(SISR.replace('numero: "02345678901"', 'numero: ⟦02345678901⟧'), 'schema-type');
      assert.match(f.message.fr, /guillemets/);
    });

    it('reports a missing field of a réalisation on its first key', () => {
      const src = SISR.replace('    intitule: Projet de site web\n', '').replace('  - id: projet', '  - ⟦id⟧: projet');
      const [f] = expectAt(src, 'schema-missing-field');
      assert.match(f.message.fr, /intitule/);
    });

    it('warns about text lost after " #" in a title', () => {
      const [f] = expectAt(SISR.replace('intitule: Segmentation en VLAN', 'intitule: ⟦Segmentation en VLAN #2⟧'), 'yaml-comment');
      assert.equal(f.data?.kind === 'replace' && f.data.replacements[0].text, '"Segmentation en VLAN #2"');
    });

    it('refuses an alias bomb quickly with a clear message', () => {
      const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + Array.from({ length: 9 }, (_, i) => `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [${Array(9).fill(i === 0 ? '*a' : `*${'bcdefghij'[i - 1]}`).join(',')}]`).join('\n') + '\n';
      const t0 = Date.now();
      const f = findings(bomb);
      assert.ok(Date.now() - t0 < 2000);
      assert.ok(f.some((x) => x.code === 'yaml-syntax' && /alias/.test(x.message.fr)));
    });

    it('refuses a 10 MB file without analysing it', () => {
      const huge = SISR + '# ' + 'x'.repeat(10_000_000) + '\n';
      const f = findings(huge);
      assert.deepEqual(f.map((x) => x.code), ['file-too-large']);
    });

    it('reports binary content instead of analysing it', () => {
      assert.deepEqual(codes('referentiel: bts-sio\n\u0000\u0001\u0002'), ['file-binary']);
      assert.deepEqual(codes('nom: caf\uFFFD\n'), ['file-binary']);
    });

    it('warns that a second YAML document is ignored', () => {
      expectAt(SISR + '⟦---⟧\nautre: 1\n', 'yaml-syntax');
    });
  });

  describe('competences', () => {
    it('suggests the closest ids for an unknown one', () => {
      const [f] = expectAt(SISR.replace('[B1.4, B1.5, B1.6]', '[B1.4, B1.5, ⟦B1.7⟧, B1.6]'), 'competence-unknown');
      assert.ok(f.data?.kind === 'replace' && f.data.replacements.length > 0);
    });

    it('recognises a sub-competence written as its title and offers its id', () => {
      const [f] = expectAt(SISR.replace('[B1.4, B1.5, B1.6]', '[B1.4, B1.5, B1.6, ⟦Gérer des sauvegardes⟧]'), 'competence-unknown');
      assert.equal(f.data?.kind === 'replace' && f.data.replacements[0].text, 'B1.1.5');
    });

    it('needs the option for a bloc-2 id', () => {
      const src = SISR.replace('  option: SISR\n', '').replace('[B2.1, B2.2]', '[⟦B2.1⟧, ⟦B2.2⟧]').replace('[B2.3]', '[⟦B2.3⟧]');
      expectAt(src, 'competence-needs-option');
    });

    it('flags the same id twice, and a competence with its own sub-competence as a hint', () => {
      const src = SISR.replace('[B1.1, B1.2, B1.3]', '[B1.1, B1.2, B1.3, ⟦B1.2⟧, ⟦B1.1.2⟧]');
      const found = expectAt(src, 'competence-duplicate');
      assert.deepEqual(found.map((f) => f.severity), ['warning', 'hint']);
    });

    it('flags a réalisation without competences on its key', () => {
      expectAt(SISR.replace('    competences: [B2.3]', '    ⟦competences⟧: []'), 'competence-none');
    });
  });

  describe('coverage and fiches', () => {
    it('reports each bloc-1 competence no réalisation mobilises, on realisations:', () => {
      const src = SISR.replace('[B1.4, B1.5, B1.6]', '[B1.4]').replace('realisations:', '⟦realisations⟧:');
      const { text } = marked(src);
      const found = findings(text).filter((f) => f.code === 'coverage-bloc');
      assert.deepEqual(
        found.map((f) => f.message.fr.match(/B1\.\d/)![0]),
        ['B1.5', 'B1.6']
      );
      for (const f of found) assert.equal(text.slice(f.start, f.end), 'realisations');
    });

    it('reports sub-competences never reached, at the configured level, or not at all', () => {
      const src = SISR.replace('[B1.1, B1.2, B1.3]', '[B1.1.1, B1.2, B1.3]');
      const found = findings(src).filter((f) => f.code === 'coverage-sub');
      assert.equal(found.length, 5);
      assert.ok(found.every((f) => f.severity === 'information'));
      assert.equal(findings(src, { coverageSub: 'off' }).filter((f) => f.code === 'coverage-sub').length, 0);
    });

    it('an uncovered competence gets its coverage-bloc error and no sub-competence items', () => {
      const src = SISR.replace('[B1.1, B1.2, B1.3]', '[B1.1.1, B1.2]');
      const found = findings(src);
      assert.deepEqual(found.filter((f) => f.code === 'coverage-bloc').map((f) => f.message.fr.match(/B1\.\d/)![0]), ['B1.3']);
      assert.deepEqual(found.filter((f) => f.code === 'coverage-sub' && /B1\.3\./.test(f.message.fr)), []);
      // …while the sub-competences of a covered competence are still listed.
      assert.ok(found.some((f) => f.code === 'coverage-sub' && /B1\.1\.2/.test(f.message.fr)));
    });

    it('needs exactly two fiches', () => {
      const src = SISR.replace('    fiche:\n      numero: 2\n', '');
      const [f] = expectAt(src.replace('realisations:', '⟦realisations⟧:'), 'fiche-count');
      assert.match(f.message.fr, /^Une seule réalisation porte une « fiche » : l’épreuve du bloc 2 en demande exactement deux/);
    });

    it('flags every fiche key when there are three', () => {
      const src = SISR.replace('    competences: [B1.4, B1.5, B1.6]\n', '    competences: [B1.4, B1.5, B1.6]\n    ⟦fiche⟧:\n      numero: 1\n').replace(/    fiche:\n      numero: (\d)/g, '    ⟦fiche⟧:\n      numero: $1');
      const [f] = expectAt(src, 'fiche-count');
      assert.equal(f.severity, 'error');
    });

    it('flags two fiches with the same number, on the second number', () => {
      expectAt(SISR.replace('numero: 2', 'numero: ⟦1⟧'), 'fiche-numero');
    });

    it('reports a bloc-2 competence the two fiches miss', () => {
      const src = SISR.replace('competences: [B2.3]', 'competences: [B1.1]').replace('competences: [B2.1, B2.2]\n    fiche:', 'competences: [B2.1, B2.2]\n    ⟦fiche⟧:');
      const [f] = expectAt(src, 'fiche-coverage');
      assert.match(f.message.fr, /B2\.3/);
    });
  });

  describe('identity and links', () => {
    it('flags a duplicate réalisation id on the second one', () => {
      expectAt(SISR.replace('id: zabbix', 'id: ⟦vlan⟧'), 'realisation-duplicate-id');
    });

    it('warns when the portfolio is missing, citing the 10-point penalty', () => {
      const [f] = expectAt(SISR.replace('  portfolio: https://lea.github.io/portfolio\n', '').replace('candidat:', '⟦candidat⟧:'), 'portfolio-missing');
      assert.match(f.message.fr, /10 points/);
    });

    it('rejects a portfolio that is not an http(s) URL', () => {
      expectAt(SISR.replace('portfolio: https://lea.github.io/portfolio', 'portfolio: ⟦javascript:alert(1)⟧'), 'url-invalid');
    });

    it('flags a malformed document link but not plain document titles', () => {
      const src = SISR.replace('    competences: [B2.3]\n', '    competences: [B2.3]\n    documents:\n      - Procédure (PDF)\n      - ⟦htp://exemple⟧\n');
      expectAt(src, 'url-invalid');
    });
  });

  describe('dates in the dossier', () => {
    it('places a period format error on the value and offers the canonical rewrite', () => {
      const [f] = expectAt(SISR.replace('periode: du 13/01/2025 au 31/01/2025', 'periode: ⟦13/01/2025 - 31/01/2025⟧'), 'date-format');
      assert.equal(f.data?.kind === 'replace' && f.data.replacements[0].text, 'du 13/01/2025 au 31/01/2025');
    });

    it('keeps ranges right inside a quoted period', () => {
      expectAt(SISR.replace('periode: du 13/01/2025 au 31/01/2025', 'periode: "du ⟦31/02/2025⟧ au 28/03/2025"'), 'date-invalid');
    });

    it('flags an inverted period', () => {
      const found = findings(SISR.replace('du 13/01/2025 au 31/01/2025', 'du 31/01/2025 au 13/01/2025'));
      assert.ok(found.some((f) => f.code === 'date-order'));
    });

    it('flags a period after today (injected clock)', () => {
      assert.ok(codes(SISR.replace('du 26/01/2026 au 13/02/2026', 'du 26/01/2027 au 13/02/2027')).includes('date-future'));
    });

    it('a server left running past the end of a period stops flagging it the next day, and a new session changes the session checks', () => {
      // The period checks are kept by text between keystrokes (rules/dates.ts): never across days or sessions.
      const src = SISR.replace('du 26/01/2026 au 13/02/2026', 'du 26/01/2026 au 16/03/2026');
      let now = new Date(2026, 2, 15, 23, 59);
      const s = createLanguageService({ now: () => now });
      const on = (t: string) => s.findings(s.parse(t)).map((f) => f.code);
      assert.ok(on(src).includes('date-future'), 'the day before its end, the period is not finished');
      now = new Date(2026, 2, 17, 0, 1);
      assert.ok(!on(src).includes('date-future'), 'after its end, it is');
      const later = src.replace('session: 2026', 'session: 2028');
      assert.ok(on(later).includes('date-session'), `the same periods fall outside session 2028's two years: ${on(later).join(', ')}`);
      assert.ok(!on(src).includes('date-session'), 'and inside session 2026’s');
    });

    it('warns about a stage-1 réalisation dated in the second year', () => {
      const [f] = expectAt(SISR.replace('cadre: formation\n    periode: du 13/01/2025', 'cadre: ⟦stage-2⟧\n    periode: du 13/01/2025'), 'cadre-periode');
      assert.equal(f.data?.kind === 'replace' && f.data.replacements[0].text, 'stage-1');
    });

    it('checks declared stages against the référentiel durations', () => {
      const src = SISR.replace('realisations:', 'stages:\n  - organisation: Mairie\n    periode: du 02/06/2025 au 13/06/2025\n    annee: 1\nrealisations:');
      assert.ok(codes(src).includes('stage-duration'));
    });

    it('reports an empty period on its key', () => {
      expectAt(SISR.replace('    periode: du 13/01/2025 au 31/01/2025', '    ⟦periode⟧:'), 'date-format');
    });
  });
});

describe('loosely typed competence ids', () => {
  it('offers the exact id for a lowercase one, as a single fix', () => {
    const [f] = findings(SISR.replace('[B1.4, B1.5, B1.6]', '[B1.4, B1.5, b1.6]')).filter((x) => x.code === 'competence-unknown');
    assert.ok(f.data?.kind === 'replace');
    assert.deepEqual(f.data.kind === 'replace' && f.data.replacements.map((r) => r.text), ['B1.6']);
    // The message quotes what was typed, which the student looks for, then the right spelling.
    assert.equal(f.message.fr, 'Identifiant mal écrit : « b1.6 » s’écrit « B1.6 » (majuscules).');
  });

  it('reports a bare number once, as an unknown competence with a suggestion, not as a type error', () => {
    const found = findings(SISR.replace('[B1.4, B1.5, B1.6]', '[B1.4, B1.5, B1.6, 1.2]'));
    assert.deepEqual(found.map((x) => x.code), ['competence-unknown']);
    assert.ok(found[0].data?.kind === 'replace' && found[0].data.replacements.some((r) => r.text === 'B1.2'));
  });
});

describe('empty files', () => {
  it('an empty dossier, or one with comments only, is an error on its first line', () => {
    assert.deepEqual(codes(''), ['schema-type']);
    const f = findings('# à compléter\n');
    assert.deepEqual(f.map((x) => [x.code, x.start, x.end]), [['schema-type', 0, 13]]);
  });
});
