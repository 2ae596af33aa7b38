/**
 * The web client answers the server's file requests (fs/content, fs/stat, fs/readDir) with
 * `workspace.fs` (client/src/fsAnswers.ts), here a stubbed file system holding what a student's
 * class repository holds in github.dev: a dossier saved with a BOM by Windows Notepad, a review,
 * a folder, and a file in Latin-1 from an old editor.
 */
import { strict as assert } from 'node:assert';
import { fileAnswers, type FsLike } from '../../../client/src/fsAnswers';

class FileSystemError extends Error {}

function stubFs(files: Record<string, Uint8Array | 'dir'>): FsLike<string> & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async stat(uri) {
      const f = files[uri];
      if (f === undefined) throw new FileSystemError(`EntryNotFound (FileSystemError): ${uri}`);
      return f === 'dir' ? { type: 2, mtime: 10, size: 0 } : { type: 1, mtime: 20, size: f.length };
    },
    async readFile(uri) {
      reads.push(uri);
      const f = files[uri];
      if (f === undefined || f === 'dir') throw new FileSystemError(`EntryNotFound (FileSystemError): ${uri}`);
      return f;
    },
    async readDirectory(uri) {
      if (files[uri] !== 'dir') throw new FileSystemError(`EntryNotADirectory (FileSystemError): ${uri}`);
      const prefix = `${uri}/`;
      return Object.keys(files)
        .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/'))
        .map((k): [string, number] => [k.slice(prefix.length), files[k] === 'dir' ? 2 : 1]);
    }
  };
}

const enc = (s: string) => new TextEncoder().encode(s);
const ROOT = 'vscode-vfs://github/lycee/bts-sio';
const DOSSIER = 'referentiel: bts-sio\ncandidat:\n  nom: Martin\n';
const REVIEW = 'revue: 1\nrelecteur: M. Dupont\n';

describe('the web client answers the server’s file requests with workspace.fs', () => {
  const fs = stubFs({
    [ROOT]: 'dir',
    [`${ROOT}/lea-martin.sio.yaml`]: new Uint8Array([0xef, 0xbb, 0xbf, ...enc(DOSSIER)]),
    [`${ROOT}/lea-martin.revue.yaml`]: enc(REVIEW),
    [`${ROOT}/pieces`]: 'dir',
    [`${ROOT}/vieux.sio.yaml`]: new Uint8Array([...enc('nom: Chlo'), 0xe9, 0x0a])
  });
  const answers = fileAnswers(fs, (u) => u);

  it('fs/content gives the text an editor shows: UTF-8, the BOM dropped, with the size on disk', async () => {
    const r = await answers.content({ uri: `${ROOT}/lea-martin.sio.yaml`, maxBytes: 1_000_000 });
    assert.deepEqual(r, { text: DOSSIER, bytes: 3 + DOSSIER.length });
  });

  it('fs/content turns invalid UTF-8 into U+FFFD, which the server refuses as an encoding problem', async () => {
    const r = await answers.content({ uri: `${ROOT}/vieux.sio.yaml`, maxBytes: 1_000_000 });
    assert.equal(r?.text, 'nom: Chlo\uFFFD\n');
  });

  it('fs/content cuts at the bound but reports the real size, so the server refuses the file by it', async () => {
    const r = await answers.content({ uri: `${ROOT}/lea-martin.revue.yaml`, maxBytes: 8 });
    assert.deepEqual(r, { text: 'revue: 1', bytes: REVIEW.length });
  });

  it('fs/content answers null for a missing file or a folder, without reading a folder', async () => {
    assert.equal(await answers.content({ uri: `${ROOT}/absent.revue.yaml`, maxBytes: 100 }), null);
    assert.equal(await answers.content({ uri: `${ROOT}/pieces`, maxBytes: 100 }), null);
    assert.ok(!fs.reads.includes(`${ROOT}/pieces`));
  });

  it('fs/stat gives kind, size and time, null when nothing is there (never an error)', async () => {
    assert.deepEqual(await answers.stat({ uri: `${ROOT}/lea-martin.revue.yaml` }), { type: 1, mtime: 20, size: REVIEW.length });
    assert.deepEqual(await answers.stat({ uri: `${ROOT}/pieces` }), { type: 2, mtime: 10, size: 0 });
    assert.equal(await answers.stat({ uri: `${ROOT}/pieces/attestation.pdf` }), null);
  });

  it('fs/readDir lists names and kinds; a folder that cannot be read lists nothing', async () => {
    assert.deepEqual(
      (await answers.readDir({ uri: ROOT })).sort(),
      [
        ['lea-martin.revue.yaml', 1],
        ['lea-martin.sio.yaml', 1],
        ['pieces', 2],
        ['vieux.sio.yaml', 1]
      ]
    );
    assert.deepEqual(await answers.readDir({ uri: `${ROOT}/lea-martin.sio.yaml` }), []);
  });
});
