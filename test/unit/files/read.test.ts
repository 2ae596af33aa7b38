/**
 * The one reader of dossiers on disk (CLI, server, workspace scan): a file saved with a BOM
 * reads as the editor shows it, bad UTF-8 is reported as such, and a huge file is read only up
 * to the limit yet still refused with its real size — never analysed cut.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import { MAX_DOSSIER_BYTES, parseDossier } from '../../../server/src/core/parse';
import { READ_LIMIT_BYTES, readTextFile, readTextFileSync } from '../../../server/src/node/readText';
import { FileView } from '../../../server/src/lsp/files';
import { desktopFiles } from '../../../server/src/node/nodeFiles';
import { Sources } from '../../../server/src/lsp/sources';
import { pathToUri } from '../../../server/src/node/uris';
import { SISR } from '../../support/dossier';

describe('reading a dossier from disk', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'sio-read-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    return p;
  };

  it('a BOM is dropped, sync and async alike, so the dossier parses as in the editor', async () => {
    const p = file('bom.sio.yaml', '\uFEFF' + SISR);
    assert.equal(readTextFileSync(p).text, SISR);
    assert.equal((await readTextFile(p)).text, SISR);
  });

  it('invalid UTF-8 becomes U+FFFD, which the parser refuses as an encoding problem', () => {
    const p = file('latin1.sio.yaml', Buffer.from('referentiel: bts-sio\ncandidat:\n  nom: H\xe9lo\xefse\n', 'latin1'));
    const parsed = parseDossier(readTextFileSync(p).text);
    assert.equal(parsed.findings[0].code, 'file-binary');
  });

  it('a file over the read limit is cut, yet refused as too large with its size on disk', () => {
    // 2-byte characters: cut at READ_LIMIT_BYTES, the text still exceeds the parser's limit.
    const big = 'é'.repeat(Math.ceil((READ_LIMIT_BYTES + 500_000) / 2));
    const p = file('gros.sio.yaml', big);
    const { text, bytes } = readTextFileSync(p);
    assert.ok(Buffer.byteLength(text) <= READ_LIMIT_BYTES + 3);
    assert.ok(text.length > MAX_DOSSIER_BYTES);
    const parsed = parseDossier(text, { bytesOnDisk: bytes });
    assert.equal(parsed.findings[0].code, 'file-too-large');
    assert.match(parsed.findings[0].message.fr, new RegExp(`\\(${Math.round(bytes / 1000)} ko\\)`));
  });

  it('the server reads the open editor first, else the disk without its BOM', () => {
    const p = file('ouvert.sio.yaml', '\uFEFFsur le disque\n');
    const q = file('ferme.sio.yaml', '\uFEFFsur le disque\n');
    const open = TextDocument.create(pathToUri(p), 'sio-yaml', 1, 'dans l’éditeur\n');
    const documents = { get: (u: string) => (u === open.uri ? open : undefined), all: () => [open] } as unknown as TextDocuments<TextDocument>;
    const sources = new Sources({ documents, parsed: (d) => parseDossier(d.getText()), parse: parseDossier, files: new FileView(desktopFiles(null as never), () => undefined) });
    assert.equal(sources.textOf(pathToUri(p)), 'dans l’éditeur\n');
    assert.equal(sources.textOf(pathToUri(q)), 'sur le disque\n');
    assert.equal(sources.textOf(pathToUri(path.join(dir, 'absent.sio.yaml'))), null);
  });
});
