// esbuild plugin: markdown-it ships once, as dist/markdown-it.js, loaded on first use.
// The descriptifs of the fiches are Markdown (server/src/products/render/markdown.ts), read by the
// preview of the CLI (dist/cli-main.js), the PDF (dist/export.js), the site (dist/site.js) and
// the extension's exports (dist/extension.js): bundled into each, markdown-it would be four
// copies of 250 kB, parsed at every start of the command line and the extension
// (test/unit/cli/splitBundles.test.ts keeps it out of them). render/markdown.ts requires it
// inside a function, so the file is read only when a descriptif needs markdown-it at all.
// Running from the TypeScript sources (tests, tsx), `require('markdown-it')` is the package.
export const MARKDOWN_IT_BUNDLE = 'markdown-it.js';

export const lazyMarkdownIt = {
  name: 'lazy-markdown-it',
  setup(build) {
    build.onResolve({ filter: /^markdown-it$/ }, () => ({ path: MARKDOWN_IT_BUNDLE, namespace: 'sio-markdown-it' }));
    build.onLoad({ filter: /.*/, namespace: 'sio-markdown-it' }, () => ({
      loader: 'js',
      contents: `module.exports = require(require('node:path').join(__dirname, ${JSON.stringify(MARKDOWN_IT_BUNDLE)}));`
    }));
  }
};
