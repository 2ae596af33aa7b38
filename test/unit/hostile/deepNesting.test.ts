/**
 * Deeply nested YAML used to abort the whole process (V8 "RegExpCompiler Allocation failed -
 * process out of memory" inside yaml, not a catchable exception): the language server died and
 * `sio-dossier check` on a folder stopped at that file. It is now refused before parsing.
 * The crash needs two deep files in one process, hence the CLI run over a folder.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { MAX_NESTING, nestingDepth } from '../../../server/src/core/text/nesting';
import { createLanguageService } from '../../../server/src/core/service';
import { generateDossier } from '../../support/generate';
import { NOW, SISR } from '../../support/dossier';

const ROOT = path.resolve(__dirname, '../../..');
const service = createLanguageService({ now: () => NOW });

const DEEP: Record<string, string> = {
  'crochets.sio.yaml': '['.repeat(1000),
  'crochets-fermes.sio.yaml': '['.repeat(1000) + ']'.repeat(1000),
  'accolades.sio.yaml': '{a: '.repeat(1000) + '1' + '}'.repeat(1000),
  'tirets.sio.yaml': '- '.repeat(1000) + 'x',
  'cles.sio.yaml': Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + `k${i}:`).join('\n'),
  'competences.sio.yaml': SISR.replace('competences: [B1.1, B1.2, B1.3]', `competences: ${'['.repeat(1000)}B1.1${']'.repeat(1000)}`)
};

describe('deeply nested YAML', () => {
  it('is refused with a French and English message instead of being parsed', () => {
    for (const [name, text] of Object.entries(DEEP)) {
      const p = service.parse(text);
      assert.ok(p.refused, `${name} was parsed`);
      const f = p.findings.find((x) => /Imbrication trop profonde/.test(x.message.fr));
      assert.ok(f, `${name}: no nesting message`);
      assert.match(f.message.en, /Nesting too deep/);
      assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
    }
  });

  it('real and generated dossiers, with block scalars, comments and brackets in titles, stay far below the limit', () => {
    const texts = [SISR, generateDossier({ realisations: 200, seed: 5 }), SISR.replace('Déploiement de GLPI', '"[[[ [WIP] {brouillon} ]]]" # [[[[')];
    for (const t of texts) {
      assert.ok(nestingDepth(t).depth <= 8, `depth ${nestingDepth(t).depth}`);
      assert.equal(service.parse(t).refused, false);
    }
  });

  it('the limit is where it says: MAX_NESTING levels are analysed, one more is refused', () => {
    const flow = (n: number) => `a: ${'['.repeat(n - 1)}${']'.repeat(n - 1)}`;
    assert.equal(service.parse(flow(MAX_NESTING)).refused, false);
    assert.equal(service.parse(flow(MAX_NESTING + 1)).refused, true);
  });

  it('`sio-dossier check` on a folder of deep files reports each one and finishes (no abort)', function () {
    this.timeout(60_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'sio-deep-'));
    try {
      for (const [name, text] of Object.entries(DEEP)) writeFileSync(path.join(dir, name), text);
      const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', dir], { encoding: 'utf8' });
      assert.doesNotMatch(r.stderr, /FATAL|out of memory/);
      assert.equal(r.status, 1, `exit ${r.status} ${r.signal ?? ''}: ${r.stderr.slice(0, 300)}`);
      for (const name of Object.keys(DEEP)) assert.match(r.stdout, new RegExp(`${name}:\\d+:\\d+ erreur yaml-syntax Imbrication trop profonde`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
