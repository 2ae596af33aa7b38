import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SyntheseModel } from '../../../server/src/protocol/synthese';

/** A synthesis model from test/fixtures/synthese/preview-<name>.json, fresh on every call. */
export function loadModel(name: 'sisr' | 'slam' | 'mcsno' | 'hostile'): SyntheseModel {
  const file = path.join(__dirname, '..', '..', 'fixtures', 'synthese', `preview-${name}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as SyntheseModel;
}
