import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDossier } from '../../../server/src/core/parse';
import { checkReview, checkReviewFile, dossierPathFor, parseReview, remarkFindings, reviewPathFor } from '../../../server/src/core/review';

const dir = join(__dirname, '../../fixtures/classe');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const lea = read('lea-martin-sisr.sio.yaml');

function at(source: string, f: { start: number; end: number }): string {
  return source.slice(f.start, f.end);
}

const review = (body: string) => `revue: 1\nrelecteur: M. Dupont\n${body}`;

describe('review file: schema problems land on the exact node', () => {
  it('an unknown key, a level outside the list and a missing message are each underlined', () => {
    const text = review('remarques:\n  - cible: glpi\n    niveau: grave\n    mesage: x\n');
    const f = checkReviewFile(text, lea);
    const byCode = (c: string) => f.filter((x) => x.code === c).map((x) => at(text, x));
    assert.deepEqual(byCode('schema-invalid-value'), ['grave']);
    assert.deepEqual(byCode('schema-unknown-key'), ['mesage']);
    assert.ok(f.some((x) => x.code === 'schema-unknown-key' && x.message.fr.includes('message')), 'did you mean « message »');
    assert.ok(f.some((x) => x.code === 'schema-missing-field' && x.message.fr.includes('« message »')));
  });

  it('a review without `relecteur` is told so on its first key', () => {
    const text = 'revue: 1\nremarques: []\n';
    const f = checkReviewFile(text, lea).filter((x) => x.code === 'schema-missing-field');
    assert.equal(f.length, 1);
    assert.match(f[0].message.fr, /relecteur/);
  });

  it('a valid review of a valid dossier has no diagnostics', () => {
    assert.deepEqual(checkReviewFile(read('lea-martin-sisr.revue.yaml'), lea), []);
  });

  it('a review whose dossier is absent says where to put it, and checks no target', () => {
    const f = checkReviewFile(review('remarques:\n  - cible: nimportequoi\n    message: x\n'), null);
    assert.deepEqual(f.map((x) => x.code), ['review-dossier-missing']);
  });
});

describe('review file: targets must exist in the reviewed dossier', () => {
  it('a réalisation renamed by the student is reported on the cible, with no false guess', () => {
    const text = read('hugo-bernard-slam.revue.yaml');
    const f = checkReviewFile(text, read('hugo-bernard-slam.sio.yaml')).filter((x) => x.code === 'review-target-unknown');
    assert.deepEqual(f.map((x) => at(text, x)), ['supervision', 'B1.7']);
    assert.equal(f[0].severity, 'error');
  });

  it('a typo in a réalisation id, a field or a competence suggests the closest existing one', () => {
    const text = review('remarques:\n  - cible: glpy\n    message: a\n  - cible: glpi.perode\n    message: b\n  - cible: candidat.portfoli\n    message: c\n  - cible: B1.55\n    message: d\n');
    const f = checkReviewFile(text, lea).filter((x) => x.code === 'review-target-unknown');
    const fixes = f.map((x) => (x.data?.kind === 'replace' ? x.data.replacements[0].text : null));
    assert.deepEqual(fixes, ['glpi', 'glpi.periode', 'candidat.portfolio', 'B1.5']);
    assert.match(f[0].message.fr, /Vouliez-vous dire « glpi »/);
  });

  it('a bloc-2 competence of the other option does not exist for this candidate', () => {
    // B2.1.11 exists only in SLAM (11 sub-competences); Léa is SISR.
    const f = checkReviewFile(review('remarques:\n  - cible: B2.1.11\n    message: x\n'), lea);
    assert.deepEqual(f.map((x) => x.code), ['review-target-unknown']);
    assert.match(f[0].message.fr, /option SISR/);
  });

  it('a réalisation id containing a dot is matched whole before being split into id and field', () => {
    const dossier = lea.replace('id: veille', 'id: veille.techno');
    assert.deepEqual(checkReviewFile(review('remarques:\n  - cible: veille.techno\n    message: x\n  - cible: veille.techno.lieu\n    message: y\n'), dossier), []);
  });
});

describe('review file: evaluation matches the épreuves of the dossier’s session', () => {
  it('an épreuve of another session, a competence outside the bloc and an unknown penalty are errors', () => {
    const text = review('evaluation:\n  E4:\n    competences:\n      B1.1: bonne\n  E5:\n    competences:\n      B2.1: bonne\n    penalites: [portfolio-inacessible]\n');
    const f = checkReviewFile(text, lea);
    assert.deepEqual(
      f.map((x) => `${x.code}:${at(text, x)}`),
      ['review-epreuve-unknown:E4', 'review-competence-unknown:B2.1', 'review-penalty-unknown:portfolio-inacessible']
    );
    assert.match(f[0].message.fr, /« E5 », « E6 »/);
    assert.equal(f[2].data?.kind === 'replace' && f[2].data.replacements[0].text, 'portfolio-inaccessible');
  });

  it('session 2024 evaluates bloc 1 under E4 and bloc 2 under E5', () => {
    const text = read('mael-roux-2024.revue.yaml');
    const f = checkReviewFile(text, read('mael-roux-2024.sio.yaml'));
    assert.deepEqual(f.map((x) => `${x.code}:${at(text, x)}`), ['review-epreuve-unknown:E6']);
  });

  it('« jusqu’à 15 points » accepts 15 and refuses 16', () => {
    const mk = (n: number) => review(`evaluation:\n  E6:\n    penalites:\n      - id: environnement-non-conforme\n        points: ${n}\n`);
    assert.deepEqual(checkReviewFile(mk(15), lea), []);
    assert.deepEqual(checkReviewFile(mk(16), lea).map((x) => x.code), ['review-penalty-points']);
  });

  it('a level outside the scale of the grids is a schema error on the value', () => {
    const text = review('evaluation:\n  E5:\n    competences:\n      B1.1: tres-bonne\n');
    const f = checkReviewFile(text, lea);
    assert.deepEqual(f.map((x) => `${x.code}:${at(text, x)}`), ['schema-invalid-value:tres-bonne']);
    assert.match(f[0].message.fr, /« bonne »/);
  });
});

describe('review remarks appear in the dossier', () => {
  const parsed = parseDossier(lea);
  const rev = parseReview(read('lea-martin-sisr.revue.yaml'));
  const f = remarkFindings(parsed, rev);

  it('each open remark lands on its target with the teacher’s level and name, resolved ones do not', () => {
    assert.deepEqual(
      f.map((x) => [x.severity, at(lea, x)]),
      [
        ['information', 'glpi'],
        ['warning', 'du 09/12/2024 au 20/12/2024'],
        ['error', 'https://lea-martin.github.io/portfolio'],
        ['warning', 'B1.5'],
        ['warning', 'B1.5']
      ]
    );
    assert.ok(f.every((x) => x.code === 'review' && x.source === 'revue'));
    assert.equal(f[0].message.fr, 'M. Dupont : Bonne réalisation, ajoutez une capture de l’inventaire.');
    assert.ok(!f.some((x) => x.message.fr.includes('Citez vos sources')), 'the resolved remark is hidden');
  });

  it('a remark on a competence marks every citation of it and of its sub-competences', () => {
    const r = parseReview(review('remarques:\n  - cible: B1.1\n    message: x\n'));
    // B1.1 is cited as B1.1 (glpi) and through B1.1.5 (sauvegardes-mairie); B1.2.1 is not B1.1.
    assert.deepEqual(remarkFindings(parsed, r).map((x) => at(lea, x)), ['B1.1', 'B1.1.5']);
  });

  it('a remark whose target vanished still shows, on `realisations`, naming the lost target', () => {
    const r = parseReview(review('remarques:\n  - cible: ancienne\n    message: À revoir.\n'));
    const [x] = remarkFindings(parsed, r);
    assert.equal(at(lea, x), 'realisations');
    assert.match(x.message.fr, /cible « ancienne » introuvable/);
  });

  it('a remark on a multi-line description marks its key, not the paragraph', () => {
    const r = parseReview(review('remarques:\n  - cible: glpi.description\n    message: x\n'));
    assert.deepEqual(remarkFindings(parsed, r).map((x) => at(lea, x)), ['description']);
  });

  it('checkReview and remarkFindings ignore a review that is not YAML text', () => {
    const bad = parseReview('\u0000\u0001');
    assert.deepEqual(remarkFindings(parsed, bad), []);
    assert.deepEqual(checkReview(bad, parsed).map((x) => x.code), ['file-binary']);
  });
});

describe('review file location', () => {
  it('x.sio.yaml ↔ x.revue.yaml in the same folder, for paths and URIs', () => {
    assert.equal(reviewPathFor('/a/b/lea.sio.yaml'), '/a/b/lea.revue.yaml');
    assert.equal(reviewPathFor('file:///a/l%C3%A9a.sio.yaml'), 'file:///a/l%C3%A9a.revue.yaml');
    assert.equal(dossierPathFor('/a/lea.revue.yaml'), '/a/lea.sio.yaml');
    assert.equal(reviewPathFor('/a/lea.yaml'), null);
    assert.equal(dossierPathFor('/a/lea.sio.yaml'), null);
  });
});
