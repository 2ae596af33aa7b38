/**
 * The official form's wording comes from one module (core/table/officialForm.ts): the preview
 * and the PDF print the same épreuve/annex line and the same header labels, those of the
 * dossier's session.
 */
import { strict as assert } from 'node:assert';
import { parseDossier } from '../../../server/src/core/parse';
import { buildSynthese } from '../../../server/src/core/table/build';
import { PERIODE_COLUMN_LINES } from '../../../server/src/core/periode/printed';
import { OFFICIAL_FORM, tableauEpreuveLine } from '../../../server/src/core/table/officialForm';
import { buildDocDefinition } from '../../../server/src/products/pdf/pdf';
import { renderSyntheseBody } from '../../../server/src/products/render/syntheseHtml';
import { NOW, SISR } from '../../support/dossier';

const modelFor = (session: number) => buildSynthese(parseDossier(SISR.replace('session: 2026', `session: ${session}`)), NOW);
const decode = (html: string) => html.replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, '\'').replace(/&quot;/g, '"');

describe('official form wording shared by the preview and the PDF', () => {
  it('prints the épreuve and annex of the session: E5 and Annexe VI-1 in 2026, Annexe 8-1 in 2025', () => {
    assert.equal(tableauEpreuveLine(modelFor(2026).epreuve), 'Épreuve E5 — Support et mise à disposition de services informatiques — Annexe VI-1');
    assert.equal(tableauEpreuveLine(modelFor(2025).epreuve), 'Épreuve E5 — Support et mise à disposition de services informatiques — Annexe 8-1');
  });

  it('the preview and the PDF carry the same épreuve line and header labels', () => {
    const model = modelFor(2026);
    const html = decode(renderSyntheseBody(model));
    const dd = buildDocDefinition(model, { creationDate: NOW });
    // The tableau's page header (a function pdfmake calls per page) is part of what prints.
    const tableau = (dd.content as { section: unknown; header: (p: number, n: number) => unknown }[])[0];
    const pdf = JSON.stringify([tableau.section, tableau.header(1, 1)]);
    const line = tableauEpreuveLine(model.epreuve);
    for (const text of [line, ...Object.values(OFFICIAL_FORM.labels), OFFICIAL_FORM.periodeColumn, OFFICIAL_FORM.realisationsColumn, OFFICIAL_FORM.corner]) {
      assert.ok(html.includes(text), `preview lacks « ${text} »`);
      // The PDF's narrow period column prints the same label on two lines.
      const parts = text === OFFICIAL_FORM.periodeColumn ? PERIODE_COLUMN_LINES : [text];
      for (const p of parts) assert.ok(pdf.includes(JSON.stringify(p).slice(1, -1)), `PDF lacks « ${p} »`);
    }
    assert.equal(PERIODE_COLUMN_LINES.join(' '), OFFICIAL_FORM.periodeColumn);
  });
});
