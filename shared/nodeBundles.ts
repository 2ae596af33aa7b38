/**
 * The desktop client's door to the V8 code cache (server/src/runtime/codeCache.ts): the PDF
 * engine is required through it on first use. Kept out of the other doors of shared/, which the web client
 * (client/src/browser/) also imports: a browser has no `node:vm`.
 */
export { requireBundle, saveCodeCaches } from '../server/src/runtime/codeCache';
