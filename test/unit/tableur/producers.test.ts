/**
 * Real producers' files (test/support/producers.ts: openpyxl, LibreOffice .xlsx and .ods,
 * ExcelJS, a package written by hand as Excel writes it) imported as a student would: every
 * réalisation, group, période, mark and the option right, and no empty row of the form read as
 * a réalisation — whatever way the producer writes its fills (<patternFill/> without a type is
 * no fill), the marks (text or background) and the option (☒, ▣, a fill on its box).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { importTableauBytes } from '../../../server/src/node/tableurImport';
import { producerCorpus, type Corpus } from '../../support/producers';

interface Imported {
  candidat: { nom: string; prenom?: string; option?: string };
  realisations: { intitule: string; cadre: string; periode: string; competences: string[] }[];
}

describe('tableur: filled tableaux from every producer import right', function () {
  this.timeout(300_000);
  let corpus: Corpus;
  before(async () => {
    corpus = await producerCorpus();
  });

  it('every réalisation, cadre, période, mark and the option, and nothing from the empty rows', async () => {
    for (const [file, want] of Object.entries(corpus.filled)) {
      const name = path.basename(path.dirname(file)).startsWith('sio-conv') ? `LibreOffice ${path.basename(file)}` : path.basename(file);
      const r = await importTableauBytes(readFileSync(file), path.basename(file));
      const d = parse(r.yaml) as Imported;
      assert.equal(r.realisations, Object.keys(want.rows).length, `${name}: ${r.yaml}`);
      assert.equal(d.candidat.nom, want.nom, name);
      assert.equal(d.candidat.prenom, want.prenom, name);
      assert.equal(d.candidat.option, want.option, `${name}: option`);
      const got = Object.fromEntries(d.realisations.map((x) => [x.intitule, [x.cadre, x.competences, String(x.periode)]]));
      assert.deepEqual(got, want.rows, name);
      assert.doesNotMatch(r.yaml, /toute la ligne est colorée|aucune case SISR/, name);
    }
  });
});
