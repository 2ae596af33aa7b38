/**
 * The 900 kB garbage line (`numero: ""- - - …`) cost `yaml` ~3 s of CPU per keystroke at the
 * former 1 MB limit, and yaml's parse cannot be interrupted: the file is refused before it is
 * parsed, with a French message saying why and what to check (issue 17). The CPU figures of
 * the worst inputs still accepted are printed by scripts/bench/hostile-cpu.ts.
 */
import { strict as assert } from 'node:assert';
import { MAX_DOSSIER_BYTES } from '../../../server/src/core/parse';
import { createLanguageService } from '../../../server/src/core/service';
import { NOW, SISR } from '../../support/dossier';

const service = createLanguageService({ now: () => NOW });

describe('a garbage line of hundreds of kilobytes', () => {
  it('is refused before parsing, with the size and what to check, French first', () => {
    const text = 'candidat:\n  numero: ""' + '- '.repeat(450_000) + '"\n';
    const parsed = service.parse(text);
    assert.equal(parsed.refused, true);
    assert.deepEqual(parsed.findings.map((f) => f.code), ['file-too-large']);
    assert.match(parsed.findings[0].message.fr, /^Fichier trop volumineux \(900 ko\) : un dossier dépasse rarement 100 ko, il n’est pas analysé au-delà de 250 ko/);
    assert.match(parsed.findings[0].message.en, /^File too large \(900 kB\)/);
  });

  it('a real dossier with long descriptions stays far under the limit and is analysed', () => {
    const long = SISR.replace('intitule: Déploiement de GLPI', `intitule: Déploiement de GLPI\n    description: "${'Installation et configuration. '.repeat(300)}"`);
    assert.ok(long.length < MAX_DOSSIER_BYTES / 20);
    const parsed = service.parse(long);
    assert.equal(parsed.refused, false);
    assert.deepEqual(service.findings(parsed).map((f) => f.code), []);
  });
});
