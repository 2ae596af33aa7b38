/**
 * A teacher reviews a class one dossier after the other: the server keeps the parses of the last
 * few closed dossiers it read (server/src/lsp/sources.ts, MAX_KEPT_PARSES), not the whole class, and a
 * dossier read again after it was let go gives the same parse from the disk — the teacher sees
 * no difference, only the memory does.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import { parseDossier } from '../../../server/src/core/parse';
import { FileView } from '../../../server/src/lsp/files';
import { desktopFiles } from '../../../server/src/node/nodeFiles';
import { MAX_KEPT_PARSES, Sources } from '../../../server/src/lsp/sources';
import { pathToUri } from '../../../server/src/node/uris';
import { generateClass } from '../../support/generate';

describe('parses of closed dossiers kept by the server', () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it(`keeps the last ${MAX_KEPT_PARSES} dossiers read, and a dossier read again later parses the same`, () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-kept-'));
    const cls = generateClass(MAX_KEPT_PARSES + 4, 5);
    const uris = cls.map((d) => {
      const p = path.join(dir, d.name);
      writeFileSync(p, d.text);
      return pathToUri(p);
    });
    let parses = 0;
    const documents = { get: () => undefined, all: () => [] } as unknown as TextDocuments<TextDocument>;
    const sources = new Sources({
      documents,
      parsed: (d) => parseDossier(d.getText()),
      parse: (text) => (parses++, parseDossier(text)),
      files: new FileView(desktopFiles(null as never), () => undefined)
    });
    const first = uris.map((u) => sources.parsedDossier(u)!);
    assert.equal(parses, uris.length);
    // The most recent ones are still there: no new parse.
    const recent = uris.slice(-MAX_KEPT_PARSES);
    for (const [i, u] of recent.entries()) assert.equal(sources.parsedDossier(u), first[uris.length - MAX_KEPT_PARSES + i]);
    assert.equal(parses, uris.length, 'the last dossiers read are answered from memory');
    // The first one was let go: read and parsed again, with the same result.
    const again = sources.parsedDossier(uris[0])!;
    assert.equal(parses, uris.length + 1, 'the oldest dossier was not kept');
    assert.notEqual(again, first[0]);
    assert.deepEqual(again.model, first[0].model);
    assert.deepEqual(again.data, first[0].data);
  });
});
