/**
 * The status bar item of the active dossier (« Bloc 1 : 5/6 — manque B1.3 »), in French by default
 * and in English for an English VS Code, plus the client's message lookup that makes the latter work.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CoverageParams } from '../../server/src/protocol/messages';
import { coverageText, coverageTooltip } from '../../client/src/coverageText';
import { effectiveLanguage, format, initL10n, isEnglish, l10n, setEnglishBundle } from '../../client/src/l10n';
import { englishFromDisk } from '../../client/src/l10nDisk';

const root = path.join(__dirname, '../..');
const coverage = (covered: number, missing: string[]): CoverageParams => ({
  uri: 'file:///d/lea.sio.yaml',
  version: 3,
  label: 'Bloc 1',
  covered,
  total: 6,
  missing
});

describe('coverage status bar: French editor', () => {
  before(() => initL10n('fr', englishFromDisk(root)));

  it('ticks a bloc whose competences are all mobilised', () => {
    assert.equal(coverageText(coverage(6, [])), '$(checklist) Bloc 1 : 6/6 ✓');
  });

  it('names the missing competence', () => {
    assert.equal(coverageText(coverage(5, ['B1.3'])), '$(checklist) Bloc 1 : 5/6 — manque B1.3');
  });

  it('names two missing competences and counts the others, the tooltip lists them all', () => {
    const c = coverage(2, ['B1.2', 'B1.3', 'B1.5', 'B1.6']);
    assert.equal(coverageText(c), '$(checklist) Bloc 1 : 2/6 — manque B1.2, B1.3 +2');
    assert.match(coverageTooltip(c), /Compétences à mobiliser encore : B1\.2, B1\.3, B1\.5, B1\.6/);
    assert.match(coverageTooltip(c), /2 compétence\(s\) sur 6/);
  });

  it('speaks of the bloc-2 fiches too for BTS SIO: complete, one missing, a competence they miss', () => {
    const withFiches = (count: number, missing: string[]) => ({ ...coverage(6, []), fiches: { count, expected: 2, missing } });
    assert.equal(coverageText(withFiches(2, [])), '$(checklist) Bloc 1 : 6/6 ✓ · Fiches : 2/2 ✓');
    assert.equal(coverageText(withFiches(1, [])), '$(checklist) Bloc 1 : 6/6 ✓ · Fiches : 1/2');
    assert.equal(coverageText(withFiches(2, ['B2.3'])), '$(checklist) Bloc 1 : 6/6 ✓ · Fiches : 2/2 — manque B2.3');
    assert.match(coverageTooltip(withFiches(1, [])), /\*\*Fiches descriptives\*\* : 1 sur 2 ; l’épreuve du bloc 2 en demande exactement deux\./);
    // MC SNO: no fiches, nothing said about them.
    assert.doesNotMatch(coverageText(coverage(6, [])), /Fiches/);
  });

  it('says in the tooltip that a click opens the Dossier SIO menu', () => {
    assert.match(coverageTooltip(coverage(6, [])), /Cliquer pour ouvrir le menu de Dossier SIO \(aperçu, export PDF, vue de classe…\)\./);
    assert.match(coverageTooltip(coverage(6, [])), /Toutes les compétences du bloc sont mobilisées\./);
  });
});

describe('coverage status bar: English editor', () => {
  before(() => initL10n('en-US', englishFromDisk(root)));
  after(() => setEnglishBundle(undefined));

  it('reads l10n/bundle.l10n.en.json, which VS Code itself skips for an English UI', () => {
    assert.equal(coverageText(coverage(5, ['B1.3'])), '$(checklist) Bloc 1: 5/6 — missing B1.3');
    assert.match(coverageTooltip(coverage(5, ['B1.3'])), /Click to open the Dossier SIO menu \(preview, PDF export, class view…\)\./);
    assert.equal(coverageText({ ...coverage(6, []), fiches: { count: 2, expected: 2, missing: ['B2.1'] } }), '$(checklist) Bloc 1: 6/6 ✓ · Fiches: 2/2 — missing B2.1');
  });

  it('falls back to the French source for a string the bundle lacks', () => {
    assert.equal(l10n.t('Chaîne absente du paquet {0}', 1), 'Chaîne absente du paquet 1');
  });
});

describe('client messages', () => {
  after(() => setEnglishBundle(undefined));

  it('gives English to every English variant and French to every other language', () => {
    for (const tag of ['en', 'en-US', 'en-gb', 'EN']) assert.ok(isEnglish(tag), tag);
    for (const tag of ['fr', 'fr-CA', 'de', 'eng', '', undefined]) assert.ok(!isEnglish(tag), String(tag));
  });

  it('keeps French when the English bundle cannot be read', () => {
    initL10n('en', englishFromDisk(path.join(root, 'no-such-folder')));
    assert.equal(l10n.t('Nouveau dossier SIO'), 'Nouveau dossier SIO');
  });

  it('fills positional and named placeholders, leaving unknown ones visible', () => {
    assert.equal(format('{0} : {1}/{2}', ['Bloc 2', 1, 3]), 'Bloc 2 : 1/3');
    assert.equal(format('« {nom} » {x}', { nom: 'lea.sio.yaml' }), '« lea.sio.yaml » {x}');
    setEnglishBundle({ 'Aperçu {0}': 'Preview {0}' });
    assert.equal(l10n.t('Aperçu {0}', 'lea'), 'Preview lea');
  });
});

describe('sio.langue: French in a class whose VS Code is in English', () => {
  it('"fr" wins over an English display language, "en" over a French one, "auto" follows VS Code', () => {
    assert.equal(effectiveLanguage('fr', 'en'), 'fr');
    assert.equal(effectiveLanguage('en', 'fr'), 'en');
    assert.equal(effectiveLanguage('auto', 'en-US'), 'en-US');
  });

  it('French by default whatever VS Code’s display language: English is a choice (issue 24)', () => {
    assert.equal(effectiveLanguage(undefined, 'en-US'), 'fr');
    assert.equal(effectiveLanguage(undefined, 'de'), 'fr');
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
    assert.equal(manifest.contributes.configuration.properties['sio.langue'].default, 'fr');
    initL10n(effectiveLanguage(manifest.contributes.configuration.properties['sio.langue'].default, 'en'), englishFromDisk(path.resolve(__dirname, '../..')));
    assert.equal(l10n.t('Dépôt'), 'Dépôt');
  });

  it('with "fr", the status bar speaks French although VS Code is English', () => {
    initL10n(effectiveLanguage('fr', 'en'), englishFromDisk(path.resolve(__dirname, '../..')));
    assert.equal(isEnglish(effectiveLanguage('fr', 'en')), false);
    assert.equal(l10n.t('Recharger'), 'Recharger');
    initL10n('en', englishFromDisk(path.resolve(__dirname, '../..')));
    assert.equal(l10n.t('Recharger'), 'Reload');
  });
});
