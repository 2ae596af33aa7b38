/**
 * The PDF of VS Code for the Web (server/src/products/pdf/browserPdf.ts): pdfmake's browser build,
 * fonts given as bytes. Read back with pdftotext: the same pages and words as the desktop export
 * of the same model, a character DejaVu Sans lacks replaced by "?" and named, and only the font
 * files the export needs asked for (the French text is laid out with the plain copies).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isOurPdf } from '../../../client/src/browser/pdfWriter';
import { renderPdfInBrowser } from '../../../server/src/products/pdf/browserPdf';
import { renderPdf } from '../../../server/src/products/pdf/pdf';
import { withoutLayoutTables } from '../../../server/src/products/pdf/fontTables';
import { loadModel } from '../../support/synthese';
import { allPages, fold, pageCount, pdfInfo, tmpPdf } from '../export/pdfText';

const FONTS = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const asked: string[] = [];
async function readFont(file: string): Promise<Uint8Array> {
  asked.push(file);
  const plain = file.startsWith('plain/');
  const bytes = readFileSync(path.join(FONTS, plain ? file.slice(6) : file));
  return new Uint8Array(plain ? withoutLayoutTables(bytes) : bytes);
}

describe('PDF export in VS Code for the Web (pdfmake browser build)', function () {
  this.timeout(60_000);
  const creationDate = new Date(Date.UTC(2026, 2, 13));

  it('prints the same pages and words as the desktop export of the same dossier', async () => {
    const model = loadModel('typique');
    const web = await renderPdfInBrowser(model, { creationDate, readFont });
    const desk = await renderPdf(model, { creationDate });
    const webFile = tmpPdf(Buffer.from(web.bytes));
    const deskFile = tmpPdf(desk.bytes);
    assert.equal(pageCount(webFile), pageCount(deskFile));
    assert.deepEqual(allPages(webFile).map(fold), allPages(deskFile).map(fold));
    assert.equal(pdfInfo(webFile).Creator, 'Dossier SIO');
    assert.ok(isOurPdf(web.bytes), 'the writer recognises the export as its own and replaces it without asking');
    assert.deepEqual(web.warnings, []);
    assert.ok(asked.every((f) => f.startsWith('plain/')), `French text needs only the plain copies: ${asked.join(', ')}`);
  });

  it('replaces a character DejaVu Sans cannot draw by « ? » and names it in a warning', async () => {
    const model = loadModel('typique');
    model.title = `${model.title} 🦊`;
    const web = await renderPdfInBrowser(model, { creationDate, readFont });
    const text = fold(allPages(tmpPdf(Buffer.from(web.bytes))).join('\n'));
    assert.ok(!text.includes('🦊'));
    assert.equal(web.warnings.length, 1);
    assert.match(web.warnings[0].fr, /« 🦊 » \(U\+1F98A\)/);
  });
});
