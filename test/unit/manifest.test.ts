/**
 * package.json invariants a user notices: every command and setting titled in French and English,
 * every runtime message translated, every contributed file present, a small .vsix.
 * Model: microsoft/vscode extensions/markdown-language-features/src/test/manifest.test.ts.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '../..');
const readJson = (rel: string) => JSON.parse(readFileSync(path.join(root, rel), 'utf8'));

const pkg = readJson('package.json');
const nlsEn: Record<string, string> = readJson('package.nls.json');
const nlsFr: Record<string, string> = readJson('package.nls.fr.json');
const contributes = pkg.contributes;

/** `%key%` → key, anything else → undefined. */
const nlsKey = (value: unknown): string | undefined =>
  typeof value === 'string' && /^%[^%]+%$/.test(value) ? value.slice(1, -1) : undefined;

function assertTranslated(value: unknown, what: string): void {
  const key = nlsKey(value);
  assert.ok(key, `${what} must be a %key% reference, got ${JSON.stringify(value)}`);
  assert.ok(nlsEn[key]?.trim(), `${what}: "${key}" missing from package.nls.json (English)`);
  assert.ok(nlsFr[key]?.trim(), `${what}: "${key}" missing from package.nls.fr.json (French)`);
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p, suffix) : e.name.endsWith(suffix) ? [p] : [];
  });
}

/** Strings passed as a literal first argument to `l10n.t(` / `vscode.l10n.t(`. */
function l10nCalls(source: string): string[] {
  const out: string[] = [];
  const call = /\bl10n\.t\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const m of source.matchAll(call)) out.push(m[2].replace(/\\(['"`\\])/g, '$1'));
  return out;
}

const clientSources = filesUnder(path.join(root, 'client/src'), '.ts');

describe('manifest: commands', () => {
  const commands: { command: string; title: string; category?: string; icon?: string }[] = contributes.commands;

  it('contributes the commands of the brief', () => {
    const ids = commands.map((c) => c.command).sort();
    for (const id of ['sio.exportPdf', 'sio.exportPdfAs', 'sio.exportTableur', 'sio.importTableau', 'sio.newDossier', 'sio.restartServer', 'sio.showClassView', 'sio.showPreview']) {
      assert.ok(ids.includes(id), `${id} is not contributed`);
    }
  });

  it('titles every command in English and French, under the « Dossier SIO » category', () => {
    for (const c of commands) {
      assertTranslated(c.title, `title of ${c.command}`);
      assertTranslated(c.category, `category of ${c.command}`);
    }
    assert.equal(nlsFr[nlsKey(commands.find((c) => c.command === 'sio.showPreview')!.title)!], 'Aperçu du tableau de synthèse');
    assert.equal(nlsFr['category'], 'Dossier SIO');
  });

  it('lets an English palette find each command by its French title too', () => {
    // A French class often runs an English VS Code, and the dossier's comments, the walkthrough
    // and the teacher say « Aperçu du tableau de synthèse »: the English title carries it.
    // (A French VS Code already matches the English title: it searches the original too.)
    for (const c of commands) {
      const key = nlsKey(c.title)!;
      assert.ok(nlsEn[key].endsWith(` (${nlsFr[key]})`), `${c.command}: "${nlsEn[key]}" does not end with "(${nlsFr[key]})"`);
    }
  });

  it('registers in the client every command a user can run from the palette', () => {
    const registered = new Set<string>();
    for (const file of clientSources) {
      for (const m of readFileSync(file, 'utf8').matchAll(/registerCommand\(\s*['"]([\w.]+)['"]/g)) registered.add(m[1]);
    }
    const hidden = new Map<string, string>(
      (contributes.menus.commandPalette as { command: string; when?: string }[]).map((m) => [m.command, m.when ?? ''])
    );
    for (const c of commands) {
      assert.ok(registered.has(c.command), `${c.command} is contributed but no registerCommand in client/src`);
      // Contributed means usable: a command the palette never shows is one no user finds.
      assert.notEqual(hidden.get(c.command), 'false', `${c.command} is hidden from the palette`);
    }
  });

  it('points menus, keybindings and walkthrough events at contributed commands only', () => {
    const ids = new Set(commands.map((c) => c.command));
    for (const [menu, items] of Object.entries(contributes.menus as Record<string, { command: string }[]>)) {
      for (const i of items) assert.ok(ids.has(i.command), `menu ${menu} refers to unknown ${i.command}`);
    }
    for (const k of contributes.keybindings) assert.ok(ids.has(k.command), `keybinding for unknown ${k.command}`);
    const preview = contributes.menus['editor/title'].find((m: { command: string }) => m.command === 'sio.showPreview');
    assert.equal(preview?.when, 'resourceLangId == sio-yaml');
    assert.equal(commands.find((c) => c.command === 'sio.showPreview')!.icon, '$(open-preview)');
  });
});

describe('manifest: settings', () => {
  const properties: Record<string, Record<string, unknown>> = contributes.configuration.properties;

  it('declares the sio.* settings with their defaults', () => {
    assert.deepEqual(
      Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, v.default])),
      {
        'sio.trace.server': 'off',
        'sio.revue.relecteur': '',
        'sio.langue': 'fr',
        'sio.diagnostics.coverageSub': 'information',
        'sio.inlayHints.competenceTitles': true,
        'sio.workspaceDiagnostics': true,
        'sio.export.includeEvaluation': false,
        'sio.preview.debounceMs': 200,
        'sio.tableur.modele': ''
      }
    );
  });

  it('restricts in untrusted workspaces every setting that names a file (the tableur template)', () => {
    const file = Object.keys(properties).filter((k) => /modele|template|path|file/i.test(k));
    assert.deepEqual(file, ['sio.tableur.modele']);
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, file);
    assertTranslated(pkg.capabilities.untrustedWorkspaces.description, 'untrustedWorkspaces description');
  });

  it('gives every setting a scope and an English and French description, enum values included', () => {
    for (const [id, p] of Object.entries(properties)) {
      assert.ok(['application', 'machine', 'window', 'resource', 'language-overridable', 'machine-overridable'].includes(p.scope as string), `${id} has no valid scope`);
      assertTranslated(p.description ?? p.markdownDescription, `description of ${id}`);
      if (p.enum) {
        const descriptions = p.enumDescriptions as unknown[] | undefined;
        assert.equal(descriptions?.length, (p.enum as unknown[]).length, `${id}: one enumDescription per value`);
        descriptions!.forEach((d, i) => assertTranslated(d, `${id} = ${(p.enum as unknown[])[i]}`));
      }
    }
    assertTranslated(contributes.configuration.title, 'configuration title');
  });
});

describe('manifest: editor defaults for dossiers', () => {
  const defaults = contributes.configurationDefaults as Record<string, Record<string, unknown>>;

  it('French typography (’ « » – … and the non-breaking spaces) gets no ambiguous or invisible character box', () => {
    const sample = 'L’équipe a livré « GLPI » le 3 mars\u202f: 2 serveurs\u00a0– fin…';
    for (const lang of ['[sio-yaml]', '[sio-revue]']) {
      const allowed = defaults[lang]['editor.unicodeHighlight.allowedCharacters'] as Record<string, boolean>;
      // Every non-ASCII character of a typical French sentence, except letters with accents (never highlighted).
      for (const ch of sample.replace(/[\x00-\x7f]|\p{L}/gu, '')) assert.equal(allowed[ch], true, `${lang}: U+${ch.codePointAt(0)!.toString(16)}`);
      assert.deepEqual(defaults[lang]['editor.unicodeHighlight.allowedLocales'], { fr: true });
    }
  });

  it('competence titles after the ids show while Ctrl+Alt is held, not all the time (long lines)', () => {
    assert.equal(defaults['[sio-yaml]']['editor.inlayHints.enabled'], 'offUnlessPressed');
    assert.equal(contributes.configuration.properties['sio.inlayHints.competenceTitles'].default, true);
  });
});

describe('manifest: translations', () => {
  it('has the same keys in package.nls.json and package.nls.fr.json, and every %key% of package.json resolves', () => {
    assert.deepEqual(Object.keys(nlsFr).sort(), Object.keys(nlsEn).sort());
    const used = JSON.stringify(pkg).match(/"%[^%"]+%"/g) ?? [];
    for (const ref of used) assertTranslated(JSON.parse(ref), `package.json ${ref}`);
  });

  it('writes package.nls.fr.json in French, not a copy of the English', () => {
    // `*.fr` / `*.en` keys are in one language whatever VS Code's (the walkthrough steps chosen by sio.langue).
    const fixed = (k: string) => /^walkthrough\..*\.(fr|en)$/.test(k);
    const same = Object.keys(nlsEn).filter((k) => !fixed(k) && nlsEn[k] === nlsFr[k] && !/Dossier SIO|^Information\.$/.test(nlsEn[k]));
    assert.deepEqual(same, []);
    for (const k of Object.keys(nlsEn).filter(fixed)) assert.equal(nlsEn[k], nlsFr[k], `${k} must be the same in both files`);
  });

  it('has an English translation for every runtime string of the client', () => {
    const bundle: Record<string, string> = readJson('l10n/bundle.l10n.en.json');
    const missing: string[] = [];
    let count = 0;
    for (const file of clientSources) {
      for (const fr of l10nCalls(readFileSync(file, 'utf8'))) {
        count++;
        if (!bundle[fr]?.trim()) missing.push(`${path.relative(root, file)}: ${fr}`);
      }
    }
    assert.ok(count >= 20, `only ${count} l10n.t calls found: is the scan broken?`);
    assert.deepEqual(missing, []);
  });

  it('keeps l10n/bundle.l10n.en.json in step with the client/src/**/*.l10n.en.json fragments', () => {
    execFileSync(process.execPath, [path.join(root, 'scripts/merge-l10n.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
  });

  it('goes through client/src/l10n.ts, since vscode.l10n.t leaves an English UI with the French source', () => {
    const direct = clientSources.filter((f) => /\bvscode\.l10n\.t\(/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(direct.map((f) => path.relative(root, f)), []);
  });
});

describe('manifest: languages, grammar, snippets, schema', () => {
  it('declares sio-yaml for *.sio.yaml and sio-revue for *.revue.yaml, with existing files', () => {
    const byId = new Map<string, Record<string, unknown>>(contributes.languages.map((l: { id: string }) => [l.id, l]));
    assert.deepEqual(byId.get('sio-yaml')?.filenamePatterns, ['*.sio.yaml']);
    assert.deepEqual(byId.get('sio-revue')?.filenamePatterns, ['*.revue.yaml']);
    assert.equal((byId.get('sio-yaml')!.aliases as string[])[0], 'Dossier SIO');
    assert.equal((byId.get('sio-revue')!.aliases as string[])[0], 'Revue SIO');
    for (const l of byId.values()) assert.ok(existsSync(path.join(root, l.configuration as string)), `${l.configuration}`);
  });

  it('points grammar, snippets, yamlValidation, icon and walkthrough media at files that exist', () => {
    const paths = [
      ...contributes.grammars.map((g: { path: string }) => g.path),
      ...contributes.snippets.map((s: { path: string }) => s.path),
      ...contributes.yamlValidation.map((v: { url: string }) => v.url),
      pkg.icon,
      ...contributes.walkthroughs.flatMap((w: { steps: { media: { markdown?: string; image?: string } }[] }) =>
        w.steps.map((s) => s.media.markdown ?? s.media.image)
      )
    ];
    for (const p of paths) assert.ok(existsSync(path.join(root, p)), `${p} does not exist`);
    assert.deepEqual(contributes.yamlValidation, [
      { fileMatch: '*.sio.yaml', url: './schemas/sio-dossier.schema.json' },
      { fileMatch: '*.revue.yaml', url: './schemas/sio-revue.schema.json' }
    ]);
  });

  it('indents review files with 2 spaces, like dossiers (VS Code’s default of 4 made them differ)', () => {
    for (const lang of ['sio-yaml', 'sio-revue']) {
      const defaults = contributes.configurationDefaults?.[`[${lang}]`] ?? {};
      assert.deepEqual([defaults['editor.tabSize'], defaults['editor.insertSpaces']], [2, true], lang);
    }
  });

  it('gives review files a grammar scope of their own, so the dossier’s snippets stay out of them', () => {
    // VS Code builds one tokenizer per scope name, for the first language asking: with a shared
    // scope, a review file's tokens carried the language sio-yaml and got the dossier's snippets.
    const scopes = new Map(contributes.grammars.map((g: { language: string; scopeName: string }) => [g.language, g.scopeName]));
    assert.equal(scopes.get('sio-revue'), 'source.sio-revue');
    assert.notEqual(scopes.get('sio-revue'), scopes.get('sio-yaml'));
    assert.deepEqual(contributes.snippets.map((s: { language: string }) => s.language), ['sio-yaml']);
    // …and is coloured by the dossier's rules all the same.
    const revue = readJson('syntaxes/sio-revue.tmLanguage.json');
    const sio = readJson('syntaxes/sio-yaml.tmLanguage.json');
    assert.equal(revue.scopeName, 'source.sio-revue');
    assert.deepEqual(revue.injections['L:source.sio-revue -comment'].patterns, [{ include: 'source.sio-yaml#sio' }]);
    assert.ok(sio.repository.sio, 'the included rule exists in the dossier grammar');
  });

  it('ships a 128×128 PNG icon', () => {
    const png = readFileSync(path.join(root, pkg.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it('has snippets that parse, with the French prefixes and French descriptions', () => {
    const snippets: Record<string, { prefix: string; body: string[]; description: string }> = readJson(contributes.snippets[0].path);
    assert.deepEqual(Object.values(snippets).map((s) => s.prefix).sort(), ['dossier', 'fiche', 'periode', 'realisation', 'stage']);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(Array.isArray(s.body) && s.body.length > 0, `${name}: empty body`);
      assert.match(s.description, /[éèàçê]|\b(de|du|des|la|le|les|et|au|une?)\b/i, `${name}: description not in French`);
      // Tab stops must be numbered consistently: a choice `${n|a,b|}` or placeholder `${n:…}` once per n.
      const stops = s.body.join('\n').match(/\$\{(\d+)[:|]/g) ?? [];
      assert.equal(new Set(stops).size, stops.length, `${name}: a tab stop number is reused`);
    }
  });

  it('starts the walkthrough with « Nouveau dossier » and titles every step in both languages', () => {
    const [w] = contributes.walkthroughs;
    assertTranslated(w.title, 'walkthrough title');
    assert.equal(nlsFr[nlsKey(w.title)!], 'Premiers pas avec Dossier SIO');
    for (const s of w.steps) {
      assertTranslated(s.title, `step ${s.id}`);
      assertTranslated(s.description, `step ${s.id} description`);
    }
    assert.match(nlsFr[nlsKey(w.steps[0].description)!], /\(command:sio\.newDossier\)/);
  });

  it('shows the walkthrough steps in French unless Dossier SIO speaks English (sio.langue)', () => {
    // VS Code picks a walkthrough's title by its display language only; the steps can be chosen
    // by a `when` clause on the language the client sets (unset before activation: French).
    const [w] = contributes.walkthroughs;
    const fr = w.steps.filter((s: { when?: string }) => s.when === 'sio.langue != en');
    const en = w.steps.filter((s: { when?: string }) => s.when === 'sio.langue == en');
    assert.equal(fr.length + en.length, w.steps.length);
    assert.deepEqual(en.map((s: { id: string }) => s.id), fr.map((s: { id: string }) => `${s.id}.en`));
    for (const s of fr) {
      assert.match(nlsEn[nlsKey(s.title)!], /[éèàçê]|\b(un|le|les|du|en)\b/, `${s.id} title in French`);
      assert.doesNotMatch(readFileSync(path.join(root, s.media.markdown), 'utf8'), /\b(the|your)\b/i, `${s.id} media in French`);
    }
    for (const s of en) assert.match(readFileSync(path.join(root, s.media.markdown), 'utf8'), /\b(the|your)\b/i, `${s.id} media in English`);
  });

  it('keeps the walkthrough code samples narrow enough for its panel (no horizontal scroll)', () => {
    const [w] = contributes.walkthroughs;
    for (const s of w.steps) {
      const md = readFileSync(path.join(root, s.media.markdown), 'utf8');
      const code = [...md.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n'));
      const wide = code.filter((l) => l.length > 44);
      assert.deepEqual(wide, [], `${s.media.markdown}: code lines over 44 characters`);
    }
  });
});

describe('manifest: packaging', () => {
  // vsce itself decides what goes into the .vsix: ask it rather than re-implement .vscodeignore.
  let listed: string[] = [];
  before(() => {
    listed = execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  });

  it('leaves node_modules, sources, tests, scripts and source maps out of the .vsix', () => {
    const leaked = listed.filter((f) => /^(node_modules|client|server|test|scripts|webview\/src|\.ci|examples)\//.test(f) || /\.(ts|map)$/.test(f));
    assert.deepEqual(leaked, []);
  });

  it('puts the manifest, its translations, grammar, snippets, schema, l10n and media in the .vsix', () => {
    for (const f of [
      'package.json',
      'package.nls.json',
      'package.nls.fr.json',
      'language-configuration.json',
      'LICENSE',
      'syntaxes/sio-yaml.tmLanguage.json',
      'syntaxes/sio-revue.tmLanguage.json',
      'snippets/sio.code-snippets.json',
      'schemas/sio-dossier.schema.json',
      'l10n/bundle.l10n.en.json',
      'media/icon.png',
      'media/walkthrough/creer.md',
      // Loaded by « Générer le site du portfolio » (client/src/commands/generateSite.ts).
      'dist/site.js'
    ]) {
      assert.ok(listed.includes(f), `${f} is not packaged`);
    }
  });

  it('packages every bundle the extension requires at run time (the PDF and tableur engines are loaded on demand)', () => {
    for (const f of ['dist/extension.js', 'dist/server.js', 'dist/export.js', 'dist/tableur.js']) assert.ok(listed.includes(f), `${f} is not packaged`);
    // Each require(path.join(__dirname, 'x.js')) of the client names a packaged bundle.
    for (const file of clientSources) {
      for (const m of readFileSync(file, 'utf8').matchAll(/require\(path\.join\(__dirname, '([\w.-]+\.js)'\)\)/g)) {
        assert.ok(listed.includes(`dist/${m[1]}`), `${file} requires dist/${m[1]}, which is not packaged`);
      }
    }
  });

  it('packages every bundle the extension loads through the code cache (requireBundle), and the fonts prepared at build time', () => {
    const loaded = clientSources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/requireBundle(?:<[^>]*>)?\(path\.join\(__dirname, '([\w.-]+\.js)'\)\)/g)].map((m) => [file, m[1]]));
    assert.ok(loaded.some(([, b]) => b === 'export.js'), 'the PDF export loads dist/export.js through the code cache');
    for (const [file, bundle] of loaded) assert.ok(listed.includes(`dist/${bundle}`), `${file} loads dist/${bundle}, which is not packaged`);
    for (const f of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf']) {
      assert.ok(listed.includes(`dist/fonts/${f}`), `dist/fonts/${f} is not packaged`);
      assert.ok(listed.includes(`dist/fonts/plain/${f}`), `dist/fonts/plain/${f} is not packaged`);
    }
  });

  it('declares a repository, so vsce packages without prompting', () => {
    assert.ok(pkg.repository?.url, 'repository.url');
    assert.equal(pkg.license, 'MIT');
  });
});
