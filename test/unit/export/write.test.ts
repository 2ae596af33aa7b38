import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ExportError, exportDossierPdf } from '../../../server/src/products/pdf/index';
import { checkOutputPath, creationDateFor, defaultPdfPath, writeFileAtomic } from '../../../server/src/node/atomicWrite';
import { pdfInfo } from './pdfText';
import { loadModel } from '../../support/synthese';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'sio-write-'));

describe('Choosing where the PDF goes', () => {
  it('puts x.pdf next to x.sio.yaml', () => {
    assert.equal(defaultPdfPath(path.join('/d', 'alice.sio.yaml')), path.join('/d', 'alice.pdf'));
    assert.equal(defaultPdfPath(path.join('/d', 'notes.yml')), path.join('/d', 'notes.pdf'));
  });

  it('refuses to write over the dossier itself, in French and English', () => {
    const dir = tmp();
    const src = path.join(dir, 'alice.sio.yaml');
    writeFileSync(src, 'candidat: {}\n');
    const err = checkOutputPath(src, src);
    assert.ok(err && err.fr.includes('à la place du dossier') && err.en.includes('over the dossier'));
  });

  it('refuses the dossier reached through a symlink or a relative path', () => {
    const dir = tmp();
    const src = path.join(dir, 'alice.sio.yaml');
    writeFileSync(src, 'x: 1\n');
    const link = path.join(dir, 'lien.pdf');
    symlinkSync(src, link);
    assert.ok(checkOutputPath(src, link), 'symlink to the source');
    assert.ok(checkOutputPath(src, path.relative(process.cwd(), src)), 'relative path');
  });

  it('compares case-insensitively on Windows and macOS only', () => {
    const dir = tmp();
    const src = path.join(dir, 'Alice.pdf.src');
    writeFileSync(src, 'x: 1\n');
    const upper = path.join(dir, 'ALICE.PDF.SRC');
    assert.ok(checkOutputPath(src, upper, 'darwin'), 'darwin');
    assert.ok(checkOutputPath(src, upper, 'win32'), 'win32');
    assert.equal(checkOutputPath(src, upper, 'linux'), null);
  });

  it('refuses any .sio.yaml or .revue.yaml output and accepts a .pdf', () => {
    const dir = tmp();
    const src = path.join(dir, 'alice.sio.yaml');
    assert.ok(checkOutputPath(src, path.join(dir, 'bob.sio.yaml')));
    assert.ok(checkOutputPath(src, path.join(dir, 'alice.revue.yaml')));
    assert.equal(checkOutputPath(src, path.join(dir, 'alice.pdf')), null);
  });
});

describe('Writing the PDF atomically', () => {
  it('replaces the previous file and leaves no temporary file', async () => {
    const dir = tmp();
    const out = path.join(dir, 'a.pdf');
    writeFileSync(out, 'old');
    await writeFileAtomic(out, Buffer.from('new'));
    assert.equal(readFileSync(out, 'utf8'), 'new');
    assert.deepEqual(readdirSync(dir), ['a.pdf']);
  });

  it('keeps the previous file intact when writing fails half-way', async () => {
    const dir = tmp();
    const out = path.join(dir, 'a.pdf');
    writeFileSync(out, 'previous export');
    await assert.rejects(
      writeFileAtomic(out, Buffer.from('new content'), {
        write: async (h, bytes) => {
          await h.write(bytes.subarray(0, 3));
          throw new Error('disk full');
        }
      }),
      /disk full/
    );
    assert.equal(readFileSync(out, 'utf8'), 'previous export');
    assert.deepEqual(readdirSync(dir), ['a.pdf'], 'temporary file removed');
  });

  it('fails without creating anything when the directory does not exist', async () => {
    const dir = tmp();
    await assert.rejects(writeFileAtomic(path.join(dir, 'missing', 'a.pdf'), Buffer.from('x')));
    assert.deepEqual(readdirSync(dir), []);
  });
});

describe('Creation date of the PDF', () => {
  const model = loadModel('typique');

  it('follows SOURCE_DATE_EPOCH when set', () => {
    assert.equal(creationDateFor('', { SOURCE_DATE_EPOCH: '1700000000' }, model).toISOString(), '2023-11-14T22:13:20.000Z');
  });

  it('is the latest period end of the dossier otherwise, whatever the clock', () => {
    assert.equal(creationDateFor('', {}, model).toISOString(), '2026-03-13T00:00:00.000Z');
  });

  it('falls back to dates in the text, then to a fixed date', () => {
    assert.equal(creationDateFor('periode: du 01/02/2025 au 31/03/2025\nfin: 2024-12-01', {}).toISOString(), '2025-03-31T00:00:00.000Z');
    assert.equal(creationDateFor('nothing here, 31/02/2025 is no date', {}).toISOString(), '2000-01-01T00:00:00.000Z');
  });
});

describe('exportDossierPdf (shared by the command and the CLI)', () => {
  const model = loadModel('typique');

  it('writes x.pdf next to the dossier and says where', async () => {
    const dir = tmp();
    const src = path.join(dir, 'alice.sio.yaml');
    writeFileSync(src, 'candidat: {}\n');
    const r = await exportDossierPdf({ sourcePath: src, sourceText: 'candidat: {}\n', model, env: {} });
    assert.equal(r.outPath, path.join(dir, 'alice.pdf'));
    assert.deepEqual(r.warnings, []);
    assert.equal(pdfInfo(r.outPath).Author, 'DUPONT-LEFÈVRE Jérôme');
    assert.equal(readFileSync(src, 'utf8'), 'candidat: {}\n');
  });

  it('refuses to overwrite the dossier and leaves it untouched', async () => {
    const dir = tmp();
    const src = path.join(dir, 'alice.sio.yaml');
    writeFileSync(src, 'candidat: {}\n');
    await assert.rejects(
      exportDossierPdf({ sourcePath: src, sourceText: '', model, env: {}, outPath: src }),
      (e: unknown) => e instanceof ExportError && e.text.en.includes('over the dossier')
    );
    assert.equal(readFileSync(src, 'utf8'), 'candidat: {}\n');
  });
});
