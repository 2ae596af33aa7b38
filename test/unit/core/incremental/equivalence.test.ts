/**
 * The incremental parse gives exactly what a fresh full parse gives, after every edit of a
 * random edit sequence: the same `yaml` tree (classes, values, ranges, errors), the same JS
 * value, the same located model and the same diagnostics. The piece cache is shared across the
 * whole run, as in the server, so stale pieces from earlier edits (and other dossiers) are
 * around when each version is parsed.
 * Fixed seed; INCREMENTAL_RUNS raises the number of sequences (nightly).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseIncremental } from '../../../../server/src/core/incremental';
import { cutDossier } from '../../../../server/src/core/incremental/cut';
import { parseDossier } from '../../../../server/src/core/parse';
import { generateDossier } from '../../../support/generate';
import { mutate } from '../../fuzz/mutate';
import { bases, mutation, observable, RUNS, SEED, structural, typed } from './cases';

function assertSameAsFullParse(text: string): boolean {
  const incremental = parseDossier(text);
  const full = parseDossier(text, { incremental: false });
  assert.deepStrictEqual(observable(incremental), observable(full), `incremental ≠ full parse on:\n${JSON.stringify(text)}`);
  return parseIncremental(text) !== null;
}

describe('incremental parsing', function () {
  this.timeout(RUNS ? 0 : 60_000);
  const texts = bases();

  it('gives the full parse’s tree, value, model and diagnostics after every edit of random edit sequences', () => {
    let edits = 0;
    let reused = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 12 }), (i, ms) => {
        let text = texts[i];
        for (const m of ms) {
          text = mutate(text, [m]);
          if (assertSameAsFullParse(text)) reused++;
          edits++;
        }
      }),
      { seed: SEED, numRuns: RUNS || 150 }
    );
    // The property would hold trivially if every version fell back to a full parse.
    assert.ok(reused > edits / 5, `only ${reused} of ${edits} versions were parsed incrementally`);
  });

  it('gives the same on typing sessions in one réalisation of a generated dossier (the keystroke path)', () => {
    const base = generateDossier({ realisations: 30, seed: 30 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 29 }), fc.array(fc.oneof(typed, structural), { minLength: 1, maxLength: 15 }), (r, keys) => {
        // Type at the end of the r-th description-like line: somewhere inside réalisation r.
        let at = 0;
        for (let k = 0; k <= r; k++) at = base.indexOf('\n    intitule: ', at + 1);
        at = base.indexOf('\n', at + 1);
        let text = base;
        for (const key of keys) {
          text = text.slice(0, at) + key + text.slice(at);
          at += key.length;
          assertSameAsFullParse(text);
        }
      }),
      { seed: SEED + 1, numRuns: RUNS ? RUNS / 4 : 40 }
    );
  });

  it('reuses the untouched pieces: typing letters in a title parses incrementally', () => {
    const base = generateDossier({ realisations: 30, seed: 30 });
    const at = base.indexOf('\n', base.indexOf('intitule: ', base.length / 2));
    assert.ok(parseIncremental(base.slice(0, at) + 'x' + base.slice(at)));
    assert.ok(parseIncremental(base.slice(0, at) + 'xy' + base.slice(at)));
  });

  it('past the single-parse limit, reads the pieces as the full parse would, or refuses at the line that prevents cutting; the CLI’s parse agrees', () => {
    // MAX_DOSSIER_BYTES lowered to a few hundred characters: every base is then "large", so each
    // random version takes the pieces-only path (or its refusal) that a 2,000-réalisation file
    // takes at 250 kB; the reference is the full parse with no limit.
    const LIMIT = 1200;
    let read = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 12 }), (i, ms) => {
        let text = texts[i];
        for (const m of ms) {
          text = mutate(text, [m]);
          const editor = parseDossier(text, { maxSingleParse: LIMIT });
          const cli = parseDossier(text, { maxSingleParse: LIMIT, incremental: false });
          assert.deepStrictEqual(observable(cli), observable(editor), `CLI ≠ editor on:\n${JSON.stringify(text)}`);
          const full = parseDossier(text, { incremental: false, maxSingleParse: Infinity });
          const tooLarge = editor.findings.length === 1 && editor.findings[0].code === 'file-too-large' && !full.findings.some((f) => f.code === 'file-too-large');
          if (text.length > LIMIT && tooLarge) {
            refused++;
            const cut = cutDossier(text);
            const oversize = !!cut && cut.some((p) => (p.items ? [p.items.header, ...p.items.list] : [p]).some((q) => q.end - q.start > LIMIT));
            assert.ok(parseIncremental(text) === null || oversize, `refused although it cuts into small pieces: ${JSON.stringify(text)}`);
            const f = editor.findings[0];
            assert.ok(f.start >= 0 && f.start <= text.length && f.end >= f.start, 'the refusal is located in the text');
            assert.match(f.message.fr, /^Fichier trop volumineux \(\d+ ko\) : .* empêche de le découper/);
            assert.match(f.message.en, /^File too large \(\d+ kB\): .* prevents cutting it/);
          } else {
            if (text.length > LIMIT && !editor.refused) read++;
            assert.deepStrictEqual(observable(editor), observable(full), `pieces ≠ full parse on:\n${JSON.stringify(text)}`);
          }
        }
      }),
      { seed: SEED + 2, numRuns: RUNS || 120 }
    );
    assert.ok(read > 50 && refused > 20, `pieces-only path: ${read} versions read, ${refused} refused`);
  });

  it('falls back to a full parse where a cut could change the meaning', () => {
    const base = generateDossier({ realisations: 3, seed: 3 });
    const cases: Record<string, string> = {
      'an anchor and its alias': base.replace('session: 2026', 'session: &s 2026\nautre: *s'),
      'a document marker': '---\n' + base,
      'a directive': '%YAML 1.2\n---\n' + base,
      'a second document': base + '---\nautre: 1\n',
      'a tab in the indentation': base.replace('\n  - ', '\n\t- '),
      'a duplicate top-level key': base + 'session: 2027\n',
      'a flow collection across a cut': base.replace('session: 2026', 'session: [2026,\nx: 1]'),
      'a quoted value across a cut': base.replace('session: 2026', 'session: "2026\nx: 1"'),
      'a lone CR line break': base.replace('\n', '\r')
    };
    for (const [name, text] of Object.entries(cases)) {
      assert.equal(parseIncremental(text), null, name);
      assertSameAsFullParse(text);
    }
  });
});
