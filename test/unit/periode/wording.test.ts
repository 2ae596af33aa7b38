/**
 * One period wording everywhere (docs/periodes.md): the preview and the PDF print the official
 * column label verbatim and the period as the form asks (du JJ/MM/AA au JJ/MM/AA), and the
 * date-format message names the canonical source form and that same printed form.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { renderPdf } from '../../../server/src/products/pdf/pdf';
import { PERIODE_COLUMN_LABEL } from '../../../server/src/core/periode';
import { EXPLANATION } from '../../../server/src/core/periode/messages';
import { buildSynthese } from '../../../server/src/core/table/build';
import { tableauHtml } from '../../../server/src/products/render/tableauHtml';
import { docOf } from '../../support/cursor';
import { diagnostics, NOW, parse, SISR } from '../../support/features';
import { allPages, tmpPdf } from '../export/pdfText';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('the period wording of the preview, the PDF and the messages', () => {
  // Written with « - » as a real student did: the printed outputs show the form's writing anyway.
  const doc = docOf(SISR.replace('periode: du 07/10/2024 au 18/10/2024', 'periode: 07/10/2024 - 18/10/2024'));
  const model = buildSynthese(parse(doc), NOW);
  const label = PERIODE_COLUMN_LABEL;

  it('the label is the official form’s, verbatim', () => {
    assert.equal(label, 'Période (sous la forme du JJ/MM/AA au JJ/MM/AA)');
  });

  it('the preview prints that label and the periods « du JJ/MM/AA au JJ/MM/AA »', () => {
    const html = tableauHtml(model);
    assert.ok(html.includes(`>${label}</th>`));
    assert.ok(html.includes('>du 07/10/24 au 18/10/24</td>'));
    assert.ok(html.includes('>du 02/06/25 au 27/06/25</td>'));
    assert.doesNotMatch(html, /\d{2}\/\d{2}\/\d{4}/, 'no four-digit year in the printed tableau');
  });

  it('the PDF prints the same label and the same periods', async () => {
    const { bytes } = await renderPdf(model, { creationDate: NOW });
    const file = tmpPdf(bytes, 'wording.pdf');
    const text = squash(allPages(file).join('\n'));
    // For a person to compare with the preview: test-output/periode-pdf-1.png.
    const out = path.resolve(__dirname, '../../../test-output');
    mkdirSync(out, { recursive: true });
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '80', '-png', file, path.join(out, 'periode-pdf')]);
    assert.ok(text.includes(squash(label)), 'label');
    assert.ok(text.includes(squash('du 07/10/24 au 18/10/24')));
    assert.ok(text.includes(squash('du 02/06/25 au 27/06/25')));
  });

  it('the message asks for the canonical source form in one short line; the hover names the printed one', () => {
    const d = String(diagnostics(doc).find((x) => x.code === 'date-format')!.message);
    assert.equal(d, 'Entre les deux dates, écrivez « au » et non « - ». Attendu : « du JJ/MM/AAAA au JJ/MM/AAAA ».');
    assert.ok(d.length < 120, `one line in the Problems panel: ${d.length} characters`);
    // The printed form the hover names is the one the label announces.
    const printed = /l’imprime « (du JJ\/MM\/AA au JJ\/MM\/AA) »/.exec(EXPLANATION.fr)?.[1];
    assert.ok(printed && label.includes(printed), EXPLANATION.fr);
    const en = String(diagnostics(doc, 'en').find((x) => x.code === 'date-format')!.message);
    assert.match(en, /Expected: “du DD\/MM\/YYYY au DD\/MM\/YYYY”\.$/);
    assert.match(EXPLANATION.en, /prints it “du DD\/MM\/YY au DD\/MM\/YY”/);
  });
});
