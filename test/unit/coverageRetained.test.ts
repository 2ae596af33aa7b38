/**
 * The status bar once the teaching team decided claims: « 5/6 compétences retenues — B1.3
 * refusée », in French by default and in English for an English VS Code.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CoverageParams } from '../../server/src/protocol/messages';
import { coverageText, coverageTooltip } from '../../client/src/coverageText';
import { initL10n, setEnglishBundle } from '../../client/src/l10n';
import { englishFromDisk } from '../../client/src/l10nDisk';

const root = path.join(__dirname, '../..');
const retained = (covered: number, states: NonNullable<CoverageParams['retained']>['states']): CoverageParams => ({
  uri: 'file:///d/lea.sio.yaml',
  version: 3,
  label: 'Bloc 1',
  covered,
  total: 6,
  missing: Object.keys(states),
  retained: { states }
});

describe('coverage status bar with validations', () => {
  afterEach(() => setEnglishBundle(undefined));

  it('counts retained competences and says why one is missing', () => {
    initL10n('fr', englishFromDisk(root));
    assert.equal(coverageText(retained(5, { 'B1.3': 'refusee' })), '$(checklist) Bloc 1 : 5/6 compétences retenues, 1 refusée');
    assert.equal(coverageText(retained(6, {})), '$(checklist) Bloc 1 : 6/6 compétences retenues ✓');
    const many = retained(2, { 'B1.2': 'en-attente', 'B1.3': 'refusee', 'B1.5': 'a-revoir', 'B1.6': 'non-mobilisee' });
    // Pending (en attente, à revoir) is counted apart from refused: a partial review is no disaster.
    assert.equal(coverageText(many), '$(checklist) Bloc 1 : 2/6 compétences retenues, 1 refusée, 2 en attente, 1 non mobilisée');
    assert.match(coverageTooltip(many), /2 compétence\(s\) sur 6 retenue\(s\) par l’équipe pédagogique/);
    assert.match(coverageTooltip(many), /Compétences pas encore retenues : B1\.2 en attente, B1\.3 refusée, B1\.5 à revoir, B1\.6 non mobilisée/);
  });

  it('speaks English in an English VS Code', () => {
    initL10n('en', englishFromDisk(root));
    assert.equal(coverageText(retained(5, { 'B1.3': 'refusee' })), '$(checklist) Bloc 1: 5/6 competences retained, 1 refused');
  });

  it('without validations the item still counts claims', () => {
    initL10n('fr', englishFromDisk(root));
    const claims: CoverageParams = { uri: 'file:///d/x.sio.yaml', version: 1, label: 'Bloc 1', covered: 5, total: 6, missing: ['B1.3'] };
    assert.equal(coverageText(claims), '$(checklist) Bloc 1 : 5/6 — manque B1.3');
  });
});
