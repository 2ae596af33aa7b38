/**
 * The fonts measured for French text have no OpenType layout tables (fontTables.ts): lines break
 * where the full fonts break them, because every word keeps its width (kerning comes from the
 * `kern` table) except those with an f ligature (fi, fl, ffi, ffl), which the full font draws
 * as one glyph up to a tenth of an em narrower. Text in a script that needs shaping keeps the full fonts.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { needsShaping, withoutLayoutTables } from '../../../server/src/products/pdf/fontTables';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fontkit = require('fontkit') as { create(b: Buffer): { layout(s: string, f?: string[]): { advanceWidth: number }; GSUB?: unknown; GPOS?: unknown; unitsPerEm: number } };
const TTF = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FRENCH = [
  'Déploiement de GLPI pour la gestion du parc',
  'Mise à jour du site vitrine de la section « BTS SIO » — l’équipe œuvre, fiable et efficace, affluence',
  'AVANT TOUT : Wi-Fi, VLAN, « 3-2-1 », 12/05/2025 → 27/06/2025, 50 €, n° 1, Ærø',
  'Cabinet Durand & Fils ; ÉCOLE ŒNOLOGIE ÇA VA ? «Tâche» ‹x› …'
];

describe('PDF fonts without OpenType layout tables', () => {
  for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf']) {
    it(`${file}: no GSUB/GPOS left, every French word as wide as with the full font (but f ligatures), a valid checksum`, () => {
      const full = readFileSync(path.join(TTF, file));
      const lite = withoutLayoutTables(full);
      assert.ok(lite.length < full.length);
      const a = fontkit.create(full);
      const b = fontkit.create(lite);
      assert.ok(a.GSUB && a.GPOS, 'the full font has layout tables');
      assert.equal(b.GSUB ?? null, null);
      assert.equal(b.GPOS ?? null, null);
      let same = 0;
      for (const word of FRENCH.join(' ').split(' ')) {
        const wa = a.layout(word).advanceWidth;
        const wb = b.layout(word).advanceWidth;
        // A ligature (fi, fl, ff, ffi, ffl) is up to a tenth of an em narrower than its letters (bold ffi).
        if (/f[fil]/.test(word)) assert.ok(Math.abs(wb - wa) <= 0.1 * a.unitsPerEm * (word.match(/f[fil]/g)!.length), word);
        else (assert.equal(wb, wa, word), same++);
      }
      assert.ok(same > 40);
      let sum = 0;
      for (let i = 0; i < lite.length; i += 4) sum = (sum + lite.readUInt32BE(i)) >>> 0;
      assert.equal(sum, 0xb1b0afba, 'head.checkSumAdjustment makes the file sum to 0xB1B0AFBA');
    });
  }

  for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf']) {
    it(`${file}: the copy written at build time (dist/fonts/plain/) is the one the sources make, without glyph names but with the same italic angle, underline and pitch`, () => {
      const built = path.join(__dirname, '../../../dist/fonts/plain', file);
      assert.ok(existsSync(built), 'dist/fonts/plain manquant : lancez « npm run build »');
      const full = readFileSync(path.join(TTF, file));
      assert.ok(readFileSync(built).equals(withoutLayoutTables(full)));
      type Post = { version: number; italicAngle: number; underlinePosition: number; underlineThickness: number; isFixedPitch: number };
      const a = (fontkit.create(full) as unknown as { post: Post }).post;
      const b = (fontkit.create(readFileSync(built)) as unknown as { post: Post }).post;
      assert.equal(a.version, 2);
      assert.equal(b.version, 3, 'no glyph names');
      for (const k of ['italicAngle', 'underlinePosition', 'underlineThickness', 'isFixedPitch'] as const) assert.equal(b[k], a[k], k);
    });
  }

  it('French and other Latin, Greek or Cyrillic text needs no shaper; Arabic, Devanagari or a combining accent does', () => {
    for (const s of FRENCH) assert.equal(needsShaping(s), false, s);
    assert.equal(needsShaping('Ελληνικά и кириллица'), false);
    assert.equal(needsShaping('مرحبا'), true);
    assert.equal(needsShaping('नमस्ते'), true);
    assert.equal(needsShaping('e\u0301quipe'), true);
  });
});
