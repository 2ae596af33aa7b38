/**
 * Dossiers over 250 kB (MAX_DOSSIER_BYTES, the most one `yaml` parse may read): up to 1 MB they
 * are analysed piece by piece, with the diagnostics a full parse gives; when something prevents
 * cutting them, they are refused at that line, saying what to change, French first.
 * The random-edit proof of the pieces-only path is in incremental/equivalence.test.ts.
 */
import { strict as assert } from 'node:assert';
import { MAX_CUT_DOSSIER_BYTES, MAX_DOSSIER_BYTES, parseDossier } from '../../../server/src/core/parse';
import { createLanguageService } from '../../../server/src/core/service';
import { NOW } from '../../support/dossier';
import { generateDossier } from '../../support/generate';

const BIG = generateDossier({ realisations: 2000, seed: 2000 });
const editor = createLanguageService({ now: () => NOW });
const cli = createLanguageService({ now: () => NOW, incremental: false });

/** The 1-based line of an offset, as the editor shows it. */
const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

/** `text` with `insert` at the start of the line holding the n-th match of `needle` after the middle. */
function atMiddle(needle: string, edit: (text: string, at: number) => string): { text: string; at: number } {
  const at = BIG.indexOf(needle, BIG.length / 2);
  return { text: edit(BIG, at), at };
}

describe('a dossier over 250 kB', function () {
  this.timeout(60_000);

  it('2,000 réalisations (≈ 673 kB) are analysed, in the editor and by the CLI, with a located diagnostic in the 1,500th', () => {
    assert.ok(BIG.length > MAX_DOSSIER_BYTES && BIG.length < MAX_CUT_DOSSIER_BYTES);
    const ids = [...BIG.matchAll(/^ {2}- id: .*$/gm)];
    const target = ids[1499];
    const comp = BIG.indexOf('competences: [', target.index) + 'competences: ['.length;
    const text = BIG.slice(0, comp) + 'B9.9, ' + BIG.slice(comp);
    for (const service of [editor, cli]) {
      const parsed = service.parse(text);
      assert.equal(parsed.refused, false);
      assert.equal(parsed.model.realisations.length, 2000);
      const found = service.findings(parsed);
      assert.deepEqual(found.map((f) => [f.code, text.slice(f.start, f.end)]), [['competence-unknown', 'B9.9']]);
      assert.equal(found[0].start, comp);
    }
  });

  it('a tab in the indentation is refused at its line, saying it prevents cutting, French first', () => {
    const { text, at } = atMiddle('\n    intitule: ', (t, i) => t.slice(0, i + 1) + '\t' + t.slice(i + 1));
    for (const service of [editor, cli]) {
      const parsed = service.parse(text);
      assert.equal(parsed.refused, true);
      const [f] = parsed.findings;
      assert.equal(f.code, 'file-too-large');
      assert.equal(lineOf(text, f.start), lineOf(text, at + 1));
      assert.match(f.message.fr, /^Fichier trop volumineux \(\d+ ko\) : .*au-delà de 250 ko d’un seul tenant\. Jusqu’à 1000 ko, il l’est par parties .*mais ici une tabulation dans l’indentation empêche de le découper/);
      assert.match(f.message.en, /^File too large \(\d+ kB\): .*but here a tab in the indentation prevents cutting it/);
    }
  });

  it('an anchor is refused at its line; a réalisation of more than 250 kB at its first line', () => {
    const anchored = atMiddle('\n    lieu: ', (t, i) => t.slice(0, i) + '\n    lieu: &ici' + t.slice(i + '\n    lieu:'.length));
    const [a] = parseDossier(anchored.text).findings;
    assert.equal(a.code, 'file-too-large');
    assert.equal(lineOf(anchored.text, a.start), lineOf(anchored.text, anchored.at + 1));
    assert.match(a.message.fr, /une ancre « & », un alias « \* » ou une clé de fusion « << »/);

    const item = BIG.indexOf('\n  - id: ', BIG.length / 2) + 1;
    const intitule = BIG.indexOf('\n    intitule: ', item);
    const huge = BIG.slice(0, intitule) + `\n    description: "${'x'.repeat(MAX_DOSSIER_BYTES)}"` + BIG.slice(intitule);
    const [h] = parseDossier(huge).findings;
    assert.equal(h.code, 'file-too-large');
    assert.equal(h.start, item);
    assert.match(h.message.fr, /une partie \(clé de premier niveau, réalisation ou stage\) de plus de 250 ko/);
  });

  it('over 1 MB, refused unread with its size', () => {
    const text = BIG + BIG.slice(BIG.indexOf('\n  - id: ') + 1);
    assert.ok(text.length > MAX_CUT_DOSSIER_BYTES);
    const [f] = parseDossier(text).findings;
    assert.equal(f.code, 'file-too-large');
    assert.equal(f.start, 0);
    assert.match(f.message.fr, /^Fichier trop volumineux \(\d{4} ko\) : .*au-delà de 1000 ko\./);
  });
});
