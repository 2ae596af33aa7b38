/**
 * The JSON Schema validators of the dossier (schemas/sio-dossier.schema.json) and of the review
 * file (schemas/sio-revue.schema.json), one ajv instance, one set of options.
 *
 * Run from source (unit tests, tsx), each schema is compiled by ajv at its first use. In the
 * bundles (dist/server.js, dist/cli.js…), esbuild replaces this module by the code ajv's
 * `standalone` generates from the same schemas and options at build time
 * (scripts/standaloneValidators.mjs): the server compiles no schema, neither at start nor on the
 * first opened dossier, and ajv's compiler is not in the bundle at all. Same validation, same
 * errors: test/unit/core/standaloneValidators.test.ts compares both on the examples and on
 * fuzzed values.
 */
import Ajv, { type Options, type ValidateFunction } from 'ajv';
import dossierSchema from '../../../schemas/sio-dossier.schema.json';
import reviewSchema from '../../../schemas/sio-revue.schema.json';

/** `verbose`: the errors carry their schema (title, allowed properties) for the messages (schema.ts). */
export const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: false };

let ajv: Ajv | null = null;
const compiled = new Map<string, ValidateFunction>();

function compiledSchema(schema: { $id: string }): ValidateFunction {
  let v = compiled.get(schema.$id);
  if (!v) {
    ajv ??= new Ajv(AJV_OPTIONS);
    v = ajv.compile(schema);
    compiled.set(schema.$id, v);
  }
  return v;
}

export function dossierValidator(): ValidateFunction {
  return compiledSchema(dossierSchema);
}

export function reviewValidator(): ValidateFunction {
  return compiledSchema(reviewSchema);
}
