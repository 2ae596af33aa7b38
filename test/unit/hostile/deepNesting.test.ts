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
import fc from 'fast-check';

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

/** The estimate as first written, one character at a time: nestingDepth must read texts exactly as it did. */
function referenceDepth(source: string, limit = MAX_NESTING): { depth: number; at: number } {
  let max = 0;
  let maxAt = 0;
  let flow = 0;
  const indents: number[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    // Start of a line: block structure (indentation stack + compact "- - x" / "? " / "- a:" openers).
    let ind = 0;
    while (i + ind < n && source.charCodeAt(i + ind) === 32) ind++;
    let j = i + ind;
    const c = source.charCodeAt(j);
    if (j < n && c !== 10 && c !== 13 && c !== 35 /* # */ && flow === 0) {
      while (indents.length && indents[indents.length - 1] >= ind) indents.pop();
      indents.push(ind);
      let compact = 0;
      while (j + 1 < n && (source[j] === '-' || source[j] === '?') && (source[j + 1] === ' ' || source[j + 1] === '\t')) {
        compact++;
        j += 2;
        while (j < n && (source[j] === ' ' || source[j] === '\t')) j++;
      }
      const depth = indents.length + compact;
      if (depth > max) {
        max = depth;
        maxAt = i;
        if (max > limit) return { depth: max, at: maxAt };
      }
    }
    // Rest of the line: flow collections, comments skipped.
    for (; j < n; j++) {
      const ch = source.charCodeAt(j);
      if (ch === 10) break;
      if (ch === 35 /* # */ && (j === 0 || source.charCodeAt(j - 1) === 32 || source.charCodeAt(j - 1) === 9)) {
        const nl = source.indexOf('\n', j);
        j = nl < 0 ? n : nl;
        break;
      }
      if (ch === 91 /* [ */ || ch === 123 /* { */) {
        flow++;
        if (indents.length + flow > max) {
          max = indents.length + flow;
          maxAt = j;
          if (max > limit) return { depth: max, at: maxAt };
        }
      } else if ((ch === 93 /* ] */ || ch === 125) /* } */ && flow > 0) {
        flow--;
      }
    }
    i = j + 1;
  }
  return { depth: max, at: maxAt };
}

describe('the nesting estimate, read on every keystroke', () => {
  it('gives the character-by-character reading on random YAML-like texts, limits and dossiers', () => {
    const alphabet = fc.constantFrom(' ', ' ', '  ', '- ', '? ', '-', '?', '\t', '#', ' #', '[', ']', '{', '}', '\n', '\n', '\r\n', 'a', 'k:', ': ', 'é');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 300 }), fc.integer({ min: 1, max: 12 }), (parts, limit) => {
        const text = parts.join('');
        assert.deepEqual(nestingDepth(text, limit), referenceDepth(text, limit), JSON.stringify(text));
        assert.deepEqual(nestingDepth(text), referenceDepth(text, MAX_NESTING));
      }),
      { seed: 20261202, numRuns: 2000 }
    );
    for (const text of [SISR, generateDossier({ realisations: 40, seed: 4 }), ...Object.values(DEEP)]) {
      assert.deepEqual(nestingDepth(text), referenceDepth(text, MAX_NESTING));
    }
  });
});
