/**
 * The server-side code the client and the webview run too, behind one door: the HTML of the
 * preview and of the class view, the class CSV, the bilingual text picker and the types of the
 * bundles the client requires on first use (dist/export.js, dist/tableur.js, dist/site.js). client/src imports these from here, webview/src from
 * shared/render.ts, both the messages from server/src/protocol/messages.ts — never from server/src
 * directly, so that the boundary between the editor side and the pure code is a few lines to
 * read (test/unit/architecture.test.ts keeps it so).
 */
export { pick, localeFrom, type Locale, type Text } from '../server/src/core/l10n';
export { toCsv } from '../server/src/products/class/csv';
export { classTable } from '../server/src/products/class/table';
export { depotItemLabel } from '../server/src/products/depot/labels';
export { relativeFile } from '../server/src/products/class/relative';
export { isClassPageMessage, renderClassPage, type ClassPageLabels } from '../server/src/products/class/html';
export * from './render';
export type * as ExportModule from '../server/src/products/pdf/index';
export type * as TableurModule from '../server/src/products/tableur/index';
export type * as SiteModule from '../server/src/products/site/generate';
export { dossierTemplate, exampleSession, type TemplateOption } from '../server/src/core/template';
