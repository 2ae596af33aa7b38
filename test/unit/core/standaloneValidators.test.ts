/**
 * The bundles validate with the JSON Schema code ajv generated at build time
 * (scripts/standaloneValidators.mjs), the sources with ajv compiling the schema at run time
 * (server/src/core/validators.ts). A student must get the same findings either way: same
 * verdict, same ajv errors (keyword, path, params, schema, data), hence the same messages and
 * ranges. The standalone module is built here exactly as esbuild.mjs builds it (same plugin).
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import fc from 'fast-check';
import type { ValidateFunction } from 'ajv';
import { Document, parseDocument } from 'yaml';
import { schemaFindings } from '../../../server/src/core/schema';
import { text } from '../../../server/src/core/l10n';
import { dossierValidator, reviewValidator } from '../../../server/src/core/validators';
import { runs, seedFor } from '../fuzz/harness';

const ROOT = path.resolve(__dirname, '../../..');

interface Validators {
  dossierValidator(): ValidateFunction;
  reviewValidator(): ValidateFunction;
}

/** validators.ts bundled with the build's plugin, loaded as the bundles load it. */
async function bundledValidators(): Promise<Validators> {
  const { standaloneValidators } = (await import(path.join(ROOT, 'scripts/standaloneValidators.mjs'))) as { standaloneValidators: esbuild.Plugin };
  const out = path.join(ROOT, 'test-output/standalone-validators/validators.cjs');
  mkdirSync(path.dirname(out), { recursive: true });
  const r = await esbuild.build({
    entryPoints: [path.join(ROOT, 'server/src/core/validators.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    plugins: [standaloneValidators],
    logLevel: 'silent'
  });
  const code = r.outputFiles[0].text;
  writeFileSync(out, code);
  // Proof that this is the generated code, not ajv compiling at load time.
  assert.ok(!/\bcompileSchema\b|new Ajv\b/.test(code), 'the standalone module must not contain ajv’s compiler');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(out) as Validators;
}

function dossiers(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of ['examples', 'test/fixtures/classe', 'test/fixtures/erreurs']) {
    for (const n of readdirSync(path.join(ROOT, dir)).sort()) {
      if (n.endsWith('.sio.yaml')) out.push({ name: `${dir}/${n}`, text: readFileSync(path.join(ROOT, dir, n), 'utf8') });
    }
  }
  return out;
}

function reviews(): { name: string; text: string }[] {
  const dir = 'test/fixtures/classe';
  return readdirSync(path.join(ROOT, dir))
    .filter((n) => n.endsWith('.revue.yaml'))
    .sort()
    .map((n) => ({ name: `${dir}/${n}`, text: readFileSync(path.join(ROOT, dir, n), 'utf8') }));
}

/** Verdict and errors of both validators on one value: equal, or the assertion says where. */
function sameVerdict(runtime: ValidateFunction, standalone: ValidateFunction, data: unknown, what: string): boolean {
  const a = runtime(data);
  const errorsA = structuredClone(runtime.errors ?? null);
  const b = standalone(data);
  const errorsB = structuredClone(standalone.errors ?? null);
  assert.equal(b, a, `${what}: verdict`);
  assert.deepEqual(errorsB, errorsA, `${what}: ajv errors`);
  return a;
}

const MESSAGE = text('Pas un dossier.', 'Not a dossier.');

/** The findings users read (code, message, range, quick fix) from both validators on a YAML text. */
function sameFindings(runtime: ValidateFunction, standalone: ValidateFunction, source: string, what: string): void {
  const doc = parseDocument(source, { prettyErrors: false });
  const data = doc.toJS({ maxAliasCount: 100 });
  const a = schemaFindings(runtime, doc, data, source, MESSAGE);
  const b = schemaFindings(standalone, doc, data, source, MESSAGE);
  assert.deepEqual(b, a, `${what}: findings`);
}

type Path = (string | number)[];

/** Every path to a value inside `v` (objects and arrays), the root included. */
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'addKey'; key: string; value: unknown };

function applyMutation(root: unknown, at: Path, m: Mutation): unknown {
  if (at.length === 0) return m.kind === 'set' ? m.value : root;
  const parent = at.slice(0, -1).reduce<any>((o, k) => o[k], root);
  const last = at[at.length - 1];
  if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) target[m.key] = m.value;
  }
  return root;
}

/** Values a student could type, and the schema's own words in the wrong places. */
const wordOfTheSchema = fc.constantFrom('bts-sio', 'mc-sno', 'sisr', 'slam', 'B1.1', 'B1.2.3', 'stage', 'entreprise', 'formation', '2026', '', ' ', 'glpi-parc', 'Glpi Parc', 'intitule');
const value: fc.Arbitrary<unknown> = fc.oneof(
  wordOfTheSchema,
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(wordOfTheSchema, { maxLength: 4 }),
  fc.dictionary(wordOfTheSchema, wordOfTheSchema, { maxKeys: 3 })
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('addKey' as const), key: fc.oneof(wordOfTheSchema, fc.string({ maxLength: 8 })), value })
);

describe('JSON Schema validators compiled at build time (standalone) and at run time', function () {
  this.timeout(60_000);
  let bundled: Validators;
  before(async () => {
    bundled = await bundledValidators();
  });

  it('give the same verdict, errors and findings on every example and fixture dossier', () => {
    const list = dossiers();
    assert.ok(list.length >= 5, `only ${list.length} dossiers found`);
    let invalid = 0;
    for (const d of list) {
      const doc = parseDocument(d.text);
      if (!sameVerdict(dossierValidator(), bundled.dossierValidator(), doc.toJS(), d.name)) invalid++;
      sameFindings(dossierValidator(), bundled.dossierValidator(), d.text, d.name);
    }
    // The error fixture must really exercise the error path.
    assert.ok(invalid >= 1, 'no invalid dossier among the fixtures');
  });

  it('give the same verdict, errors and findings on every review fixture', () => {
    const list = reviews();
    assert.ok(list.length >= 2, `only ${list.length} reviews found`);
    for (const r of list) {
      sameVerdict(reviewValidator(), bundled.reviewValidator(), parseDocument(r.text).toJS(), r.name);
      sameFindings(reviewValidator(), bundled.reviewValidator(), r.text, r.name);
    }
  });

  it('give the same verdict, errors and findings on randomly edited dossiers and reviews (fixed seed)', () => {
    const sources = [...dossiers(), ...reviews()].map((s) => ({ ...s, review: s.name.endsWith('.revue.yaml'), data: parseDocument(s.text).toJS() }));
    let invalid = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: sources.length - 1 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), mutation), { minLength: 1, maxLength: 4 }),
        (which, edits) => {
          const src = sources[which];
          let data: unknown = structuredClone(src.data);
          for (const [at, m] of edits) {
            const all = paths(data);
            data = applyMutation(data, all[Math.floor(at * all.length)], m);
          }
          const [runtime, standalone] = src.review ? [reviewValidator(), bundled.reviewValidator()] : [dossierValidator(), bundled.dossierValidator()];
          const what = `${src.name} after ${JSON.stringify(edits).slice(0, 300)}`;
          if (!sameVerdict(runtime, standalone, data, what)) invalid++;
          // Through YAML text, as a student's file: the findings' messages and ranges.
          sameFindings(runtime, standalone, new Document(data).toString(), what);
        }
      ),
      { seed: seedFor(20261201), numRuns: runs(600) }
    );
    assert.ok(invalid > 100, `only ${invalid} of the mutated values were invalid: the comparison barely exercised the errors`);
  });
});
