/**
 * Issue 24, point 5: the « Dépôt » view's class mode lists the class's dossiers with what each
 * still misses, in French words (never `numero, pdf`), one child per item with its full text,
 * and a message counting the ready ones. Built from a real overview of the example dossiers
 * with their deposit checklists read from the disk.
 */
import { englishFromDisk } from '../../client/src/l10nDisk';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { classDepotMessage, classDepotRows } from '../../client/src/depot/classMode';
import { initL10n, setEnglishBundle } from '../../client/src/l10n';
import { parseDossier } from '../../server/src/core/parse';
import { validateDossier } from '../../server/src/core/validate';
import { depotFromDisk, depotSummary } from '../../server/src/node/depotFromDisk';
import { classOverview } from '../../server/src/products/class/overview';

const ROOT = path.resolve(__dirname, '../..');

function overview() {
  const files = ['examples/ines-petit-mc-sno.sio.yaml', 'examples/hugo-bernard-slam.sio.yaml'].map((f) => {
    const file = path.join(ROOT, f);
    const text = readFileSync(file, 'utf8');
    const parsed = parseDossier(text);
    return { file: `file://${file}`, text, depot: depotSummary(depotFromDisk(file, parsed, validateDossier(parsed, { now: new Date() }), null)) };
  });
  return classOverview(files);
}

describe('« Dépôt » view, class mode', () => {
  afterEach(() => setEnglishBundle(undefined));

  it('one row per dossier, its missing items in French words, each a child with its full text', () => {
    initL10n('fr', englishFromDisk(ROOT));
    const o = overview();
    const rows = classDepotRows(o);
    assert.equal(rows.length, 2);
    const ines = rows.find((r) => r.label.startsWith('PETIT'))!;
    assert.equal(ines.ok, false);
    assert.match(ines.description, /numéro de candidat/);
    assert.doesNotMatch(ines.description, /\bnumero\b|\bpdf\b/, 'no raw ids');
    assert.ok(ines.children!.length >= 2);
    assert.match(ines.children![0].label, /^✘ /);
    assert.match(ines.children![0].tooltip, /manque pour le dépôt de PETIT Inès \(ines-petit-mc-sno\.sio\.yaml\)\.$/);
    assert.equal(ines.where?.uri, o.rows.find((r) => r.nom === 'PETIT')!.file, 'a click opens the dossier');
    assert.equal(classDepotMessage(o), `${rows.filter((r) => r.ok).length}/2 dossier(s) prêt(s) pour le dépôt`);
  });

  it('speaks English when Dossier SIO does', () => {
    initL10n('en', englishFromDisk(ROOT));
    const rows = classDepotRows(overview());
    assert.match(rows.find((r) => r.label.startsWith('PETIT'))!.description, /candidate number/);
    assert.match(classDepotMessage(overview()), /dossier\(s\) ready for the deposit$/);
  });
});
