/**
 * The two browser entries (issue 26) reach, through their imports, no module of the Node-only
 * folders (server/src/node/, server/src/runtime/) nor a file whose first comment says « Node-only: »,
 * nor the desktop client's Node files. Checked on the sources, so that a newcomer who imports
 * node/ from a handler learns which import did it; test/browser/webWorkerServer.test.ts checks
 * the built bundles themselves.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [`${base}.ts`, path.join(base, 'index.ts'), base]) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** Every source file reachable from `entry`, with the import chain that reached it. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const f = queue.shift()!;
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\b(?!\s+type\b)[^'";]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)) {
      const target = resolve(f, m[1] ?? m[2]);
      if (target && !seen.has(target)) {
        seen.set(target, [...seen.get(f)!, target]);
        queue.push(target);
      }
    }
  }
  return seen;
}

function nodeOnly(file: string): boolean {
  const rel = path.relative(ROOT, file);
  if (rel.startsWith('server/src/node/') || rel.startsWith('server/src/runtime/')) return true;
  const m = /^\s*\/\*\*?([\s\S]*?)\*\//.exec(readFileSync(file, 'utf8'));
  return !!m && /\bNode-only:/.test(m[1]);
}

describe('VS Code for the Web: what the browser entries import', () => {
  for (const entry of ['server/src/lsp/browserMain.ts', 'client/src/browser/extension.ts']) {
    it(`${entry} reaches no Node-only module`, () => {
      const bad = [...reachable(path.join(ROOT, entry))].filter(([f]) => nodeOnly(f)).map(([, chain]) => chain.map((c) => path.relative(ROOT, c)).join(' → '));
      assert.deepEqual(bad, []);
    });
  }

  it('the check sees a Node-only module where there is one (the desktop entry reaches node/)', () => {
    const reached = [...reachable(path.join(ROOT, 'server/src/lsp/main.ts')).keys()].map((f) => path.relative(ROOT, f));
    assert.ok(reached.some((f) => f.startsWith('server/src/node/')), reached.join(', '));
  });
});
