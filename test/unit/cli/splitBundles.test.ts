/**
 * `sio-dossier` is split: dist/cli.js is a launcher, dist/cli-main.js holds the checks, and each command that needs an engine
 * loads dist/export.js (PDF), dist/tableur.js (spreadsheet) or dist/site.js (portfolio) on demand
 * (scripts/build/cliBundles.mjs). Every command still works from dist/ copied where no
 * node_modules can be reached, as an installed package is laid out, and the PDF it writes
 * there, with the fonts prepared at build time (dist/fonts/plain/), is the one the sources write.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createLanguageService } from '../../../server/src/core/service';
import { buildSynthese } from '../../../server/src/core/table/build';
import { renderPdf } from '../../../server/src/products/pdf/pdf';
import { creationDateFor } from '../../../server/src/node/atomicWrite';

const ROOT = path.resolve(__dirname, '../../..');
const EPOCH = '1767225600';

describe('sio-dossier from its split bundles, in a packaged layout', function () {
  this.timeout(120_000);
  let pkg: string;
  let work: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(pkg, 'dist/cli.js'), ...args], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, SIO_CODE_CACHE_DIR: path.join(pkg, 'cache') }
    });

  before(() => {
    assert.ok(existsSync(path.join(ROOT, 'dist/cli.js')), 'dist/cli.js manquant : lancez « npm run build »');
    // Outside the repository: no node_modules above it, only what the package ships.
    pkg = mkdtempSync(path.join(tmpdir(), 'sio-pkg-'));
    cpSync(path.join(ROOT, 'dist'), path.join(pkg, 'dist'), { recursive: true, filter: (f) => !f.endsWith('.map') && !f.endsWith('.vsix') });
    work = mkdtempSync(path.join(tmpdir(), 'sio-pkg-work-'));
    cpSync(path.join(ROOT, 'examples'), path.join(work, 'examples'), { recursive: true, filter: (f) => !f.includes(`${path.sep}out`) });
    mkdirSync(path.join(work, 'out'));
  });

  it('dist/cli.js and dist/cli-main.js carry none of the engines: they stay in their own bundles', () => {
    const launcher = readFileSync(path.join(ROOT, 'dist/cli.js'), 'utf8');
    const cli = readFileSync(path.join(ROOT, 'dist/cli-main.js'), 'utf8');
    for (const lib of ['pdfmake', 'pdfkit', 'fontkit', 'exceljs', 'markdown-it', 'yaml', 'ajv']) assert.ok(!launcher.includes(`node_modules/${lib}/`), `${lib} bundled into dist/cli.js`);
    for (const lib of ['pdfmake', 'pdfkit', 'fontkit', 'exceljs', 'markdown-it']) assert.ok(!cli.includes(`node_modules/${lib}/`), `${lib} bundled into dist/cli-main.js`);
    // markdown-it ships once, in dist/markdown-it.js, read by the others on first use.
    for (const bundle of ['cli-main.js', 'export.js', 'site.js', 'extension.js']) {
      assert.ok(!readFileSync(path.join(ROOT, 'dist', bundle), 'utf8').includes('node_modules/markdown-it/'), `markdown-it bundled into dist/${bundle}`);
    }
    assert.ok(readFileSync(path.join(ROOT, 'dist/markdown-it.js'), 'utf8').includes('node_modules/markdown-it/'));
    assert.match(launcher, /cli-main\.js/);
    for (const bundle of ['export.js', 'tableur.js', 'site.js']) assert.match(cli, new RegExp(bundle.replace('.', '\\.')));
  });

  it('check, pdf, preview, class, spreadsheet, import, deposit and site all run there', () => {
    const lea = path.join('examples', 'lea-martin-sisr.sio.yaml');
    const steps: [string[], number, string][] = [
      [['verifier', 'examples'], 0, '3 fichiers vérifiés'],
      [['check', lea, '--format', 'sarif'], 0, '"version": "2.1.0"'],
      [['pdf', lea, '-o', 'out/lea.pdf'], 0, 'PDF écrit'],
      [['apercu', lea, '-o', 'out/lea.html'], 0, 'Aperçu écrit'],
      [['classe', 'examples'], 0, 'lea-martin-sisr.sio.yaml'],
      [['tableur', lea], 0, 'lea-martin-sisr.tableau.xlsx'],
      [['importer', 'examples/lea-martin-sisr.tableau.xlsx', '-o', 'out/lea-import.sio.yaml'], 0, 'lea-import.sio.yaml'],
      [['depot', lea, '--archive', 'out/lea.depot.zip'], 0, 'prêt pour le dépôt'],
      [['depot', '--verifier', 'out/lea.depot.zip'], 0, 'lea.depot.zip'],
      [['site', lea, '-o', 'out/site'], 0, 'out/site']
    ];
    for (const [args, status, seen] of steps) {
      const r = run(...args);
      assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
      assert.ok((r.stdout + r.stderr).includes(seen), `${args.join(' ')} should mention ${seen}: ${r.stdout}`);
    }
    for (const f of ['lea.pdf', 'lea.html', 'lea-import.sio.yaml', 'lea.depot.zip', 'site/index.html']) assert.ok(existsSync(path.join(work, 'out', f)), f);
  });

  async function fromSources(file: string): Promise<Buffer> {
    const text = readFileSync(file, 'utf8');
    const service = createLanguageService({ locale: 'fr', incremental: false });
    const model = buildSynthese(service.parse(text), service.now());
    return (await renderPdf(model, { creationDate: creationDateFor(text, { SOURCE_DATE_EPOCH: EPOCH }, model) })).bytes;
  }

  it('text that needs OpenType shaping (Arabic) goes through the shaper there too, into the same PDF as from the sources', async () => {
    const file = path.join(work, 'arabe.sio.yaml');
    const lea = readFileSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), 'utf8');
    writeFileSync(file, lea.replace('intitule: Déploiement de GLPI pour la gestion du parc', 'intitule: Déploiement de GLPI — تطبيق الويب'));
    const r = run('pdf', file, '-o', 'out/arabe.pdf');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '', 'DejaVu Sans draws Arabic: nothing replaced');
    assert.ok(readFileSync(path.join(work, 'out', 'arabe.pdf')).equals(await fromSources(file)));
  });

  it('the PDF written there has the text and the embedded fonts of the one the sources render', async () => {
    const file = path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml');
    const r = run('pdf', file, '-o', 'out/packaged.pdf');
    assert.equal(r.status, 0, r.stderr);
    const bytes = await fromSources(file);
    const sources = path.join(work, 'out', 'sources.pdf');
    writeFileSync(sources, bytes);
    const packaged = path.join(work, 'out', 'packaged.pdf');
    const txt = (f: string) => execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
    const fonts = (f: string) => execFileSync('pdffonts', [f], { encoding: 'utf8' }).split('\n').slice(2).map((l) => l.split(/\s+/).slice(0, 6).join(' ')).filter(Boolean);
    assert.ok(txt(packaged).includes('MARTIN Léa'), 'the candidate is on the page');
    assert.equal(txt(packaged), txt(sources));
    assert.deepEqual(fonts(packaged), fonts(sources));
    assert.deepEqual(fonts(packaged).map((l) => l.split(' ')[0].replace(/^[A-Z]{6}\+/, '')).sort(), ['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique']);
    assert.ok(readFileSync(packaged).equals(bytes), 'the same bytes as the sources give');
  });
});
