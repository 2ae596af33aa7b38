/**
 * The centre's template (`--modele`, the `sio.tableur.modele` setting) is a path the student's
 * shared folder may name: a FIFO or a device given as the template is refused at once with a
 * French message, never read until it blocks the command or fills the memory.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

describe('a special file given as the spreadsheet template', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build »');
    dir = mkdtempSync(path.join(tmpdir(), 'sio-modele-'));
    cpSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), path.join(dir, 'lea.sio.yaml'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [what, make] of [
    ['a FIFO', () => assert.equal(spawnSync('mkfifo', [path.join(dir, 'modele.xlsx')]).status, 0)],
    ['a device (/dev/zero, through a link)', () => assert.equal(spawnSync('ln', ['-sf', '/dev/zero', path.join(dir, 'modele.xlsx')]).status, 0)]
  ] as const) {
    it(`refuses ${what} at once, writes nothing`, () => {
      rmSync(path.join(dir, 'modele.xlsx'), { force: true });
      make();
      const started = Date.now();
      const r = spawnSync(process.execPath, [CLI, 'tableur', 'lea.sio.yaml', '--modele', 'modele.xlsx'], { cwd: dir, encoding: 'utf8', timeout: 15_000, env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=256' } });
      assert.equal(r.signal, null, `killed after ${Date.now() - started} ms: the template was read as a stream`);
      assert.notEqual(r.status, 0);
      assert.match(r.stderr + r.stdout, /Modèle refusé : modele\.xlsx \(ce n’est pas un fichier ordinaire/);
      assert.deepEqual(readdirSync(dir).sort(), ['lea.sio.yaml', 'modele.xlsx']);
    });
  }
});
