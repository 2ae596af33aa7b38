/**
 * The PDF writer of VS Code for the Web (client/src/browser/pdfWriter.ts), workspace.fs stubbed:
 * `<nom>.pdf` beside the dossier, a previous export replaced without a question, any other file
 * there replaced only when the user says so, never the dossier or a review file, nothing rendered
 * or written when the user declines.
 */
import { strict as assert } from 'node:assert';
import { isOurPdf, writeWebPdf, type WebPdfFs } from '../../../client/src/browser/pdfWriter';
import { initL10n } from '../../../client/src/l10n';

const DIR = 'vscode-vfs://github/lea/bts/dossiers';
const DOSSIER = `${DIR}/l%C3%A9a-martin.sio.yaml`;
const PDF = `${DIR}/l%C3%A9a-martin.pdf`;
const OURS = new TextEncoder().encode('%PDF-1.3\n…pages…\n<<\n/Producer (Dossier SIO \\(pdfmake\\))\n/Creator (Dossier SIO)\n>>\n%%EOF');
const THEIRS = new TextEncoder().encode('%PDF-1.7\n<< /Creator (Microsoft Word) >>\n%%EOF');
const NEW = new TextEncoder().encode('%PDF-1.3 new');

function stubFs(files: Record<string, Uint8Array | 'dir'>): WebPdfFs & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    stat: async (u) => (files[u] === undefined ? null : { type: files[u] === 'dir' ? 2 : 1 }),
    readFile: async (u) => {
      const f = files[u];
      if (!(f instanceof Uint8Array)) throw new Error(`no file ${u}`);
      return f;
    },
    writeFile: async (u, bytes) => {
      written.push(u);
      files[u] = bytes;
    }
  };
}

describe('VS Code for the Web: writing the PDF through workspace.fs', () => {
  before(() => initL10n('fr', () => '{}'));
  const never = async () => assert.fail('the user must not be asked');

  it('writes <nom>.pdf beside the dossier, keeping its accented name', async () => {
    const fs = stubFs({ [DOSSIER]: new Uint8Array(1) });
    const out = await writeWebPdf(fs, { dossierUri: DOSSIER, confirmReplace: never }, async () => NEW);
    assert.deepEqual(out, { written: PDF });
    assert.deepEqual(fs.written, [PDF]);
  });

  it('replaces a previous export without asking', async () => {
    const files: Record<string, Uint8Array> = { [PDF]: OURS };
    const out = await writeWebPdf(stubFs(files), { dossierUri: DOSSIER, confirmReplace: never }, async () => NEW);
    assert.deepEqual(out, { written: PDF });
    assert.equal(files[PDF], NEW);
  });

  it('asks before replacing a PDF it did not write, and leaves it untouched when the user declines', async () => {
    const files: Record<string, Uint8Array> = { [PDF]: THEIRS };
    const asked: string[] = [];
    let rendered = false;
    const out = await writeWebPdf(
      stubFs(files),
      { dossierUri: DOSSIER, confirmReplace: async (name) => (asked.push(name), false) },
      async () => ((rendered = true), NEW)
    );
    assert.deepEqual(out, { cancelled: true });
    assert.deepEqual(asked, ['léa-martin.pdf']);
    assert.equal(files[PDF], THEIRS);
    assert.equal(rendered, false);
  });

  it('replaces a PDF it did not write when the user accepts', async () => {
    const files: Record<string, Uint8Array> = { [PDF]: THEIRS };
    const out = await writeWebPdf(stubFs(files), { dossierUri: DOSSIER, confirmReplace: async () => true }, async () => NEW);
    assert.deepEqual(out, { written: PDF });
    assert.equal(files[PDF], NEW);
  });

  it('refuses a target that is a folder, the dossier itself or a review file, writing nothing', async () => {
    const fs = stubFs({ [PDF]: 'dir' });
    const folder = await writeWebPdf(fs, { dossierUri: DOSSIER, confirmReplace: never }, async () => NEW);
    assert.match((folder as { refused: string }).refused, /^léa-martin\.pdf existe déjà et n’est pas un fichier/);
    const self = await writeWebPdf(fs, { dossierUri: DOSSIER, chosenUri: DOSSIER, confirmReplace: never }, async () => NEW);
    assert.match((self as { refused: string }).refused, /^Le PDF ne peut pas être écrit à la place du dossier lui-même \(léa-martin\.sio\.yaml\)/);
    const review = await writeWebPdf(fs, { dossierUri: DOSSIER, chosenUri: `${DIR}/l%C3%A9a-martin.revue.yaml`, confirmReplace: never }, async () => NEW);
    assert.match((review as { refused: string }).refused, /fichier de dossier ou de revue \(léa-martin\.revue\.yaml\)/);
    assert.deepEqual(fs.written, []);
  });

  it('recognises its own PDFs by their creator, not by their name', () => {
    assert.equal(isOurPdf(OURS), true);
    assert.equal(isOurPdf(THEIRS), false);
    assert.equal(isOurPdf(new TextEncoder().encode('/Creator (Dossier SIO) but not a PDF')), false);
  });
});
