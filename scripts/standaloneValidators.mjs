/**
 * Build-time JSON Schema validators (issue 16): ajv compiles the dossier's and the review file's
 * schemas here, once, and `ajv/dist/standalone` writes the compiled functions as plain code. The
 * esbuild plugin below puts that code in place of server/src/core/validators.ts in every bundle,
 * so the language server and the CLI start without ajv's compiler (~40 ms of CPU on the first
 * opened dossier, and its code in the bundle). The options are validators.ts's own (read from it,
 * not copied), so the source and the bundle cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const VALIDATORS_SOURCE = path.join(root, 'server/src/core/validators.ts');

/** AJV_OPTIONS of validators.ts: a JSON-like object literal, evaluated here. */
function ajvOptions() {
  const src = readFileSync(VALIDATORS_SOURCE, 'utf8');
  const m = /export const AJV_OPTIONS: Options = (\{[^}]*\});/.exec(src);
  if (!m) throw new Error(`AJV_OPTIONS introuvable / not found in ${VALIDATORS_SOURCE}`);
  return Function(`return (${m[1]});`)();
}

const readSchema = (name) => JSON.parse(readFileSync(path.join(root, 'schemas', name), 'utf8'));

/**
 * An ES module with the same exports as validators.ts (dossierValidator, reviewValidator).
 * Its only import is ajv's small runtime helper for string lengths (bundled by esbuild). An ES
 * module, so that a bundle which never validates (the extension) drops it.
 */
export function standaloneValidatorsCode() {
  const dossier = readSchema('sio-dossier.schema.json');
  const review = readSchema('sio-revue.schema.json');
  const ajv = new Ajv({ ...ajvOptions(), code: { source: true, esm: true } });
  ajv.addSchema(dossier);
  ajv.addSchema(review);
  const code = standaloneCode(ajv, { dossier: dossier.$id, review: review.$id });
  return `${code}\nexport const dossierValidator = () => dossier;\nexport const reviewValidator = () => review;\n`;
}

/** esbuild plugin: server/src/core/validators.ts → the standalone code (same exports). */
export const standaloneValidators = {
  name: 'standalone-validators',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]core[\\/]validators\.ts$/ }, () => ({
      contents: standaloneValidatorsCode(),
      loader: 'js',
      resolveDir: root,
      watchFiles: [VALIDATORS_SOURCE, path.join(root, 'schemas/sio-dossier.schema.json'), path.join(root, 'schemas/sio-revue.schema.json')]
    }));
  }
};
