/**
 * The preview's HTML, which both the extension (first render) and the webview script (later
 * updates) produce from the same SyntheseModel. Kept apart from the other doors of shared/ so that the
 * webview bundle carries only this (esbuild keeps every module a barrel touches).
 */
export { httpUrl } from '../server/src/products/render/escape';
export { makeNonce, renderEmptyBody, renderSyntheseBody, renderSynthesePage } from '../server/src/products/render/syntheseHtml';
