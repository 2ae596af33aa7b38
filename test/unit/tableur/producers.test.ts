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
import { exportTableur } from '../../../server/src/products/tableur/export';
import { OPTION_WAYS, producerCorpus, type Corpus } from '../../support/producers';
import { modelOf, tmpDir, writeDossier } from '../../support/tableur';

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

  it('the option ticked every way (☒ ▣ x X ✓, or a fill on its box alone), by every producer, is read right', async () => {
    assert.deepEqual(Object.keys(corpus.options).sort(), ['ExcelJS', 'LibreOffice .ods', 'LibreOffice .xlsx', 'openpyxl', 'à la main (style Excel)']);
    for (const [producer, ways] of Object.entries(corpus.options)) {
      assert.deepEqual(Object.keys(ways).sort(), [...OPTION_WAYS].sort(), producer);
      for (const [way, file] of Object.entries(ways)) {
        const want = corpus.filled[file];
        assert.ok(want, `${producer} ${way}: ${file} is a filled tableau of the corpus`);
        const r = await importTableauBytes(readFileSync(file), path.basename(file));
        assert.equal((parse(r.yaml) as Imported).candidat.option, want.option, `${producer}, option ticked « ${way} »: ${r.yaml.slice(0, 400)}`);
        assert.doesNotMatch(r.yaml, /aucune case SISR|les deux cases/, `${producer} ${way}`);
      }
    }
  });

  it('import → fill → import gives the same marks (into the producer’s own centre template)', async () => {
    const dir = tmpDir();
    const templates: Record<string, string> = { '.xlsx': corpus.templates['à la main (style Excel)'], '.ods': corpus.templates['LibreOffice .ods'] };
    for (const file of Object.keys(corpus.filled)) {
      const first = await importTableauBytes(readFileSync(file), path.basename(file));
      const source = writeDossier(dir, first.yaml, `${path.basename(file)}.sio.yaml`);
      const ext = path.extname(file);
      const out = await exportTableur({ sourcePath: source, model: modelOf(first.yaml), templatePath: templates[ext], outPath: path.join(dir, `${path.basename(file)}-rempli${ext}`) });
      const again = await importTableauBytes(readFileSync(out.outPath), path.basename(out.outPath));
      // The fill prints périodes as the preview does (« du JJ/MM/AA au JJ/MM/AA ») and sorts by date: the marks are compared.
      const marks = (y: string) => (parse(y) as Imported).realisations.map((x) => `${x.cadre}|${x.intitule}|${x.competences.join(',')}`).sort();
      assert.deepEqual(marks(again.yaml), marks(first.yaml), file);
      assert.equal((parse(again.yaml) as Imported).candidat.option, (parse(first.yaml) as Imported).candidat.option, file);
    }
  });
});
