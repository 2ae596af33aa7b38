// esbuild plugin for the bundles that carry pdfmake (dist/export.js, the CLI's PDF bundles):
// fontkit requires the brotli decoder at load time for WOFF2 fonts only, and that decoder
// brings a 1.3 MB dictionary that every cold PDF export used to read, parse and decode before
// rendering (docs/PERFORMANCE.md). Our PDFs embed the three DejaVu Sans TrueType files and
// nothing else (pdf.ts allows no other font file), so WOFF2 never reaches fontkit: the decoder
// is replaced by a function that says so, in case a future font ever takes that road.
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
