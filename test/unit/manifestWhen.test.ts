/**
 * Every `when` clause of package.json names context keys that exist: VS Code's own (the list
 * below, from code.visualstudio.com/api/references/when-clause-contexts), `config.sio.*` keys of
 * our settings, or keys the client sets with `setContext`. A clause on a key nobody sets is
 * silently false: the class view stayed out of the palette for that reason (`sio.classViewAvailable`).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** VS Code context keys this manifest may use (documented ones only). */
const VSCODE_KEYS = new Set([
  'editorLangId',
  'resourceLangId',
  'resourceFilename',
  'resourceExtname',
  'resourceScheme',
  'resourcePath',
  'explorerResourceIsFolder',
  'workspaceFolderCount',
  'editorTextFocus',
  'editorFocus',
  'activeWebviewPanelId',
  'view',
  'viewItem',
  'isWeb',
  'isLinux',
  'isMac',
  'isWindows'
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Keys set by `vscode.commands.executeCommand('setContext', 'sio.x', …)` in the client. */
function keysSetByClient(): Set<string> {
  const out = new Set<string>();
  for (const f of sources(path.join(root, 'client/src'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/['"]setContext['"]\s*,\s*['"]([\w.]+)['"]/g)) out.add(m[1]);
  }
  return out;
}

/** The context keys a when clause reads: left operands, and bare keys (`a && !b`). */
export function contextKeysOf(when: string): string[] {
  const withoutLiterals = when
    .replace(/=~\s*\/(?:\\.|[^/\\])*\/[a-z]*/g, ' ') // regex right operands
    .replace(/(['"])(?:\\.|(?!\1).)*\1/g, ' ') // quoted values
    .replace(/(==|!=|>=|<=|>|<|\bnot in\b|\bin\b)\s*[^\s&|)]+/g, ' '); // other right operands
  return (withoutLiterals.match(/[A-Za-z_][\w.:-]*/g) ?? []).filter((k) => k !== 'true' && k !== 'false');
}

/** Every `when` of the manifest, with where it is. */
function whenClauses(): { where: string; when: string }[] {
  const c = pkg.contributes;
  const out: { where: string; when: string }[] = [];
  for (const [menu, items] of Object.entries(c.menus as Record<string, { command: string; when?: string }[]>)) {
    for (const i of items) if (i.when) out.push({ where: `menus.${menu} ${i.command}`, when: i.when });
  }
  for (const k of c.keybindings ?? []) if (k.when) out.push({ where: `keybinding ${k.command}`, when: k.when });
  for (const [container, views] of Object.entries((c.views ?? {}) as Record<string, { id: string; when?: string }[]>)) {
    for (const v of views) if (v.when) out.push({ where: `views.${container} ${v.id}`, when: v.when });
  }
  for (const w of c.walkthroughs ?? []) {
    if (w.when) out.push({ where: `walkthrough ${w.id}`, when: w.when });
    for (const s of w.steps) if (s.when) out.push({ where: `walkthrough step ${s.id}`, when: s.when });
  }
  return out;
}

describe('manifest: when clauses', () => {
  it('reads the keys of a clause and not its values', () => {
    assert.deepEqual(contextKeysOf('resourceFilename =~ /\\.sio\\.yaml$/ && !sio.busy'), ['resourceFilename', 'sio.busy']);
    assert.deepEqual(contextKeysOf("editorLangId == sio-yaml || config.sio.langue == 'fr'"), ['editorLangId', 'config.sio.langue']);
    assert.deepEqual(contextKeysOf('workspaceFolderCount > 0'), ['workspaceFolderCount']);
  });

  it('uses only context keys that VS Code or the extension sets', () => {
    const settings = new Set(Object.keys(pkg.contributes.configuration.properties).map((k) => `config.${k}`));
    const client = keysSetByClient();
    const unknown: string[] = [];
    for (const { where, when } of whenClauses()) {
      for (const key of contextKeysOf(when)) {
        if (!VSCODE_KEYS.has(key) && !settings.has(key) && !client.has(key)) unknown.push(`${where}: ${key}`);
      }
    }
    assert.deepEqual(unknown, []);
  });

  it('offers the class view in the palette with a folder open and on a folder of the explorer', () => {
    const palette = pkg.contributes.menus.commandPalette.find((m: { command: string }) => m.command === 'sio.showClassView');
    assert.ok(!palette || palette.when === 'workspaceFolderCount > 0', `palette: ${palette?.when}`);
    const explorer = pkg.contributes.menus['explorer/context'].find((m: { command: string }) => m.command === 'sio.showClassView');
    assert.equal(explorer?.when, 'explorerResourceIsFolder');
  });
});
