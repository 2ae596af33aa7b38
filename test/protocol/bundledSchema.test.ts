/**
 * The bundled server (`node dist/server.js --stdio`) validates with the JSON Schema code that
 * ajv generated at build time (scripts/standaloneValidators.mjs), not with ajv compiling the
 * schema: a student must still read exactly the diagnostics the sources give (same codes,
 * messages, ranges, quick-fix data), and the first dossier opened right after `initialized`
 * must get them — the case where the old run-time compilation delayed the first diagnostics.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/core/service';
import { diskFiles } from '../../server/src/node/diskProbe';
import { startClient, type Client } from '../support/lspClient';

const ROOT = path.resolve(__dirname, '../..');

/** The fixtures with schema errors, plus a few edits a student could make to a valid example. */
function dossiers(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of ['test/fixtures/erreurs', 'test/fixtures/classe', 'examples']) {
    for (const n of readdirSync(path.join(ROOT, dir)).sort()) {
      if (n.endsWith('.sio.yaml')) out.push({ name: n, text: readFileSync(path.join(ROOT, dir, n), 'utf8') });
    }
  }
  const lea = readFileSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), 'utf8');
  out.push(
    { name: 'clé mal orthographiée', text: lea.replace('candidat:', 'candidta:') },
    { name: 'option inconnue', text: lea.replace(/option: \w+/, 'option: SIRS') },
    { name: 'session en texte', text: lea.replace(/session: \d+/, 'session: deux-mille') },
    { name: 'clé ajoutée dans une réalisation', text: lea.replace(/\n(\s+)intitule:/, '\n$1intitulé: doublon\n$1intitule:') }
  );
  return out;
}

describe('the bundled server’s JSON Schema diagnostics (validators compiled at build time)', function () {
  this.timeout(60_000);
  let c: Client | undefined;
  afterEach(async () => {
    await c?.stop();
    c = undefined;
  });

  it('are those of the sources for every fixture and edited example, the first one opened right after start', async () => {
    const list = dossiers();
    // Opened at once, before anything else was asked of the fresh server.
    const client = await startClient('fr');
    c = client;
    list.forEach((d, i) => client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: `untitled:Dossier-${i}`, languageId: 'sio-yaml', version: 1, text: d.text } }));
    const service = createLanguageService({ files: diskFiles, locale: 'fr' });
    let schemaErrors = 0;
    for (const [i, d] of list.entries()) {
      const uri = `untitled:Dossier-${i}`;
      const got = await client.waitFor(client.published, (p) => p.uri === uri && p.version === 1, `les diagnostics de ${d.name}`);
      const doc = TextDocument.create(uri, 'sio-yaml', 1, d.text);
      const expected = service.diagnostics(doc, service.parse(d.text));
      assert.deepEqual(got.diagnostics, JSON.parse(JSON.stringify(expected)), d.name);
      schemaErrors += got.diagnostics.filter((x) => String(x.code).startsWith('schema-')).length;
    }
    assert.ok(schemaErrors >= 6, `only ${schemaErrors} schema diagnostics: the comparison did not exercise the schema`);
  });
});
