/**
 * One composer for a dossier's findings (core/findings.ts): what the student sees in Problems,
 * what `sio-dossier verifier` prints, what the class view counts and what the deposit checklist
 * weighs come from the same call, so they cannot disagree.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dossierFindings } from '../../../server/src/core/findings';
import { parseReview } from '../../../server/src/core/review';
import { createLanguageService } from '../../../server/src/core/service';
import { checkFile } from '../../../server/src/cli/check';
import { classOverview } from '../../../server/src/products/class/overview';

const NOW = new Date(2026, 2, 1, 12, 0, 0);
const FIXTURES = join(__dirname, '../../fixtures/classe');
// Léa's dossier with a period written the way students often do (« 12/10/2025 - 15/10/2025 »).
const lea = readFileSync(join(FIXTURES, 'lea-martin-sisr.sio.yaml'), 'utf8');
// Her teacher's review: a remark written with a French colon, and a refused claim.
const REVUE = [
  'revue: 1',
  'relecteur: M. Dupont',
  'remarques:',
  '  - cible: site-bts',
  '    niveau: erreur',
  '    message: "Le lien ne marche pas : à corriger."',
  'validations:',
  '  site-bts:',
  '    B1.3: { decision: refusee, motif: Pas de présence en ligne. }',
  ''
].join('\n');

describe('a dossier’s findings, put together in one place', () => {
  const service = createLanguageService({ now: () => NOW });
  const parsed = service.parse(lea);
  const review = parseReview(REVUE);
  const found = dossierFindings(parsed, review, { service });

  it('keeps the dossier’s own findings apart from what the review adds, and shows both', () => {
    assert.deepEqual(found.own.map((f) => f.code), service.findings(parsed).map((f) => f.code));
    assert.ok(found.review.length >= 2, found.review.map((f) => f.code).join(', '));
    assert.ok(found.review.every((f) => f.source === 'revue'), 'a review finding says it comes from the review');
    assert.ok(found.review.some((f) => /Le lien ne marche pas/.test(f.message.fr)), 'the teacher’s remark is there, word for word');
    assert.ok(found.review.some((f) => /B1\.3/.test(f.message.fr)), 'the refused claim is there');
    assert.deepEqual(found.all, [...found.own, ...found.review]);
  });

  it('adds nothing without a review', () => {
    const alone = dossierFindings(parsed, null, { service });
    assert.deepEqual(alone.review, []);
    assert.deepEqual(alone.all, alone.own);
  });

  it('`verifier` prints exactly these findings for the dossier beside its review', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sio-findings-'));
    try {
      writeFileSync(join(dir, 'lea.sio.yaml'), lea);
      writeFileSync(join(dir, 'lea.revue.yaml'), REVUE);
      const r = checkFile(service, join(dir, 'lea.sio.yaml'));
      const fromCli = r.diagnostics.map((d) => d.code).sort();
      const composed = dossierFindings(parsed, review, { service, uri: join(dir, 'lea.sio.yaml') }).all.map((f) => f.code).sort();
      assert.deepEqual(fromCli, composed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the class view counts the same errors and warnings as the dossier’s own findings', () => {
    const row = classOverview([{ file: 'lea.sio.yaml', text: lea, review: REVUE }], { service }).rows[0];
    assert.equal(row.errors, found.own.filter((f) => f.severity === 'error').length);
    assert.equal(row.warnings, found.own.filter((f) => f.severity === 'warning').length);
    assert.equal(row.remarks, 1);
    assert.equal(row.refused, 1);
  });
});
