/**
 * « Dossier SIO : Nouveau dossier » starts from an example a candidate can trust: it passes the
 * JSON schema and the dossier rules of the core without a single problem, whatever today's date;
 * only its sample values are pointed at (`placeholder`, test/unit/rules/placeholders.test.ts).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { dossierTemplate, exampleSession } from '../../server/src/core/template';
import { dossierFileName } from '../../server/src/core/naming';
import { createLanguageService } from '../../server/src/core/service';

const schema = JSON.parse(readFileSync(path.join(__dirname, '../../schemas/sio-dossier.schema.json'), 'utf8'));
const days = ['2025-10-01', '2026-01-05', '2026-02-20', '2026-03-01', '2026-11-26', '2027-06-15', '2030-12-31'];

describe('Nouveau dossier: the example', () => {
  for (const day of days) {
    it(`has no problem but its sample values to replace when created on ${day}`, () => {
      const now = new Date(`${day}T12:00:00Z`);
      const service = createLanguageService({ now: () => now });
      const findings = service.findings(service.parse(dossierTemplate(exampleSession(now))));
      assert.deepEqual(findings.filter((f) => f.code !== 'placeholder').map((f) => `${f.code}: ${f.message.fr}`), []);
      assert.equal(findings.filter((f) => f.code === 'placeholder' && f.severity === 'information').length, 11);
    });
  }

  it('is valid against schemas/sio-dossier.schema.json', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const ok = validate(parse(dossierTemplate(2026)));
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  });

  it('mobilises every competence of bloc 1 and shows the fiches n° 1 and 2', () => {
    const dossier = parse(dossierTemplate(2026));
    const ids = new Set<string>(dossier.realisations.flatMap((r: { competences: string[] }) => r.competences));
    for (const c of ['B1.1', 'B1.2', 'B1.3', 'B1.4', 'B1.5', 'B1.6']) assert.ok(ids.has(c), c);
    assert.deepEqual(dossier.realisations.filter((r: { fiche?: unknown }) => r.fiche).map((r: { fiche: { numero: number } }) => r.fiche.numero), [1, 2]);
  });

  it('explains itself in French comments', () => {
    const comments = dossierTemplate(2026).split('\n').filter((l) => /^\s*#/.test(l) || /\s#\s/.test(l));
    assert.ok(comments.length >= 8, `${comments.length} commented lines`);
    assert.ok(comments.some((l) => /formation \| stage-1 \| stage-2/.test(l)));
  });

  it('names the commands it mentions in French and in English, as both palettes show them', () => {
    const head = dossierTemplate(2026).split('\n').slice(0, 8).join('\n');
    assert.match(head, /« Dossier SIO : Aperçu du tableau de synthèse » \(Preview Synthesis Table\)/);
    assert.match(head, /« Dossier SIO : Exporter en PDF » \(Export to PDF\)/);
  });

  it('dates the example in the latest session already over', () => {
    assert.equal(exampleSession(new Date('2026-11-26T12:00:00Z')), 2026);
    assert.equal(exampleSession(new Date('2026-01-15T12:00:00Z')), 2025);
    assert.equal(exampleSession(new Date('2026-03-01T12:00:00Z')), 2026);
  });
});

describe('Nouveau dossier: the file name', () => {
  it('adds .sio.yaml and joins words with dashes', () => {
    assert.equal(dossierFileName('lea martin'), 'lea-martin.sio.yaml');
    assert.equal(dossierFileName('  dossiers/lea  '), 'dossiers/lea.sio.yaml');
  });

  it('keeps a .sio.yaml ending and turns a plain .yaml into one', () => {
    assert.equal(dossierFileName('lea.sio.yaml'), 'lea.sio.yaml');
    assert.equal(dossierFileName('lea.SIO.yml'), 'lea.sio.yaml');
    assert.equal(dossierFileName('lea.yaml'), 'lea.sio.yaml');
  });
});
