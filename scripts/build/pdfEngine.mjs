// esbuild plugins for the bundles that carry pdfmake (dist/export.js): what pdfkit and fontkit
// load at start-up for features our PDFs never use. Every cold PDF export paid for them before
// rendering (docs/PERFORMANCE.md).

// fontkit requires the brotli decoder at load time for WOFF2 fonts only, and that decoder
// brings a 1.3 MB dictionary to read, parse and decode. Our PDFs embed the three DejaVu Sans
// TrueType files and nothing else (pdf.ts allows no other font file), so WOFF2 never reaches
// fontkit: the decoder is replaced by a function that says so, should a font ever take that road.
export const noWoff2 = {
  name: 'no-woff2',
  setup(build) {
    build.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli-decompress', namespace: 'no-woff2' }));
    build.onLoad({ filter: /.*/, namespace: 'no-woff2' }, () => ({
      loader: 'js',
      contents:
        "module.exports = function () { throw new Error('Police WOFF2 non prise en charge : le PDF embarque DejaVu Sans (TrueType). / WOFF2 fonts are not supported: the PDF embeds DejaVu Sans (TrueType).'); };"
    }));
  }
};

// pdfkit requires AES (@noble/ciphers) at load time for encrypted PDFs, whose tables take
// a few dozen milliseconds to build; our PDFs are not encrypted. The module is kept, but
// loaded on its first use only (pdfkit calls `aes.cbc(…)`/`aes.ecb(…)` when encrypting).
export const lazyAes = {
  name: 'lazy-aes',
  setup(build) {
    build.onResolve({ filter: /^@noble\/ciphers\/aes(\.js)?$/ }, (args) =>
      args.namespace === 'lazy-aes' ? undefined : { path: args.path, namespace: 'lazy-aes', pluginData: args.resolveDir }
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-aes' }, (args) => ({
      loader: 'js',
      resolveDir: args.pluginData,
      contents: `let aes;\nconst load = () => (aes ??= require(${JSON.stringify(args.path)}));\nmodule.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() });`
    }));
  }
};

// fontkit builds, at load time, the Unicode tables of its Arabic, Indic and Universal shapers
// (three compressed tries to inflate). They serve only text that needs OpenType shaping, which
// a French dossier never has (fontTables.ts): each is now built on its first lookup. The three
// declarations are rewritten as found; a fontkit whose code no longer matches is left as it is,
// with a build warning.
const SHAPER_TRIE = /(?:const|var) (\$\w+\$var\$trie) = (new \(0, \(\$parcel\$interopDefault\(\$elh9A\$unicodetrie\)\)\)\([^;]*\));/g;
export const lazyShaperTries = {
  name: 'lazy-shaper-tries',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]fontkit[\\/]dist[\\/]main\.cjs$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const found = [...source.matchAll(SHAPER_TRIE)].length;
      if (found !== 3) return { contents: source, loader: 'js', warnings: [{ text: `fontkit: ${found} shaper tries found instead of 3, left as they are (scripts/build/pdfEngine.mjs)` }] };
      return { loader: 'js', contents: source.replace(SHAPER_TRIE, (_, name, init) => `const ${name} = { get(codePoint) { return (this.trie ??= ${init}).get(codePoint); } };`) };
    });
  }
};
