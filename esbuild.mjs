// One build for the bundles of Dossier SIO:
//   dist/extension.js  VS Code client (node, `vscode` external)
//   dist/server.js     language server, `node dist/server.js --stdio`
//   dist/export.js     the PDF export (pdfmake), loaded by the extension on first use
//   dist/tableur.js    the official spreadsheet (ExcelJS, .ods XML), loaded on first use
//   dist/site.js       the portfolio site generator, loaded by the extension on first use
//   dist/markdown-it.js markdown-it, loaded by the bundles above when a text needs it
//   dist/cli.js        the `sio-dossier` command (dist/cli-main.js through the code cache)
//   dist/checkWorker.js a thread of `sio-dossier check` over several cores
//   dist/webview.js    scripts of the preview and class view (browser)
//   dist/browser/extension.js  the client in VS Code for the Web (package.json `browser`)
//   dist/browser/server.js     the language server in a Web Worker (lsp/browserMain.ts)
// --production minifies, --watch rebuilds; type checking is `tsc --noEmit` (npm run typecheck).
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { writeBundle } from './scripts/merge-l10n.mjs';
import { cliBundles } from './scripts/build/cliBundles.mjs';
import { lazyMarkdownIt } from './scripts/build/lazyMarkdownIt.mjs';
import { lazyAes, lazyShaperTries, noWoff2 } from './scripts/build/pdfEngine.mjs';
import { writePlainFonts } from './scripts/build/plainFonts.mjs';
import { standaloneValidators } from './scripts/standaloneValidators.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'linked'
};

// The JSON Schema validators are compiled here, not at run time (scripts/standaloneValidators.mjs).
const node = { ...common, platform: 'node', format: 'cjs', target: 'node18', plugins: [standaloneValidators, lazyMarkdownIt] };

// VS Code for the Web (issue 26): no Node built-in may reach these two bundles
// (test/browser/webBundles.test.ts reads them); markdown-it is bundled in, there is no disk to load it from.
const web = { ...common, platform: 'browser', target: 'es2020', plugins: [standaloneValidators] };

const configs = [
  { ...web, format: 'cjs', entryPoints: ['client/src/browser/extension.ts'], outfile: 'dist/browser/extension.js', external: ['vscode'] },
  { ...web, format: 'iife', entryPoints: ['server/src/lsp/browserMain.ts'], outfile: 'dist/browser/server.js' },
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  // PDF engine + fonts lookup, required by the extension on the first export only.
  { ...node, entryPoints: ['server/src/products/pdf/index.ts'], outfile: 'dist/export.js', plugins: [...node.plugins, noWoff2, lazyAes, lazyShaperTries] },
  // ExcelJS (the blank layout), the XML DOM and fflate, required by the extension on the first spreadsheet export/import.
  { ...node, entryPoints: ['server/src/products/tableur/index.ts'], outfile: 'dist/tableur.js' },
  // The portfolio site generator, required by the extension on first use.
  { ...node, entryPoints: ['server/src/products/site/generate.ts'], outfile: 'dist/site.js' },
  // markdown-it alone (scripts/build/lazyMarkdownIt.mjs), required by the bundles above on first use.
  { ...common, platform: 'node', format: 'cjs', target: 'node18', entryPoints: ['node_modules/markdown-it/dist/index.cjs.js'], outfile: 'dist/markdown-it.js' },
  // The engines (PDF, tableur, site) are not copied in: the commands load dist/export.js,
  // dist/tableur.js and dist/site.js on demand (scripts/build/cliBundles.mjs).
  // dist/cli.js is a launcher that loads dist/cli-main.js (the checks, the dispatcher) the same way.
  { ...node, entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [...node.plugins, cliBundles(process.cwd())] },
  { ...node, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js', plugins: [...node.plugins, cliBundles(process.cwd())] },
  // A worker thread of `check` over several cores: the checks without the PDF engine.
  { ...node, entryPoints: ['server/src/cli/checkWorker.ts'], outfile: 'dist/checkWorker.js' },
  { ...common, platform: 'browser', format: 'iife', target: 'es2020', entryPoints: ['webview/src/preview.ts'], outfile: 'dist/webview/preview.js' },
  { ...common, entryPoints: ['webview/src/preview.css'], outfile: 'dist/webview/preview.css' }
].filter((c) => c.entryPoints.every((e) => existsSync(e)));

// English runtime strings: merge the client/src/**/*.l10n.en.json fragments into l10n/bundle.l10n.en.json.
writeBundle();

// The PDF export embeds DejaVu Sans; the bundles (extension, cli) look for it in dist/fonts
// because node_modules is not shipped in the .vsix.
mkdirSync('dist/fonts', { recursive: true });
for (const f of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf']) {
  copyFileSync(`node_modules/dejavu-fonts-ttf/ttf/${f}`, `dist/fonts/${f}`);
}
// The Bitstream Vera / DejaVu licence asks for its notice to travel with the font files.
copyFileSync('node_modules/dejavu-fonts-ttf/LICENSE', 'dist/fonts/LICENSE.txt');
// Their copies for French text, without the tables the export never reads (fontTables.ts).
await writePlainFonts('dist/fonts', ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf']);

if (watch) {
  for (const c of configs) (await esbuild.context(c)).watch();
  console.log('[esbuild] surveillance des fichiers… / watching…');
} else {
  await Promise.all(configs.map((c) => esbuild.build(c)));
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
}
