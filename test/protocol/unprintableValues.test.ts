/**
 * The bundled server on dossiers holding `{toString: false}` under each enum key: diagnostics
 * are published, the invalid value underlined where it is, the other mistakes beside it — on
 * open and after an edit. Before issue 17 the server published nothing at all for such a file.
 */
import assert from 'node:assert/strict';
import { startClient, type Client, type Published } from '../support/lspClient';
import { hostileCases } from '../support/unprintable';

describe('the bundled server on values that cannot become text', function () {
  this.timeout(60_000);
  let client: Client;
  before(async () => {
    client = await startClient('fr');
  });
  after(async () => {
    await client?.stop();
  });

  it('publishes located diagnostics on open and after an edit, for every enum key', async () => {
    for (const c of hostileCases()) {
      const uri = `file:///tmp/unprintable/${c.name}.sio.yaml`;
      client.open(uri, c.text);
      const opened = await client.waitFor(client.published, (p: Published) => p.uri === uri, `les diagnostics de ${c.name}`);
      const check = (p: Published) => {
        assert.ok(p.diagnostics.some((d) => d.code === 'schema-invalid-value' && d.range.start.line === c.line), `${c.name}: ${JSON.stringify(p.diagnostics.map((d) => [d.code, d.range.start.line]))}`);
        assert.ok(p.diagnostics.some((d) => d.code === 'competence-unknown'), c.name);
      };
      check(opened);
      client.change(uri, 2, c.text.replace('Déploiement de GLPI', 'Déploiement de GLPI 10'));
      check(await client.waitFor(client.published, (p: Published) => p.uri === uri && p.version === 2, `les diagnostics de ${c.name} v2`));
    }
  });
});
