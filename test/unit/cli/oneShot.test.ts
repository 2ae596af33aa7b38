/**
 * Which runs of `sio-dossier` do without V8's optimizing compiler (runtime/oneShot.ts): `pdf`, and
 * `verifier` of less than 1 MB of dossiers, whatever the order of options; a large class keeps
 * it; odd arguments never make the choice itself fail (main.ts reports them as before).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isShortRun, SHORT_CHECK_BYTES } from '../../../server/src/runtime/oneShot';

describe('sio-dossier: short runs', () => {
  it('pdf is one, with its options before or after the command', () => {
    assert.equal(isShortRun(['pdf', 'lea.sio.yaml']), true);
    assert.equal(isShortRun(['--lang', 'en', 'pdf', 'lea.sio.yaml', '-o', 'x.pdf']), true);
    assert.equal(isShortRun(['-o', 'pdf', 'apercu', 'lea.sio.yaml']), false, '-o takes « pdf » as its value');
  });

  it('a check of a small class is one, of a class over 1 MB is not', () => {
    const small = mkdtempSync(path.join(tmpdir(), 'sio-short-'));
    for (let i = 0; i < 3; i++) writeFileSync(path.join(small, `e${i}.sio.yaml`), 'x'.repeat(10_000));
    assert.equal(isShortRun(['verifier', small]), true);
    assert.equal(isShortRun(['check', '--format', 'json', small]), true);
    const large = mkdtempSync(path.join(tmpdir(), 'sio-long-'));
    for (let i = 0; i < 3; i++) writeFileSync(path.join(large, `e${i}.sio.yaml`), 'x'.repeat(Math.ceil(SHORT_CHECK_BYTES / 2)));
    assert.equal(isShortRun(['verifier', large]), false);
  });

  it('other commands, no command, unknown options or missing files are not, and do not throw', () => {
    for (const argv of [['tableur', 'a.sio.yaml'], ['site', 'a.sio.yaml'], [], ['--help'], ['verifier'], ['verifier', '/nulle/part'], ['--inconnu', 'pdf', 'a']]) {
      assert.doesNotThrow(() => isShortRun(argv));
    }
    assert.equal(isShortRun(['verifier', '/nulle/part']), false);
    assert.equal(isShortRun(['tableur', 'a.sio.yaml']), false);
  });
});
