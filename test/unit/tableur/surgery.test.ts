/**
 * A centre's enriched template, from each producer (openpyxl, LibreOffice .xlsx and .ods,
 * ExcelJS, a package written by hand as Excel writes it, with a form-control checkbox), filled
 * from a dossier that fits and from one that overflows the formation group. Compared part by
 * part with the template, read back by LibreOffice, and imported back.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { parse } from 'yaml';
import { exportTableur } from '../../../server/src/products/tableur/export';
import { importTableauBytes } from '../../../server/src/node/tableurImport';
import { producerCorpus } from '../../support/producers';
import { convertAll, csvRows } from '../../support/soffice';
import { dossierText, manyReals, modelOf, tmpDir, writeDossier, type Real } from '../../support/tableur';

const FIT: Real[] = manyReals(3);
const OVER: Real[] = manyReals(15); // 15 in formation: 5 rows more than the template's 10
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Rows of every reference in a range list, moved as the test expects (written here, not the code's). */
function moved(refs: string, after: number, count: number): string {
  return refs.replace(/([A-Z]+)(\d+)/g, (_a, c: string, r: string) => `${c}${+r > after ? +r + count : +r}`);
}
const attrs = (xml: string, tag: string, attr: string) => [...xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, 'g'))].map((m) => m[1].replace(/&apos;/g, "'"));
const outside = (xml: string) => xml.replace(/<sheetData[\s\S]*<\/sheetData>|<sheetData\/>/, '<sheetData/>');
/** The first table of an .ods content.xml: its text, and the text around its rows. */
function odsTable(xml: string): { rows: string; outsideRows: string } {
  const start = xml.indexOf('<table:table ');
  const end = xml.indexOf('</table:table>', start);
  const first = xml.indexOf('<table:table-row', start);
  const last = xml.lastIndexOf('</table:table-row>', end) + '</table:table-row>'.length;
  return { rows: xml.slice(first, last), outsideRows: xml.slice(0, first) + '<!-- rows -->' + xml.slice(last) };
}
/** 1-based rows of a table's rows text (repeats expanded) whose cells carry the named validation. */
function validatedRows(rows: string, validation: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (const m of rows.matchAll(/<table:table-row\b([^>]*?)(\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    const times = Number(/table:number-rows-repeated="(\d+)"/.exec(m[1])?.[1] ?? 1);
    const has = (m[3] ?? '').includes(`table:content-validation-name="${validation}"`);
    for (let i = 0; i < times; i++) if (has && ++n) out.push(n); else n++;
  }
  return out;
}

interface Filled {
  producer: string;
  template: string;
  out: string;
  reals: Real[];
  inserted: number;
}

describe('tableur: a centre’s template is filled by surgery, every other part kept', function () {
  this.timeout(300_000);
  const filled: Filled[] = [];

  before(async () => {
    const corpus = await producerCorpus();
    const dir = tmpDir();
    for (const [producer, template] of Object.entries(corpus.templates)) {
      for (const [tag, reals] of [['fit', FIT], ['over', OVER]] as const) {
        const text = dossierText(reals);
        const source = writeDossier(dir, text, `${tag}.sio.yaml`);
        const ext = path.extname(template);
        const out = path.join(dir, `${producer.replace(/\W+/g, '-')}-${tag}${ext}`);
        const r = await exportTableur({ sourcePath: source, model: modelOf(text), templatePath: template, outPath: out });
        filled.push({ producer, template, out, reals, inserted: r.inserted });
      }
    }
  });

  it('every producer’s template carries what a centre adds (the fixtures are what the other tests claim)', async () => {
    const corpus = await producerCorpus();
    assert.equal(Object.keys(corpus.templates).length, 5);
    for (const [producer, file] of Object.entries(corpus.templates)) {
      const e = unzipSync(readFileSync(file));
      const names = Object.keys(e);
      const has = (re: RegExp, part: string) => re.test(e[part] ? dec(e[part]) : '');
      const checks: Record<string, boolean> = file.endsWith('.ods')
        ? {
            logo: names.some((n) => /^Pictures\/.+\.(png|jpe?g)$/.test(n)),
            comment: has(/<office:annotation[\s>]/, 'content.xml'),
            validation: has(/<table:content-validation\b/, 'content.xml'),
            'conditional format': has(/<calcext:conditional-format\b/, 'content.xml'),
            'header and footer': has(/<style:header>[\s\S]*Lycée Jean Moulin/, 'styles.xml') && has(/<style:footer>/, 'styles.xml'),
            'instructions sheet': (dec(e['content.xml']).match(/<table:table /g) ?? []).length === 2,
            'custom properties': has(/<meta:user-defined meta:name="Centre"/, 'meta.xml'),
            'form-control checkbox': has(/<form:checkbox\b/, 'content.xml') && has(/<draw:control\b[^>]*draw:control="control1"/, 'content.xml')
          }
        : {
            logo: names.some((n) => /^xl\/media\/.+\.(png|jpe?g)$/.test(n)) && names.some((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)),
            comment: names.some((n) => /^xl\/comments[^/]*\.xml$|^xl\/comments\/.+\.xml$/.test(n)),
            validation: has(/<dataValidation\b[^>]*sqref="C9:H34"/, 'xl/worksheets/sheet1.xml'),
            'conditional format': has(/<conditionalFormatting sqref="C9:H34"/, 'xl/worksheets/sheet1.xml'),
            'header and footer': has(/<oddHeader>[^<]*Lyc/, 'xl/worksheets/sheet1.xml') && has(/<oddFooter>[^<]+/, 'xl/worksheets/sheet1.xml'),
            'instructions sheet': (dec(e['xl/workbook.xml']).match(/<sheet /g) ?? []).length === 2,
            'custom properties': has(/name="Centre"/, 'docProps/custom.xml'),
            'form-control checkbox': names.some((n) => /^xl\/ctrlProps\/ctrlProp\d+\.xml$/.test(n)) && has(/<control shapeId="\d+"/, 'xl/worksheets/sheet1.xml') && names.some((n) => n.endsWith('.vml') && /ObjectType="Checkbox"/.test(dec(e[n])))
          };
      assert.deepEqual(Object.entries(checks).filter(([, ok]) => !ok).map(([k]) => k), [], `${producer}: missing`);
    }
  });

  it('keeps the list of parts, and every part but the filled sheet byte for byte when nothing overflows', () => {
    for (const f of filled.filter((x) => x.inserted === 0)) {
      const a = unzipSync(readFileSync(f.template));
      const b = unzipSync(readFileSync(f.out));
      assert.deepEqual(Object.keys(b).sort(), Object.keys(a).sort(), `${f.producer}: parts`);
      const changed = Object.keys(a).filter((n) => !same(a[n], b[n]));
      const sheet = f.out.endsWith('.ods') ? ['content.xml'] : ['xl/worksheets/sheet1.xml'];
      assert.deepEqual(changed, sheet, `${f.producer}: changed parts`);
      if (!f.out.endsWith('.ods')) assert.equal(outside(dec(b[sheet[0]])), outside(dec(a[sheet[0]])), `${f.producer}: the sheet outside <sheetData>`);
      else assert.equal(odsTable(dec(b['content.xml'])).outsideRows, odsTable(dec(a['content.xml'])).outsideRows, `${f.producer}: content.xml outside the filled table’s rows`);
    }
  });

  it('shifts validations, conditional formats and merges below an overflowing group by exactly the inserted rows', () => {
    for (const f of filled.filter((x) => x.inserted > 0 && x.out.endsWith('.xlsx'))) {
      assert.equal(f.inserted, 5, f.producer);
      const a = unzipSync(readFileSync(f.template));
      const b = unzipSync(readFileSync(f.out));
      assert.deepEqual(Object.keys(b).sort(), Object.keys(a).sort(), `${f.producer}: parts`);
      // The last formation row is 18: everything below moves by 5.
      const before = dec(a['xl/worksheets/sheet1.xml']);
      const after = dec(b['xl/worksheets/sheet1.xml']);
      for (const [tag, attr] of [['dataValidation', 'sqref'], ['conditionalFormatting', 'sqref']]) {
        assert.deepEqual(attrs(after, tag, attr), attrs(before, tag, attr).map((r) => moved(r, 18, 5)), `${f.producer}: ${tag}`);
      }
      const merges = attrs(after, 'mergeCell', 'ref');
      for (const m of attrs(before, 'mergeCell', 'ref')) assert.ok(merges.includes(moved(m, 18, 5)), `${f.producer}: merge ${m}`);
      assert.equal(merges.length, attrs(before, 'mergeCell', 'ref').length, `${f.producer}: no merge lost nor added`);
      const changed = Object.keys(a).filter((n) => !same(a[n], b[n]));
      // The instructions sheet (sheet2) of the openpyxl and LibreOffice templates counts from the form: its formula follows.
      const allowed = /^xl\/worksheets\/sheet[12]\.xml$|^xl\/workbook\.xml$|^xl\/drawings\/|^xl\/comments|^xl\/threadedComments\//;
      assert.deepEqual(changed.filter((n) => !allowed.test(n)), [], `${f.producer}: parts changed beyond the sheet and its anchors`);
      const area = /_xlnm\.Print_Area[^>]*>([^<]*)</.exec(dec(b['xl/workbook.xml']))?.[1];
      if (area) assert.match(area, /\$?H\$?39$/, `${f.producer}: print area`);
    }
  });

  it('.ods: conditional formats, validations and the print range below an overflowing group move by exactly the inserted rows', () => {
    const f = filled.find((x) => x.inserted > 0 && x.out.endsWith('.ods'))!;
    assert.equal(f.inserted, 5);
    const before = dec(unzipSync(readFileSync(f.template))['content.xml']);
    const after = dec(unzipSync(readFileSync(f.out))['content.xml']);
    const targets = attrs(before, 'conditional-format', 'calcext:target-range-address');
    assert.ok(targets.length > 0, 'the template has a conditional format');
    assert.deepEqual(attrs(after, 'conditional-format', 'calcext:target-range-address'), targets.map((r) => moved(r, 18, 5)));
    assert.deepEqual(attrs(after, 'condition', 'calcext:base-cell-address'), attrs(before, 'condition', 'calcext:base-cell-address').map((r) => moved(r, 18, 5)));
    assert.deepEqual(attrs(after, 'table', 'table:print-ranges'), attrs(before, 'table', 'table:print-ranges').map((r) => moved(r, 18, 5)));
    // The form-control checkbox sits in H36 (its row moves with the rows) and ends in H37: its end cell moves too.
    assert.deepEqual(attrs(after, 'control', 'table:end-cell-address'), attrs(before, 'control', 'table:end-cell-address').map((r) => moved(r, 18, 5)));
    assert.equal(attrs(after, 'control', 'table:end-cell-address').length, 1);
    // A validation's range is the cells that name it: the template's, moved, plus the five inserted rows (copies of row 18).
    const was = validatedRows(odsTable(before).rows, 'val1');
    assert.ok(was.includes(9) && was.includes(34), `the validation covers C9:H34 (${was.join(',')})`);
    const want = [...was.map((r) => (r > 18 ? r + 5 : r)), 19, 20, 21, 22, 23].sort((x, y) => x - y);
    assert.deepEqual(validatedRows(odsTable(after).rows, 'val1'), want);
  });

  it('rewrites the formulas below and across an overflowing group as a spreadsheet inserting rows in it would', () => {
    // The openpyxl template counts réalisations at B38 =COUNTA(A9:A18) and B39 =B38+COUNTA(A20:A26)+COUNTA($A$28:$A$34);
    // Consignes!A2 ='…'!B39. Five rows inserted after row 18: the formation range grows, what is below moves.
    const want = { B43: 'COUNTA(A9:A23)', B44: 'B43+COUNTA(A25:A31)+COUNTA($A$33:$A$39)' };
    const formulas = (xml: string) => Object.fromEntries([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:<is>.*?<\/is>)?<f[^>]*>([^<]*)<\/f>/g)].map((m) => [m[1], m[2].replace(/&apos;/g, "'")]));
    const odsFormulas = (xml: string) => [...xml.matchAll(/table:formula="([^"]*)"/g)].map((m) => m[1].replace(/&apos;/g, "'").replace(/&quot;/g, '"'));
    const over = filled.filter((f) => f.inserted > 0 && /openpyxl|LibreOffice/.test(f.producer));
    assert.equal(over.length, 3);
    for (const f of over) {
      const b = unzipSync(readFileSync(f.out));
      if (f.out.endsWith('.xlsx')) {
        const got = formulas(dec(b['xl/worksheets/sheet1.xml']));
        assert.deepEqual({ B43: got.B43, B44: got.B44 }, want, `${f.producer}: ${JSON.stringify(got)}`);
        assert.equal(got.B38, undefined, `${f.producer}: nothing left at the old place`);
        assert.deepEqual(formulas(dec(b['xl/worksheets/sheet2.xml'])), { A2: "'Tableau de synthèse Épreuve E5'!B44" }, f.producer);
      } else {
        const got = odsFormulas(dec(b['content.xml']));
        assert.ok(got.includes('of:=COUNTA([.A9:.A23])'), `${f.producer}: ${got.join(' ; ')}`);
        assert.ok(got.includes('of:=[.B43]+COUNTA([.A25:.A31])+COUNTA([.$A$33:.$A$39])'), `${f.producer}: ${got.join(' ; ')}`);
        assert.ok(got.includes("of:=['Tableau de synthèse Épreuve E5'.B44]") || got.includes("of:=[$'Tableau de synthèse Épreuve E5'.B44]"), `${f.producer}: ${got.join(' ; ')}`);
      }
    }
  });

  it('moves the comment and the drawing anchored below the form with the rows', () => {
    const f = filled.find((x) => x.producer === 'openpyxl' && x.inserted > 0)!;
    const b = unzipSync(readFileSync(f.out));
    const comments = Object.keys(b).find((n) => /^xl\/comments/.test(n))!;
    assert.match(dec(b[comments]), /ref="A41"/, 'the comment of A36 is now on A41');
    const vml = Object.keys(b).find((n) => n.endsWith('.vml'))!;
    assert.match(dec(b[vml]), /Row>40</, 'its box follows (0-based row 40)');
    const drawing = Object.keys(b).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
    assert.match(dec(b[drawing]), /<(?:\w+:)?row>40<\/(?:\w+:)?row>/, 'the logo anchored at H36 is now at H41');
  });

  it('moves the form-control checkbox anchored at H36 with the rows, in every producer’s .xlsx', () => {
    const over = filled.filter((x) => x.inserted > 0 && x.out.endsWith('.xlsx'));
    assert.equal(over.length, 4);
    for (const f of over) {
      const b = unzipSync(readFileSync(f.out));
      const control = /<control\b[\s\S]*?<\/control>/.exec(dec(b['xl/worksheets/sheet1.xml']))?.[0] ?? '';
      assert.match(control, /<from>.*?<(?:\w+:)?row\b[^>]*>40<\/(?:\w+:)?row>.*?<\/from><to>.*?<(?:\w+:)?row\b[^>]*>41</, `${f.producer}: ${control}`);
      const vml = Object.keys(b).filter((n) => n.endsWith('.vml')).map((n) => dec(b[n])).join('');
      assert.match(vml, /ObjectType="Checkbox"><x:Anchor>\s*7, 0, 40, 0, 7, 60, 41, 0</, f.producer);
    }
  });

  it('a template whose drawing is missing or whose comment part is corrupt is filled, the corrupt part kept as it was', async () => {
    const corpus = await producerCorpus();
    const e = unzipSync(readFileSync(corpus.templates.openpyxl));
    const drawing = Object.keys(e).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
    const comments = Object.keys(e).find((n) => /^xl\/comments/.test(n))!;
    delete e[drawing];
    e[comments] = new TextEncoder().encode('<comments><<< abîmé');
    const dir = tmpDir();
    const tpl = path.join(dir, 'abime.xlsx');
    writeFileSync(tpl, zipSync(e));
    const text = dossierText(OVER);
    const r = await exportTableur({ sourcePath: writeDossier(dir, text), model: modelOf(text), templatePath: tpl, outPath: path.join(dir, 'rempli.xlsx') });
    assert.equal(r.inserted, 5);
    const b = unzipSync(readFileSync(r.outPath));
    assert.equal(b[drawing], undefined, 'a missing part stays missing');
    assert.ok(same(b[comments], e[comments]), 'the corrupt part is kept as it was');
  });

  it('LibreOffice reads every filled file, with the candidate and the réalisations in their cells', () => {
    const csvs = convertAll(filled.map((f) => f.out), 'csv');
    filled.forEach((f, i) => {
      const rows = csvRows(readFileSync(csvs[i], 'utf8'));
      const flat = rows.map((r) => r.join('|')).join('\n');
      assert.match(flat, /NOM et prénom : MARTIN Léa/, `${f.producer}: ${flat.slice(0, 300)}`);
      for (const r of f.reals.filter((x) => !x.intitule.startsWith('='))) assert.ok(flat.includes(r.intitule), `${f.producer}: ${r.intitule}`);
      assert.ok(flat.includes('=HYPERLINK('), `${f.producer}: a formula-like intitulé stays text`);
      if (/openpyxl|LibreOffice/.test(f.producer)) {
        // The centre's counts are computed from the filled rows, not the template's cached zeros.
        const formation = f.reals.filter((r) => r.cadre === 'formation').length;
        assert.match(flat, new RegExp(`Réalisations en formation :\\|${formation}\\b`), `${f.producer}: ${flat.slice(-300)}`);
        assert.match(flat, new RegExp(`Réalisations en tout :\\|${f.reals.length}\\b`), `${f.producer}: ${flat.slice(-300)}`);
      }
    });
  });

  it('imports back to the same réalisations and marks (fill → import)', async () => {
    for (const f of filled) {
      const r = await importTableauBytes(readFileSync(f.out), path.basename(f.out));
      const d = parse(r.yaml) as { realisations: { intitule: string; cadre: string; competences: string[] }[]; candidat: { option: string } };
      const got = d.realisations.map((x) => `${x.cadre}|${x.intitule}|${x.competences.join(',')}`).sort();
      // The official form has one column per competence: a sub-competence comes back as its competence.
      const want = f.reals.map((x) => `${x.cadre}|${x.intitule}|${[...new Set(x.competences.map((c) => c.split('.').slice(0, 2).join('.')))].sort().join(',')}`).sort();
      assert.deepEqual(got, want, f.producer);
      assert.equal(d.candidat.option, 'SISR', f.producer);
    }
  });
});
