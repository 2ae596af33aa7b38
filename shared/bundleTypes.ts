/**
 * The types of the bundles the desktop client requires on first use (dist/export.js,
 * dist/tableur.js, dist/site.js; esbuild.mjs): types only, nothing of them is loaded here.
 * Loading them goes through shared/nodeBundles.ts (the V8 code cache), Node only.
 */
export type * as ExportModule from '../server/src/products/pdf/index';
export type * as TableurModule from '../server/src/products/tableur/index';
export type * as SiteModule from '../server/src/products/site/generate';
