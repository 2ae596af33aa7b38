// esbuild plugin for dist/cli.js and dist/cli-main.js: the command line loads the engines of the editor's lazy bundles
// instead of carrying copies of them. `sio-dossier check` used to parse the PDF engine, ExcelJS
// and markdown-it (7 MB of JavaScript) before reading a single dossier, and `pdf` parsed the
// spreadsheet code too (docs/PERFORMANCE.md). In server/src/cli/, an import of one of the
// modules below becomes, in the bundle, a load of the matching file of dist/ through the V8
// code cache (server/src/runtime/codeCache.ts). Running from the TypeScript sources (tests,
// tsx), the same imports reach the sources, unchanged. dist/cli.js itself is a launcher
// (server/src/cli/bin.ts) that loads dist/cli-main.js the same way, so the checks are cached too.
import * as path from 'node:path';

/** The modules (paths under server/src, without extension) whose import from cli/ becomes a bundle load. */
const BUNDLES = {
  'products/pdf': 'export.js', // products/pdf/index.ts, pdfmake and the fonts
  'products/tableur': 'tableur.js', // products/tableur/index.ts, ExcelJS, the XML DOM
  'products/site/generate': 'site.js', // the site generator, markdown-it
  'cli/main': 'cli-main.js' // from bin.ts (dist/cli.js): the checks and the dispatcher
};

export function cliBundles(root) {
  const loader = path.join(root, 'server/src/runtime/codeCache.ts');
  const src = path.join(root, 'server/src');
  const cliDir = path.join(src, 'cli');
  return {
    name: 'cli-bundles',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (!path.resolve(args.resolveDir).startsWith(cliDir)) return undefined;
        const target = path.relative(src, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/').replace(/\/index$/, '');
        const bundle = BUNDLES[target];
        return bundle ? { path: bundle, namespace: 'sio-bundle' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'sio-bundle' }, (args) => ({
        loader: 'js',
        resolveDir: root,
        contents: `module.exports = require(${JSON.stringify(loader)}).requireBundle(require('node:path').join(__dirname, ${JSON.stringify(args.path)}));`
      }));
    }
  };
}
