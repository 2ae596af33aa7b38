/**
 * The fiche descriptive's « Épreuve ponctuelle / Contrôle en cours de formation » boxes had no
 * field: they were always printed empty (issue 25). `candidat.epreuve: ponctuelle | ccf` ticks one,
 * in the PDF (read back with pdftotext) and in the preview's fiche; without it both stay empty.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDossier } from '../../../server/src/core/parse';
import { buildSynthese } from '../../../server/src/core/table/build';
import { findings } from '../../support/dossier';
import { fichesHtml } from '../../../server/src/products/render/ficheHtml';
import { renderPdf } from '../../../server/src/products/pdf/pdf';
import { allPages, fold, tmpPdf } from './pdfText';

const LEA = readFileSync(path.join(__dirname, '../../../examples/lea-martin-sisr.sio.yaml'), 'utf8');
const NOW = new Date('2026-03-01T12:00:00Z');
const withEpreuve = (v: string) => LEA.replace('  option: SISR', `  option: SISR\n  epreuve: ${v}`);

async function pdfText(text: string): Promise<string> {
  const { bytes } = await renderPdf(buildSynthese(parseDossier(text), NOW), { creationDate: NOW });
  return fold(allPages(tmpPdf(bytes)).join('\n'));
}

describe('fiche descriptive: the épreuve boxes', function () {
  this.timeout(60_000);

  it('`epreuve: ccf` ticks « Contrôle en cours de formation » on each fiche of the PDF', async () => {
    const text = await pdfText(withEpreuve('ccf'));
    assert.equal(text.split('☐ Épreuve ponctuelle ☒ Contrôle en cours de formation').length - 1, 2, 'both fiches');
  });

  it('`epreuve: ponctuelle` ticks « Épreuve ponctuelle »; without the field, both boxes stay empty', async () => {
    assert.ok((await pdfText(withEpreuve('ponctuelle'))).includes('☒ Épreuve ponctuelle ☐ Contrôle en cours de formation'));
    assert.ok((await pdfText(LEA)).includes('☐ Épreuve ponctuelle ☐ Contrôle en cours de formation'));
  });

  it('the preview’s fiche shows the same boxes', () => {
    const html = fichesHtml(buildSynthese(parseDossier(withEpreuve('ccf')), NOW));
    assert.match(html, /aria-label="non coché">☐<\/span> Épreuve ponctuelle<\/span> <span class="modalite"><span class="box is-checked" role="img" aria-label="coché">☒<\/span> Contrôle en cours de formation/);
  });

  it('the schema knows the field and refuses another value', () => {
    assert.deepEqual(findings(withEpreuve('ccf')).filter((f) => f.code.startsWith('schema')), []);
    assert.deepEqual(findings(withEpreuve('CCF ou ponctuelle')).filter((f) => f.code.startsWith('schema')).map((f) => f.code), ['schema-invalid-value']);
  });
});
