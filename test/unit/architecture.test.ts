/**
 * The layering a newcomer relies on (../shared/GUIDE.md §1, issue 17): the core is pure (it
 * imports only itself, its libraries and the référentiel / schema data), the server's modules
 * import each other without a circle, the client and the webview use the server's code through
 * shared/ only, and no source file grows past 400 lines.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const MAX_LINES = 400;
/** Libraries the core may use: parsing, validation and LSP *types* (no editor, no connection). */
const CORE_PACKAGES = ['yaml', 'ajv', 'vscode-languageserver-types', 'vscode-languageserver-textdocument'];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.ts$/.test(name)) out.push(p);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'";]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/gm)) out.push(m[1] ?? m[2]);
  return out;
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, path.join(base, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return c;
  return base;
}

describe('the layering of the code', () => {
  it(`no source file of server/, client/, webview/ or shared/ is over ${MAX_LINES} lines`, () => {
    const long = ['server/src', 'client/src', 'webview/src', 'shared']
      .flatMap((d) => sources(path.join(ROOT, d)))
      .map((f) => ({ f: path.relative(ROOT, f), n: readFileSync(f, 'utf8').split('\n').length }))
      .filter((x) => x.n > MAX_LINES);
    assert.deepEqual(long, []);
  });

  it('the core imports only itself, its libraries and the data under schemas/', () => {
    const core = path.join(ROOT, 'server/src/core');
    const bad: string[] = [];
    for (const f of sources(core)) {
      for (const spec of importsOf(f)) {
        const target = resolve(f, spec);
        const ok = target === null ? CORE_PACKAGES.includes(spec.split('/')[0]) : target.startsWith(core + path.sep) || /schemas\/.*\.json$/.test(target);
        if (!ok) bad.push(`${path.relative(ROOT, f)} → ${spec}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the client and the webview reach the server’s code only through shared/ (protocol, views, render)', () => {
    const server = path.join(ROOT, 'server/src');
    const bad: string[] = [];
    for (const f of ['client/src', 'webview/src'].flatMap((d) => sources(path.join(ROOT, d)))) {
      for (const spec of importsOf(f)) {
        const target = resolve(f, spec);
        if (target && target.startsWith(server + path.sep)) bad.push(`${path.relative(ROOT, f)} → ${spec}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the server’s modules import each other without a circle', () => {
    const files = sources(path.join(ROOT, 'server/src'));
    const graph = new Map(files.map((f) => [f, importsOf(f).map((s) => resolve(f, s)).filter((t): t is string => !!t && t.endsWith('.ts'))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].map((x) => path.relative(ROOT, x)).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) visit(t, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    assert.deepEqual(cycles, []);
  });
});
