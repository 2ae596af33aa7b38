/**
 * `sio-dossier check` of a class spreads the files over worker threads: the output (text and
 * JSON) is the same, in the same file order, as a one-thread run, mistakes included.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { generateClass } from '../../support/generate';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function check(dir: string, threads: string, ...args: string[]) {
  assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build » / run npm run build first');
  return spawnSync(process.execPath, [CLI, 'check', dir, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SIO_CHECK_THREADS: threads } });
}

describe('sio-dossier check over several threads', function () {
  this.timeout(60_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-check-threads-'));
    const cls = generateClass(20, 8);
    cls.forEach((d, i) => writeFileSync(path.join(dir, d.name), i % 5 === 2 ? d.text.replace(/competences: \[B1\.\d/, 'competences: [B9.9') : d.text));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the one-thread JSON and text output, files in order, the mistakes of each file included', () => {
    const one = check(dir, '1', '--format', 'json');
    const four = check(dir, '4', '--format', 'json');
    assert.equal(four.status, 1, four.stderr);
    assert.equal(one.status, 1, one.stderr);
    assert.deepEqual(JSON.parse(four.stdout), JSON.parse(one.stdout));
    const files = (JSON.parse(four.stdout) as { file: string; diagnostics: { code: string }[] }[]);
    assert.equal(files.length, 20);
    assert.deepEqual(files.map((f) => f.file), [...files.map((f) => f.file)].sort());
    assert.equal(files.filter((f) => f.diagnostics.some((d) => d.code === 'competence-unknown')).length, 4);
    assert.equal(check(dir, '4').stdout, check(dir, '1').stdout);
  });
});
