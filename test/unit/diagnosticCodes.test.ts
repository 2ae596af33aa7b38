/**
 * One list of diagnostic codes (server/src/core/diagnostics.ts): the documentation a teacher
 * reads (docs/DIAGNOSTICS.md) and the SARIF rules a CI shows must say the same as the code.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readdirSync } from 'node:fs';
import { toSarif } from '../../server/src/products/class/sarif';
import { checkReviewFile } from '../../server/src/core/review';
import { findings } from '../support/dossier';
import { DIAGNOSTIC_CODES, DIAGNOSTICS, severityLabel } from '../../server/src/core/diagnostics';

const DOC = readFileSync(path.resolve(__dirname, '../../docs/DIAGNOSTICS.md'), 'utf8');

/** The table rows of docs/DIAGNOSTICS.md: `| \`code\`[, \`code\`] | gravité | quand |`. */
function documented(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of DOC.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !cells[1].startsWith('`')) continue;
    for (const m of cells[1].matchAll(/`([^`]+)`/g)) {
      assert.ok(!out.has(m[1]), `${m[1]} documented twice`);
      out.set(m[1], cells[2]);
    }
  }
  return out;
}

describe('the list of diagnostic codes', () => {
  it('docs/DIAGNOSTICS.md documents exactly the declared codes', () => {
    assert.deepEqual([...documented().keys()].sort(), [...DIAGNOSTIC_CODES].sort());
  });

  it('docs/DIAGNOSTICS.md gives each code the severities it is declared with', () => {
    const docs = documented();
    const wrong = DIAGNOSTIC_CODES.filter((c) => docs.get(c) !== severityLabel(DIAGNOSTICS[c])).map((c) => `${c}: docs « ${docs.get(c)} », code « ${severityLabel(DIAGNOSTICS[c])} »`);
    assert.deepEqual(wrong, []);
  });

  it('the fixtures with mistakes get only declared severities for their codes', () => {
    const root = path.resolve(__dirname, '../fixtures');
    const seen = new Set<string>();
    for (const dir of ['erreurs', 'classe']) {
      for (const name of readdirSync(path.join(root, dir))) {
        const text = readFileSync(path.join(root, dir, name), 'utf8');
        const dossier = name.replace(/\.revue\.yaml$/, '.sio.yaml');
        const found = name.endsWith('.revue.yaml') ? checkReviewFile(text, readFileSync(path.join(root, dir, dossier), 'utf8')) : findings(text);
        for (const f of found) {
          seen.add(f.code);
          assert.ok((DIAGNOSTICS[f.code].severities as readonly string[]).includes(f.severity), `${name}: ${f.code} published as ${f.severity}`);
        }
      }
    }
    assert.ok(seen.size >= 20, `only ${seen.size} codes met in the fixtures`);
  });

  it('every code has a French and an English title', () => {
    for (const c of DIAGNOSTIC_CODES) assert.ok(DIAGNOSTICS[c].title.fr && DIAGNOSTICS[c].title.en && DIAGNOSTICS[c].title.fr !== DIAGNOSTICS[c].title.en, c);
  });

  it('the SARIF rule of each code is described by its declared title', () => {
    const diagnostics = DIAGNOSTIC_CODES.map((code) => ({ code, severity: DIAGNOSTICS[code].severities[0], message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }));
    const sarif = toSarif([{ file: 'a.sio.yaml', diagnostics }]) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } } }[] };
    const rules = sarif.runs[0].tool.driver.rules;
    assert.equal(rules.length, DIAGNOSTIC_CODES.length);
    for (const r of rules) {
      const info = DIAGNOSTICS[r.id as keyof typeof DIAGNOSTICS];
      assert.equal(r.shortDescription.text, info.title.fr, r.id);
    }
  });
});
