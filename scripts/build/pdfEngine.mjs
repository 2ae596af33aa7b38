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
