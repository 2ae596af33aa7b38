/** The official SARIF 2.1.0 schema (test/fixtures), compiled for ajv 8. */
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function sarifValidator() {
  // The official schema is draft-04 (`id`): read it as draft-07 for ajv 8, formats checked here.
  const schema = JSON.parse(readFileSync(join(__dirname, '../fixtures/sarif-2.1.0-rtm.5.schema.json'), 'utf8'));
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only non-unicode regexps accept.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && !/\s/.test(s) && (() => { try { new URL(s); return true; } catch { return false; } })());
  ajv.addFormat('uri-reference', (s: string) => !/[\s<>"{}|\\^`]/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

