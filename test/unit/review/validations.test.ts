/**
 * `validations` of a review file: the teaching team retains, refuses (with a motif) or sends back
 * each claimed competence; the review file checks what it decides, the student sees it on the
 * citation, and the coverage counts retained claims once the review decides any.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDossier } from '../../../server/src/core/parse';
import {
  checkReviewFile,
  claimCounts,
  claimsCoverage,
  decisionHover,
  parseReview,
  renameEdits,
  reviewCompletions,
  reviewDecisions,
  reviewHover,
  validationFindings
} from '../../../server/src/core/review';
import { dossierCatalog } from '../../../server/src/core/review/epreuves';

const dir = join(__dirname, '../../fixtures/classe');
const leaText = readFileSync(join(dir, 'lea-martin-sisr.sio.yaml'), 'utf8');
const lea = parseDossier(leaText);
const head = 'revue: 1\nrelecteur: M. Dupont\n';
const slice = (s: string, f: { start: number; end: number }) => s.slice(f.start, f.end);

const REFUS = `${head}validations:
  glpi:
    B1.1: retenue
    B1.5: a-revoir
  site-bts:
    B1.3:
      decision: refusee
      motif: La réalisation ne montre pas de présence en ligne de l'organisation.
    B1.4: retenue
`;

describe('validations: the review file checks what it decides', () => {
  it('a review deciding cited claims of existing réalisations has no diagnostic', () => {
    assert.deepEqual(checkReviewFile(REFUS, leaText), []);
  });

  it('an unknown réalisation id is an error on its key with « vouliez-vous dire » and a quick fix', () => {
    const text = `${head}validations:\n  glpl:\n    B1.1: retenue\n`;
    const f = checkReviewFile(text, leaText).filter((x) => x.code === 'review-validation-unknown');
    assert.equal(f.length, 1);
    assert.equal(slice(text, f[0]), 'glpl');
    assert.equal(f[0].severity, 'error');
    assert.match(f[0].message.fr, /Aucune réalisation « glpl » .* Vouliez-vous dire « glpi » \?/);
    assert.deepEqual(f[0].data?.kind === 'replace' && f[0].data.replacements.map((r) => r.text), ['glpi']);
  });

  it('a competence the réalisation does not cite is an error on that key, suggesting the cited one', () => {
    const text = `${head}validations:\n  site-bts:\n    B1.4: retenue\n    B1.2: retenue\n`;
    const f = checkReviewFile(text, leaText).filter((x) => x.code === 'review-validation-not-cited');
    assert.deepEqual(f.map((x) => slice(text, x)), ['B1.2']);
    assert.match(f[0].message.fr, /ne cite pas la compétence « B1\.2 » \(elle cite : B1\.3, B1\.4\)\. Vouliez-vous dire « B1\.3 » \?/);
  });

  it('a refusal needs a motif, in the short form and in the long form', () => {
    const text = `${head}validations:\n  site-bts:\n    B1.3: refusee\n    B1.4:\n      decision: refusee\n`;
    const f = checkReviewFile(text, leaText).filter((x) => x.code === 'review-motif-missing');
    assert.deepEqual(f.map((x) => slice(text, x)), ['refusee', 'refusee']);
    assert.match(f[0].message.fr, /Refus de B1\.3 sans motif/);
  });

  it('a decision outside retenue | refusee | a-revoir is a schema error on the value', () => {
    const text = `${head}validations:\n  glpi:\n    B1.1: validee\n`;
    const f = checkReviewFile(text, leaText).filter((x) => x.code.startsWith('schema-'));
    assert.ok(f.length >= 1, JSON.stringify(f));
    assert.ok(f.some((x) => slice(text, x) === 'validee'), JSON.stringify(f.map((x) => [x.code, slice(text, x)])));
  });
});

describe('validations: what the student sees in the dossier', () => {
  const findings = validationFindings(lea, parseReview(REFUS));

  it('a refused claim is a warning on that citation, with the reviewer and the motif', () => {
    const f = findings.filter((x) => x.code === 'review-refused');
    assert.equal(f.length, 1);
    assert.equal(slice(leaText, f[0]), 'B1.3');
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].source, 'revue');
    assert.equal(f[0].message.fr, "Compétence B1.3 non retenue par M. Dupont : La réalisation ne montre pas de présence en ligne de l'organisation.");
  });

  it('a claim to review again is an information on its citation', () => {
    const f = findings.filter((x) => x.code === 'review-a-revoir');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'information');
    // glpi cites B1.5: the first citation of B1.5 in the file is glpi's.
    assert.equal(slice(leaText, f[0]), 'B1.5');
    assert.ok(f[0].start < leaText.indexOf('id: site-bts'));
  });

  it('retained claims are silent, and the bloc says which competences are not retained and why', () => {
    const cov = findings.filter((x) => x.code === 'coverage-retained');
    assert.equal(cov.length, 1);
    assert.equal(slice(leaText, cov[0]), 'realisations');
    // B1.1 (glpi) and B1.4 (site-bts) retained; B1.2, B1.5 (also cited by vlan-clinique), B1.6 pending; B1.3 refused.
    assert.equal(cov[0].message.fr, 'Bloc 1 : 2/6 compétences retenues, 1 refusée (B1.3), 3 en attente (B1.2, B1.5, B1.6). Toutes les compétences du bloc doivent être retenues.');
  });

  it('a partial review with nothing refused is an information « en attente », never a warning', () => {
    const partial = parseReview(`${head}validations:\n  glpi: { B1.1: retenue }\n  site-bts: { B1.3: a-revoir }\n`);
    const cov = validationFindings(lea, partial).filter((x) => x.code === 'coverage-retained');
    assert.equal(cov.length, 1);
    assert.equal(cov[0].severity, 'information');
    assert.match(cov[0].message.fr, /^Bloc 1 : 1\/6 compétences retenues, 5 en attente \(B1\.2, B1\.3 à revoir, B1\.4, B1\.5, B1\.6\)\. La relecture n’a pas encore décidé de tout\.$/);
    assert.doesNotMatch(cov[0].message.fr, /refusée|non retenue/);
  });

  it('a review without validations adds nothing, and coverage still counts claims', () => {
    const review = parseReview(`${head}remarques: []\n`);
    assert.deepEqual(validationFindings(lea, review), []);
    const cov = claimsCoverage(dossierCatalog(lea.model), lea.model, reviewDecisions(lea, review));
    assert.equal(cov.retainedOnly, false);
    assert.equal(cov.covered, 6);
  });

  it('hover on a citation tells its decision, and « en attente » for an undecided one', () => {
    const review = parseReview(REFUS);
    assert.match(decisionHover(lea, review, leaText.indexOf('B1.3, B1.4') + 1)!, /B1\.3 refusée par M\. Dupont — La réalisation ne montre pas/);
    assert.match(decisionHover(lea, review, leaText.indexOf('B1.6') + 1)!, /B1\.6 en attente de décision/);
    assert.equal(decisionHover(lea, parseReview(`${head}remarques: []\n`), leaText.indexOf('B1.6') + 1), null);
  });

  it('claims are counted per decision over the evaluated blocs', () => {
    const c = claimCounts(dossierCatalog(lea.model), lea.model, reviewDecisions(lea, parseReview(REFUS))!);
    assert.deepEqual({ retained: c.retained, refused: c.refused, pending: c.pending }, { retained: 2, refused: 1, pending: c.claims - 3 });
    assert.ok(c.claims > 3);
  });

  it('a bloc whose only gaps are competences nobody claims gets no coverage-retained (coverage-bloc says it)', () => {
    const noB16 = parseDossier(leaText.replace('competences: [B1.6]', 'competences: [B1.5]'));
    const review = parseReview(`${head}validations:\n  glpi: { B1.1: retenue, B1.2.1: retenue, B1.5: retenue }\n  site-bts: { B1.3: retenue, B1.4: retenue }\n`);
    assert.deepEqual(validationFindings(noB16, review).filter((f) => f.code === 'coverage-retained'), []);
  });

  it('every bloc-1 competence retained: no coverage warning', () => {
    const all = `${head}validations:\n  glpi: { B1.1: retenue, B1.2.1: retenue, B1.5: retenue }\n  site-bts: { B1.3: retenue, B1.4: retenue }\n  veille: { B1.6: retenue }\n`;
    assert.deepEqual(checkReviewFile(all, leaText), []);
    assert.deepEqual(validationFindings(lea, parseReview(all)), []);
  });
});

describe('validations: editing the review file', () => {
  function complete(src: string): string[] {
    const at = src.indexOf('|');
    const text = src.slice(0, at) + src.slice(at + 1);
    return reviewCompletions(parseReview(text), lea, at).map((c) => c.label);
  }

  it('offers the réalisation ids, then the competences that réalisation cites, then the decisions', () => {
    assert.deepEqual(complete(`${head}validations:\n  |`).slice(0, 3), ['glpi', 'site-bts', 'veille']);
    assert.deepEqual(complete(`${head}validations:\n  glpi:\n    B1.1: retenue\n    |`), ['B1.2.1', 'B1.5']);
    assert.deepEqual(complete(`${head}validations:\n  glpi:\n    B1.1: |`), ['retenue', 'refusee', 'a-revoir']);
    assert.deepEqual(complete(`${head}validations:\n  glpi:\n    B1.1:\n      |`), ['decision', 'motif']);
    assert.deepEqual(complete(`${head}validations:\n  glpi:\n    B1.1:\n      decision: |`), ['retenue', 'refusee', 'a-revoir']);
  });

  it('an id goes on to a new, indented line; a competence opens the decisions; nothing is offered twice', () => {
    const at = (src: string) => {
      const i = src.indexOf('|');
      return reviewCompletions(parseReview(src.slice(0, i) + src.slice(i + 1)), lea, i);
    };
    const glpi = at(`${head}validations:\n  |`).find((c) => c.label === 'glpi')!;
    assert.equal(glpi.insert, 'glpi:\n    ');
    assert.ok(glpi.triggerSuggest, 'the competences it cites open at once');
    const b11 = at(`${head}validations:\n  glpi:\n    |`).find((c) => c.label === 'B1.1')!;
    assert.equal(b11.insert, 'B1.1: ');
    assert.ok(b11.triggerSuggest, 'the decisions open at once');
    // A réalisation already decided is not offered again, nor a key already written.
    assert.ok(!at(`${head}validations:\n  glpi:\n    B1.1: retenue\n  |`).some((c) => c.label === 'glpi'));
    assert.deepEqual(at(`${head}validations:\n  glpi:\n    B1.1:\n      decision: refusee\n      |`).map((c) => c.label), ['motif']);
    assert.match(at(`${head}validations:\n  glpi:\n    B1.1:\n      decision: refusee\n      |`)[0].insert!, /^motif: >-\n {8}$/);
  });

  it('hover on a validated competence shows its title and the réalisation claiming it', () => {
    const h = reviewHover(parseReview(REFUS), lea, REFUS.indexOf('B1.3') + 1)!;
    assert.equal(slice(REFUS, h), 'B1.3');
    assert.match(h.markdown, /Revendiquée par : \*\*/);
  });

  it('renaming a réalisation id updates its key under validations as well as the cibles', () => {
    const text = `${head}remarques:\n  - cible: site-bts\n    message: x\n${REFUS.slice(head.length)}`;
    const edits = renameEdits(parseReview(text), 'site-bts', 'site-web');
    assert.equal(edits.length, 2);
    let out = text;
    for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    assert.ok(out.includes('  - cible: site-web\n') && out.includes('\n  site-web:\n    B1.3:'), out);
    assert.ok(!out.includes('site-bts'));
  });
});
