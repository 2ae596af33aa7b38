/**
 * One table of the réalisation's fields (server/src/core/realisationFields.ts): what cannot
 * import it — the JSON Schema, the static snippets, the new-dossier template — must agree with
 * it, and the parser reads every field it lists.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import dossierSchema from '../../schemas/sio-dossier.schema.json';
import { dossierTemplate } from '../../server/src/core/template';
import { parseDossier } from '../../server/src/core/parse';
import { REALISATION_FIELDS, REALISATION_KEYS, REALISATION_TEXT_KEYS } from '../../server/src/core/realisationFields';

const ROOT = path.resolve(__dirname, '../..');
const schema = (dossierSchema as unknown as { definitions: { realisation: { properties: Record<string, { enum?: unknown[] }>; required: string[]; additionalProperties: boolean } } }).definitions.realisation;

/** Keys of a YAML mapping written as lines at `indent` spaces (the réalisation blocks of a text). */
function realisationKeyLists(yamlText: string): string[][] {
  const data = parseDocument(yamlText).toJS() as { realisations?: Record<string, unknown>[] };
  return (data.realisations ?? []).map((r) => Object.keys(r));
}

function inTableOrder(keys: string[]): boolean {
  const idx = keys.map((k) => REALISATION_KEYS.indexOf(k as never));
  return idx.every((i, n) => i >= 0 && (n === 0 || i > idx[n - 1]));
}

describe('the fields of a réalisation', () => {
  it('the JSON Schema has exactly the fields of the table, in its order', () => {
    assert.deepEqual(Object.keys(schema.properties), [...REALISATION_KEYS]);
    assert.equal(schema.additionalProperties, false);
  });

  it('the JSON Schema requires the fields the table says are required', () => {
    assert.deepEqual([...schema.required].sort(), REALISATION_FIELDS.filter((f) => f.required).map((f) => f.key).sort());
  });

  it('the JSON Schema allows the values the table lists', () => {
    for (const f of REALISATION_FIELDS) {
      const allowed = schema.properties[f.key].enum?.filter((v) => v !== null);
      assert.deepEqual(allowed, 'values' in f ? [...f.values] : undefined, f.key);
    }
  });

  it('the parser reads every one-value field of the table into the model', () => {
    const lines = REALISATION_TEXT_KEYS.map((k) => `    ${k}: v-${k}`).join('\n');
    const r = parseDossier(`referentiel: bts-sio\nrealisations:\n  - ${lines.trimStart()}\n`).model.realisations[0];
    for (const k of REALISATION_TEXT_KEYS) assert.equal(r[k]?.value, `v-${k}`, k);
  });

  it('the static snippets write réalisation fields of the table, in its order', () => {
    const snippets = JSON.parse(readFileSync(path.join(ROOT, 'snippets/sio.code-snippets.json'), 'utf8')) as Record<string, { body: string[] }>;
    const plain = (body: string[]) => body.join('\n').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
    const dossier = realisationKeyLists(plain(snippets['Dossier complet'].body));
    const one = realisationKeyLists(`realisations:\n${plain(snippets['Réalisation professionnelle'].body).replace(/^/gm, '  ')}`);
    assert.ok(dossier.length === 1 && one.length === 1);
    for (const keys of [...dossier, ...one]) assert.ok(inTableOrder(keys), keys.join(', '));
  });

  it('the new-dossier template writes réalisation fields of the table, in its order', () => {
    const lists = realisationKeyLists(dossierTemplate(2026));
    assert.ok(lists.length >= 4);
    for (const keys of lists) assert.ok(inTableOrder(keys), keys.join(', '));
  });
});
