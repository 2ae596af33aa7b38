/**
 * `sio-dossier importer`: a filled official tableau becomes a new dossier — every kind of mark
 * (X, x, ▣, ☒, ✓, a background alone, a formula's cached value), the option written three ways,
 * periods kept as typed, documents from the lines under the intitulé, the common variants (one
 * column per sub-competence, a CSV export), comments where something could not be read; the
 * dossier passes `check` with only what its content deserves; an existing file is never touched.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { importTableauFile } from '../../../server/src/node/tableurImport';
import { exportTableur } from '../../../server/src/products/tableur/export';
import { filledWorkbook, MARKED_ROWS, type FilledRow } from '../../../scripts/tableur-fixtures';
import { findings } from '../../support/dossier';
import { convert, csvOf } from '../../support/soffice';
import { dossierText, manyReals, modelOf, tmpDir, writeDossier } from '../../support/tableur';

type Dossier = {
  session: number;
  candidat: Record<string, string>;
  realisations: { id: string; intitule: string; cadre: string; periode: string; competences: string[]; documents?: string[] }[];
};

async function importFilled(opts: Parameters<typeof filledWorkbook>[0], ext: 'xlsx' | 'ods' | 'csv' = 'xlsx') {
  const dir = tmpDir();
  let file = path.join(dir, 'tableau.xlsx');
  await filledWorkbook(opts).xlsx.writeFile(file);
  if (ext === 'ods') file = convert(file, 'ods');
  if (ext === 'csv') {
    const csv = path.join(dir, 'tableau.csv');
    writeFileSync(csv, csvOf(file));
    file = csv;
  }
  const out = path.join(dir, 'nouveau.sio.yaml');
  const r = await importTableauFile(file, out);
  const text = readFileSync(out, 'utf8');
  return { r, text, d: parse(text) as Dossier };
}

describe('tableur: importing a filled tableau', function () {
  this.timeout(120_000);
  let x: Awaited<ReturnType<typeof importFilled>>;
  before(async () => {
    x = await importFilled({ option: '☒ SLAM', rows: MARKED_ROWS });
  });

  it('reads the session and the candidate fields typed after their labels', () => {
    assert.equal(x.d.session, 2026);
    assert.deepEqual(x.d.candidat, {
      nom: 'DURAND', prenom: 'Noah', numero: '02400012345', centre: 'Lycée Jean Moulin', option: 'SLAM', portfolio: 'https://noah-durand.github.io/portfolio'
    });
  });

  it('one réalisation per filled row, with its cadre from the group and an id', () => {
    assert.deepEqual(x.d.realisations.map((r) => [r.cadre, r.intitule]), [
      ['formation', 'Installation d’un serveur GLPI'],
      ['formation', 'Site vitrine du BTS'],
      ['formation', 'Veille technologique'],
      ['stage-1', 'Sauvegardes de la mairie'],
      ['stage-2', 'VLAN de la clinique']
    ]);
    assert.deepEqual(x.d.realisations.map((r) => r.id), ['installation-d-un-serveur-glpi', 'site-vitrine-du-bts', 'veille-technologique', 'sauvegardes-de-la-mairie', 'vlan-de-la-clinique']);
  });

  it('reads every kind of mark: X, x, ▣, ☒, ✓, a filled background alone, a formula by its cached value', () => {
    assert.deepEqual(x.d.realisations.map((r) => r.competences), [['B1.1', 'B1.2'], ['B1.3', 'B1.4'], ['B1.6'], ['B1.1', 'B1.5'], ['B1.2', 'B1.5']]);
  });

  it('keeps periods as typed (the period diagnostics do the rest) and a date cell as JJ/MM/AAAA', () => {
    assert.deepEqual(x.d.realisations.map((r) => r.periode), ['du 16/09/24 au 27/09/24', '09/2024 → 06/2026', '03/03/2025', '02/06/2025 - 20/06/2025', 'du 05/01/2026 au 23/01/2026']);
  });

  it('takes the documents from the lines under the intitulé, without their « Productions : » label', () => {
    assert.deepEqual(x.d.realisations[0].documents, ['procédure d’installation', 'https://git.example/glpi']);
  });

  it('leaves a French comment beside what it could not read', () => {
    const lines = x.text.split('\n');
    const at = lines.findIndex((l) => l.includes('id: vlan-de-la-clinique'));
    assert.match(lines[at + 1], /^ {4}# À vérifier : la case B1\.4 contient « partiel », qui n’a pas été lue comme une marque\.$/);
    assert.equal(x.r.notes, 1);
  });

  it('the imported dossier passes check with only the diagnostics its content deserves', () => {
    const got = findings(x.text).map((f) => `${f.code}@${x.text.slice(0, f.start).split('\n').length}`);
    const lineOf = (needle: string) => x.text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    // Exactly: the month-only period, the « - » between two dates, and no fiche (a tableau has none).
    assert.deepEqual(got.sort(), [`date-format@${lineOf('09/2024 → 06/2026')}`, `date-format@${lineOf('02/06/2025 - 20/06/2025')}`, `fiche-count@${lineOf('realisations:')}`].sort());
  });

  for (const option of ['☒ SLAM', '▣ SLAM', 'x SLAM', 'X SLAM', '✓ SLAM']) {
    it(`reads the option written « ${option} »`, async () => {
      const y = await importFilled({ option, rows: MARKED_ROWS.slice(0, 1) });
      assert.equal(y.d.candidat.option, 'SLAM');
    });
  }

  it('comments the option when no box is ticked', async () => {
    const y = await importFilled({ option: '', rows: MARKED_ROWS.slice(0, 1) });
    assert.equal(y.d.candidat.option, undefined);
    assert.match(y.text, /# À vérifier : option : aucune case SISR \/ SLAM cochée/);
  });

  it('does not read a row coloured from end to end (a zebra template) as marks, and says so', async () => {
    const rows: FilledRow[] = [{ group: 'formation', a: 'Inventaire', b: 'du 01/10/24 au 15/10/24', marks: { 1: 'fill', 2: 'fill', 3: 'fill', 4: 'fill', 5: 'X' } }];
    const y = await importFilled({ option: '☒ SISR', rows });
    assert.deepEqual(y.d.realisations[0].competences, ['B1.3']);
    assert.match(y.text, /# À vérifier : toute la ligne est colorée : les cases colorées sans texte n’ont pas été lues comme des marques\./);
  });

  it('reads the variant with one column per sub-competence of B1.1', async () => {
    const rows: FilledRow[] = [{ group: 'formation', a: 'Inventaire', b: 'du 01/10/24 au 15/10/24', marks: { 4: 'X', 9: 'X' } }];
    const y = await importFilled({ option: '☒ SISR', rows, template: { subColumns: true } });
    // B1.1 spans C–H, one column per sub-competence: D is B1.1.2; I is then B1.2.
    assert.deepEqual(y.d.realisations[0].competences, ['B1.1.2', 'B1.2']);
  });

  it('reads the same tableau saved as .ods by LibreOffice, fill-only marks included', async () => {
    const y = await importFilled({ option: '☒ SLAM', rows: MARKED_ROWS }, 'ods');
    assert.deepEqual(y.d.realisations.map((r) => r.competences), x.d.realisations.map((r) => r.competences));
    assert.deepEqual(y.d.realisations.map((r) => r.periode), x.d.realisations.map((r) => r.periode));
    assert.deepEqual(y.d.candidat, x.d.candidat);
  });

  it('reads a CSV export of it (a background does not survive CSV: that mark is lost, the rest is read)', async () => {
    const y = await importFilled({ option: '☒ SLAM', rows: MARKED_ROWS }, 'csv');
    assert.deepEqual(y.d.candidat, x.d.candidat);
    assert.deepEqual(y.d.realisations.map((r) => r.competences), [['B1.1', 'B1.2'], ['B1.3', 'B1.4'], ['B1.6'], [], ['B1.2', 'B1.5']]);
    assert.deepEqual(y.d.realisations[0].documents, x.d.realisations[0].documents);
  });
});

describe('tableur: round trip', function () {
  this.timeout(60_000);
  for (const ext of ['xlsx', 'ods'] as const) {
    it(`a dossier exported to .${ext} and imported back gives the same réalisations, marks, periods and candidate`, async () => {
      const dir = tmpDir();
      const text = dossierText(manyReals());
      const out = path.join(dir, `tableau.${ext}`);
      await exportTableur({ sourcePath: writeDossier(dir, text), model: modelOf(text), outPath: out });
      await importTableauFile(out, path.join(dir, 'retour.sio.yaml'));
      const before = modelOf(text);
      const after = modelOf(readFileSync(path.join(dir, 'retour.sio.yaml'), 'utf8'));
      const shape = (m: typeof before) => ({
        candidat: m.candidat,
        session: m.session,
        groups: m.groups.map((g) => g.rows.map((r) => [r.intitule, r.documents, r.periode.start, r.periode.end, r.ticks]))
      });
      assert.deepEqual(shape(after), shape(before));
    });
  }
});

describe('tableur: import never overwrites', () => {
  it('refuses a path that exists and leaves it as it was', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'tableau.xlsx');
    await filledWorkbook({ option: '☒ SLAM', rows: MARKED_ROWS }).xlsx.writeFile(file);
    const existing = path.join(dir, 'tableau.sio.yaml');
    writeFileSync(existing, 'referentiel: bts-sio\n');
    await assert.rejects(importTableauFile(file), /existe déjà : l’import n’écrase jamais un fichier/);
    assert.equal(readFileSync(existing, 'utf8'), 'referentiel: bts-sio\n');
  });
});

describe('tableur: rows far below the form', function () {
  this.timeout(60_000);
  it('a stray format far below does not refuse the import; text beyond 2 000 rows does', async () => {
    const dir = tmpDir();
    const wb = filledWorkbook({ option: '☒ SLAM', rows: MARKED_ROWS.slice(0, 1) });
    wb.worksheets[0].getCell(5000, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    const styled = path.join(dir, 'format.xlsx');
    await wb.xlsx.writeFile(styled);
    assert.equal((await importTableauFile(styled, path.join(dir, 'a.sio.yaml'))).realisations, 1);
    wb.worksheets[0].getCell(5000, 1).value = 'texte oublié';
    const texted = path.join(dir, 'texte.xlsx');
    await wb.xlsx.writeFile(texted);
    await assert.rejects(importTableauFile(texted, path.join(dir, 'b.sio.yaml')), /a plus de lignes qu’un tableau de synthèse n’en peut avoir/);
  });
});

describe('tableur: values that YAML would misread', () => {
  it('a centre on two lines, a number-like intitulé, a « # » and a « : » stay text in the new dossier', async () => {
    const dir = tmpDir();
    const wb = filledWorkbook({ option: '☒ SISR', rows: [{ group: 'formation', a: '2048', b: 'du 01/10/24 au 15/10/24', marks: { 3: 'X' } }, { group: 'formation', a: 'Projet #1 : wiki', b: 'du 01/11/24 au 15/11/24', marks: { 4: 'X' } }] });
    wb.worksheets[0].getCell('A4').value = 'Centre de formation : Lycée Exemple\nRennes';
    const file = path.join(dir, 't.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await importTableauFile(file, path.join(dir, 't.sio.yaml'));
    const d = parse(readFileSync(r.outPath, 'utf8')) as Dossier;
    assert.equal(d.candidat.centre, 'Lycée Exemple Rennes');
    assert.deepEqual(d.realisations.map((x) => x.intitule), ['2048', 'Projet #1 : wiki']);
  });
});
