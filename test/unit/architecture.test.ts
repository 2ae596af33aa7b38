/**
 * The layering a newcomer relies on (../shared/GUIDE.md §1, issues 17 and 22, docs/ARCHITECTURE.md):
 * - the core is pure: it imports only itself, the wire types of protocol/, its libraries and the
 *   référentiel / schema data;
 * - protocol/ owns the wire types and imports nothing of ours but itself;
 * - core/, protocol/ and products/ run in a browser: no Node built-in there, except in a file
 *   whose first comment says why (« Node-only: … »);
 * - the language server (lsp/) and the command line (cli/) do not import each other;
 * - the naming rule of `*.sio.yaml` / `*.revue.yaml` is written in core/naming.ts only;
 * - the server's modules import each other without a circle, the client and the webview use the
 *   server's code through shared/ only, and no source file grows past 400 lines.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const MAX_LINES = 400;
/** Libraries the core may use: parsing, validation and LSP *types* (no editor, no connection). */
const CORE_PACKAGES = ['yaml', 'ajv', 'vscode-languageserver-types', 'vscode-languageserver-textdocument'];
const SRC = path.join(ROOT, 'server/src');
const NODE_BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

function isNodeBuiltin(spec: string): boolean {
  return spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]);
}

/** The first comment of a file says why it needs Node (« Node-only: … »). */
function saysNodeOnly(file: string): boolean {
  const m = /^\s*\/\*\*?([\s\S]*?)\*\//.exec(readFileSync(file, 'utf8'));
  return !!m && /\bNode-only:/.test(m[1]);
}

/** The files of these folders of server/src that import a Node built-in without saying why. */
export function unexplainedNodeImports(folders: string[], root = SRC): string[] {
  const bad: string[] = [];
  for (const f of folders.flatMap((d) => (existsSync(path.join(root, d)) ? sources(path.join(root, d)) : []))) {
    const builtins = importsOf(f).filter(isNodeBuiltin);
    if (builtins.length && !saysNodeOnly(f)) bad.push(`${path.relative(ROOT, f)} → ${builtins.join(', ')}`);
  }
  return bad;
}

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

  it('the core imports only itself, the wire types of protocol/, its libraries and the data under schemas/', () => {
    const core = path.join(ROOT, 'server/src/core');
    const protocol = path.join(ROOT, 'server/src/protocol');
    const bad: string[] = [];
    for (const f of sources(core)) {
      for (const spec of importsOf(f)) {
        const target = resolve(f, spec);
        const ok = target === null ? CORE_PACKAGES.includes(spec.split('/')[0]) : target.startsWith(core + path.sep) || target.startsWith(protocol + path.sep) || /schemas\/.*\.json$/.test(target);
        if (!ok) bad.push(`${path.relative(ROOT, f)} → ${spec}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the client and the webview reach the server’s code only through the doors of shared/', () => {
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

  it('protocol/ owns the wire types: it imports only itself and the LSP protocol package', () => {
    const protocol = path.join(SRC, 'protocol');
    const bad: string[] = [];
    for (const f of sources(protocol)) {
      for (const spec of importsOf(f)) {
        const target = resolve(f, spec);
        const ok = target === null ? spec === 'vscode-languageserver-protocol' : target.startsWith(protocol + path.sep);
        if (!ok) bad.push(`${path.relative(ROOT, f)} → ${spec}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('core/, protocol/ and products/ import no Node built-in, except files whose first comment says why', () => {
    assert.deepEqual(unexplainedNodeImports(['core', 'protocol', 'products']), []);
  });

  it('that rule fails when a product imports fs without saying why, and accepts it when its first comment does', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sio-arch-'));
    try {
      mkdirSync(path.join(root, 'products/pdf'), { recursive: true });
      writeFileSync(path.join(root, 'products/pdf/silent.ts'), "/** Writes the PDF. */\nimport { writeFileSync } from 'fs';\n");
      writeFileSync(path.join(root, 'products/pdf/said.ts'), "/**\n * Reads fonts.\n * Node-only: the fonts are files on disk.\n */\nimport { readFileSync } from 'node:fs';\n");
      writeFileSync(path.join(root, 'products/pdf/pure.ts'), "/** Pure. */\nimport { zipSync } from 'fflate';\n");
      const bad = unexplainedNodeImports(['products'], root);
      assert.equal(bad.length, 1, bad.join('\n'));
      assert.match(bad[0], /silent\.ts → fs$/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the language server imports no command-line code, and the command line no language-server code', () => {
    const lsp = path.join(SRC, 'lsp');
    const cli = path.join(SRC, 'cli');
    const bad: string[] = [];
    for (const [from, forbidden] of [[lsp, cli], [cli, lsp]] as const) {
      for (const f of sources(from)) {
        for (const spec of importsOf(f)) {
          const target = resolve(f, spec);
          if (target?.startsWith(forbidden + path.sep)) bad.push(`${path.relative(ROOT, f)} → ${spec}`);
          if (from === cli && /^vscode-languageserver(\/node)?$/.test(spec)) bad.push(`${path.relative(ROOT, f)} → ${spec}`);
        }
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the file-naming patterns of dossiers and reviews are written in core/naming.ts only', () => {
    const bad: string[] = [];
    const naming = path.join(SRC, 'core/naming.ts');
    for (const f of ['server/src', 'client/src', 'webview/src', 'shared'].flatMap((d) => sources(path.join(ROOT, d)))) {
      if (f === naming) continue;
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\\\.(sio|revue)\)?\\\.ya\?ml|\(sio\|revue\)\\\.ya\?ml|\\\.ya\?ml\$/g)) bad.push(`${path.relative(ROOT, f)}: ${m[0]}`);
    }
    assert.deepEqual(bad, []);
  });
});
