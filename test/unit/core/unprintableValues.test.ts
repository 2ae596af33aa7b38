/**
 * A value that cannot become text (`{toString: false}`) under any enum key, and a check that
 * throws: the dossier still gets every diagnostic, each at its place, the hostile value
 * underlined as invalid — never an empty Problems panel (issue 17).
 */
import { strict as assert } from 'node:assert';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import dossierSchema from '../../../schemas/sio-dossier.schema.json';
import { schemaFindings } from '../../../server/src/core/schema';
import { text } from '../../../server/src/core/l10n';
import { parseDossier } from '../../../server/src/core/parse';
import { RULES, validateDossier } from '../../../server/src/core/validate';
import { valueText } from '../../../server/src/core/text/valueText';
import { findings, NOW, SISR } from '../../support/dossier';
import { ENUM_KEYS, hostileCases } from '../../support/unprintable';

function enumKeysOfSchema(): string[] {
  const out = new Set<string>();
  const walk = (o: unknown, key: string) => {
    if (!o || typeof o !== 'object') return;
    if ('enum' in o) out.add(key);
    for (const [k, v] of Object.entries(o)) walk(v, k);
  };
  walk(dossierSchema, '');
  return [...out].sort();
}

describe('a value that cannot become text', () => {
  it('the cases cover every enum key of the dossier schema', () => {
    assert.deepEqual([...ENUM_KEYS].sort(), enumKeysOfSchema());
  });

  for (const c of hostileCases()) {
    it(`${c.value} under « ${c.key} »: invalid value underlined there, the other mistakes still reported`, () => {
      const all = findings(c.text);
      const at = all.filter((f) => f.start === c.range[0] && f.end === c.range[1]);
      assert.ok(at.some((f) => f.code === 'schema-invalid-value' && f.severity === 'error'), JSON.stringify(all.map((f) => [f.code, f.start, f.end])));
      assert.ok(at.every((f) => f.message.fr.includes('{"toString":false') || f.code !== 'schema-invalid-value'), 'the value is shown as written');
      assert.ok(all.some((f) => f.code === 'competence-unknown'), 'the unknown competence B9.9 is still reported');
      assert.ok(!all.some((f) => f.code === 'internal-error'), 'no check had to be interrupted');
    });
  }

  it('valueText never throws and keeps strings, numbers and booleans as they are', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.equal(valueText('SISR'), 'SISR');
    assert.equal(valueText(2), '2');
    assert.equal(valueText(false), 'false');
    assert.equal(valueText(null), '');
    assert.equal(valueText({ toString: false }), '{"toString":false}');
    assert.equal(valueText(cyclic), '{…}');
    assert.equal(valueText('x'.repeat(200), 10), 'x'.repeat(200), 'a string is never cut');
    assert.equal(valueText({ a: 'x'.repeat(200) }, 10), '{"a":"xxx…');
  });
});

describe('a check that throws', () => {
  const BAD = SISR.replace('competences: [B2.3]', 'competences: [B9.9]');

  it('a rule that throws gives one internal-error naming it; the schema and the other rules still report', () => {
    const parsed = parseDossier(BAD.replace('cadre: formation', 'cadre: formatio'));
    const boom = (): never => {
      throw new TypeError('Cannot convert object to primitive value');
    };
    const out = validateDossier(parsed, { now: NOW }, [...RULES, ['essai', boom]]);
    const internal = out.filter((f) => f.code === 'internal-error');
    assert.equal(internal.length, 1);
    assert.match(internal[0].message.fr, /Vérification « essai » interrompue par une erreur interne/);
    assert.match(internal[0].message.en, /Check "essai" stopped on an internal error/);
    assert.ok(out.some((f) => f.code === 'schema-invalid-value'), 'schema findings kept');
    assert.ok(out.some((f) => f.code === 'competence-unknown'), 'rule findings kept');
  });

  it('an ajv error whose mapping throws gives internal-error at its value; the other schema errors are kept', () => {
    const source = 'referentiel: bts-sio\nsession: deux\n';
    const doc = parseDocument(source);
    const errors: Partial<ErrorObject>[] = [
      // allowedValues is not a list: mapping this error throws
      { keyword: 'enum', instancePath: '/referentiel', params: { allowedValues: 7 }, data: 'bts-sio', parentSchema: {} },
      { keyword: 'type', instancePath: '/session', params: { type: 'integer' }, data: 'deux', parentSchema: {} }
    ];
    const validate = Object.assign(() => false, { errors }) as unknown as ValidateFunction;
    const out = schemaFindings(validate, doc, doc.toJS(), source, text('x', 'x'));
    const internal = out.find((f) => f.code === 'internal-error');
    assert.ok(internal, JSON.stringify(out));
    assert.equal(source.slice(internal.start, internal.end), 'bts-sio');
    const typeErr = out.find((f) => f.code === 'schema-type');
    assert.equal(source.slice(typeErr!.start, typeErr!.end), 'deux');
  });
});
