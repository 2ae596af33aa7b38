/**
 * Every YAML construction a dossier may contain by accident or malice: deep nesting, very long
 * lines, anchors and aliases, tags, several documents, flow collections, CRLF, BOM, tabs,
 * unicode. The service must answer (a diagnostic is fine, an exception or a freeze is not).
 */
import fc from 'fast-check';
import { MAX_DOSSIER_BYTES } from '../../../server/src/core/parse';
import { SISR } from '../../support/dossier';
import { NIGHTLY, checkAt, checkDocumentFeatures, checkService, runs, seedFor } from './harness';

const withRealisations = (extra: string) => SISR.replace(/^realisations:/m, `${extra}\nrealisations:`);

function full(text: string) {
  const r = checkService(text);
  checkDocumentFeatures(r);
  for (const at of [0, Math.floor(text.length / 2), text.length]) checkAt(r, at);
  return r;
}

describe('YAML constructions in a dossier', function () {
  // Nightly mode (FUZZ_RUNS) runs for minutes: no per-test timeout there.
  this.timeout(NIGHTLY ? 0 : 60_000);
  it('1000 levels of flow brackets, block sequences and nested maps are answered', () => {
    const cases = [
      '['.repeat(1000),
      '['.repeat(1000) + ']'.repeat(1000),
      '{a: '.repeat(1000) + '1' + '}'.repeat(1000),
      Array.from({ length: 1000 }, (_, i) => ' '.repeat(i * 2) + '- ').join('\n'),
      '- '.repeat(1000) + 'x',
      Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + `k${i}:`).join('\n'),
      SISR.replace('competences: [B1.1, B1.2, B1.3]', `competences: ${'['.repeat(1000)}B1.1${']'.repeat(1000)}`)
    ];
    for (const c of cases) full(c);
  });

  it('a line just under the size limit and one over it are answered; the one over it is refused as too large', () => {
    const under = SISR.replace('Déploiement de GLPI', 'x'.repeat(MAX_DOSSIER_BYTES - SISR.length - 10));
    const r1 = full(under);
    if (r1.parsed.refused) throw new Error('a dossier under the limit was refused');
    const over = SISR.replace('Déploiement de GLPI', 'x'.repeat(1_048_576));
    const r2 = full(over);
    if (!r2.parsed.findings.some((f) => f.code === 'file-too-large')) throw new Error('a 1 MB line was not refused as file-too-large');
    full('# ' + 'é'.repeat(MAX_DOSSIER_BYTES - 10));
    full('a: "' + '\\u00e9'.repeat(150_000) + '"');
  });

  it('a 200 000-character run (spaces, letters, dots, slashes, dashes…) in each field: every call within budget (no quadratic regex)', () => {
    // Quadratic backtracking shows up here: 200 000 spaces cost ~12 s of CPU in a regex like
    // /(.*?)\s*$/ (fixed in cursorContext.ts and codeActions.ts), far over the 2 s budget.
    const L = NIGHTLY ? 400_000 : 200_000;
    const runs = ['a', 'B1.', '1', ' ', '\t', '/', 'du 01/01/2025 au ', ':', 'é', 'http://', '-', '.', '0/', '# ', '- ', '[', '"'];
    const fields: [string, string][] = [
      ['competences: [B1.1, B1.2, B1.3]', 'competences: [X, B1.2]'],
      ['periode: du 09/12/2024 au 20/12/2024', 'periode: X'],
      ['portfolio: https://lea.github.io/portfolio', 'portfolio: X'],
      ['id: glpi', 'id: X'],
      ['numero: "02345678901"', 'numero: "X"'],
      ['cadre: formation', 'cadre: X'],
      ['session: 2026', 'session: X'],
      ['intitule: Déploiement de GLPI', 'intitule: X']
    ];
    for (const [from, to] of fields) {
      for (const r of runs) {
        const v = r.repeat(Math.ceil(L / r.length)).slice(0, L);
        // Quoted when plain YAML would not keep it one scalar (inside quotes already: escaped only).
        const quoted = to.includes('"X"') ? JSON.stringify(v).slice(1, -1) : /[:"#\[\t]|^[ -]/.test(v) ? JSON.stringify(v) : v;
        const text = SISR.replace(from, to.replace('X', quoted));
        const res = checkService(text);
        checkDocumentFeatures(res);
        const at = text.indexOf(v.slice(0, 5));
        for (const off of [at, at + 3, at + Math.floor(L / 2), at + L]) checkAt(res, Math.max(0, Math.min(text.length, off)));
      }
    }
  });

  it('anchors, aliases, merge keys and self references are answered', () => {
    const cases = [
      withRealisations('x: &a [B1.1, B1.2]\ny: *a'),
      SISR.replace('competences: [B1.1, B1.2, B1.3]', 'competences: &c [B1.1, B1.2, B1.3]').replace('competences: [B1.4, B1.5, B1.6]', 'competences: *c'),
      SISR.replace('  - id: projet', '  - &r\n    id: projet').replace(/\n$/, '\n  - *r\n'),
      SISR.replace('  - id: projet', '  - <<: {cadre: formation}\n    id: projet'),
      'a: &a [*a]\n',
      'a: *unknown\n' + SISR,
      '&a a: *a\n',
      SISR.replace('candidat:', 'candidat: &cand').replace(/\n$/, '\nautre: *cand\n')
    ];
    for (const c of cases) full(c);
  });

  it('tags (!!binary, !!str, !!int, !custom, verbatim) on keys and values are answered', () => {
    const cases = [
      withRealisations('photo: !!binary R0lGODlhDAAMAIQAAP//9/X17unp5WZmZgAAAOfn515eXvPz7Y6OjuDg4J+fn5'),
      SISR.replace('intitule: Déploiement de GLPI', 'intitule: !!binary AAAA'),
      SISR.replace('session: 2026', 'session: !!str 2026'),
      SISR.replace('numero: 1', 'numero: !!int "1"'),
      SISR.replace('competences: [B1.1, B1.2, B1.3]', 'competences: !custom [B1.1, !!null B1.2, !<tag:x> B1.3]'),
      SISR.replace('candidat:', '!!map candidat:'),
      '%YAML 1.2\n%TAG ! tag:example.com,2026:\n---\n' + SISR,
      '!!seq\n- a\n',
      SISR.replace('periode: du 09/12/2024 au 20/12/2024', 'periode: !!timestamp 2024-12-09')
    ];
    for (const c of cases) full(c);
  });

  it('several documents, directives and document markers are answered', () => {
    for (const c of [SISR + '---\n' + SISR, '---\n' + SISR + '...\n', '---\n---\n---\n', '...\n' + SISR, SISR + '\n---\n- a\n---\n"x"\n', '%FOO bar\n---\n' + SISR]) full(c);
  });

  it('flow collections for the whole dossier are answered', () => {
    const flow = JSON.stringify({
      referentiel: 'bts-sio',
      session: 2026,
      candidat: { nom: 'X', prenom: 'Y', option: 'SISR' },
      realisations: [{ id: 'a', intitule: 'A', periode: 'du 09/12/2024 au 20/12/2024', competences: ['B1.1'] }]
    });
    for (const c of [flow, flow.slice(0, -5), `{${flow}: 1}`, `[${flow}, ${flow}]`, '{realisations: [{competences: [B1.1, {a: b}, [c]]}]}']) full(c);
  });

  it('CRLF, lone CR, BOM, tabs and unicode line separators are answered with ranges inside the text', () => {
    const cases = [
      SISR.replace(/\n/g, '\r\n'),
      SISR.replace(/\n/g, '\r'),
      '\uFEFF' + SISR,
      '\uFEFF' + SISR.replace(/\n/g, '\r\n'),
      SISR.replace(/ {4}/g, '\t'),
      SISR.replace(/: /g, ':\t'),
      SISR.replace(/\n/g, '\u2028'),
      SISR.replace(/\n/g, '\u0085'),
      SISR.replace('Déploiement de GLPI', 'Déploiement 😀 de GLPI \u202E inversé \u0301\u200B'),
      SISR.replace('MARTIN', '\uD800\uDC00\uDFFF\uD800'),
      SISR.replace('B1.1', 'B１.１').replace('B1.2', 'В1.2')
    ];
    for (const c of cases) full(c);
  });

  it('random YAML built from these constructions is answered', () => {
    const piece = fc.constantFrom('&a ', '*a', '!!binary ', '!x ', '[', ']', '{', '}', ', ', '- ', '? ', ': ', '|\n', '>-\n', '"', "'", '\r\n', '\n', '\t', '  ', '---\n', '#', 'B1.1', 'realisations', 'competences', 'é', '\uFEFF');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.boolean(), (pieces, prefix) => {
        const body = pieces.join('');
        full(prefix ? withRealisations(body) : body);
      }),
      { seed: seedFor(7), numRuns: runs(300) }
    );
  });
});
