/**
 * Hostile files given to `sio-dossier` (the built CLI, which reads bytes from disk and decodes
 * them): each is reported with a clear French message and exit code 1 — never a stack trace,
 * an abort or a hang. The core-level refusals are tested in test/unit/core/diagnostics.test.ts;
 * here is the path a teacher's script takes: files, encodings, folders.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SISR } from '../../support/dossier';
import { rng } from '../../support/generate';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

/** A hang fails the test instead of blocking the suite. */
const HANG_MS = 30_000;

function cli(...args: string[]) {
  assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build » / run npm run build first');
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: HANG_MS, maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.signal, null, `sio-dossier ${args.join(' ')} was killed (${r.signal}): hang or crash`);
  assert.doesNotMatch(r.stderr, /    at |FATAL|Erreur interne|internal error/, `stack trace or internal error: ${r.stderr.slice(0, 500)}`);
  return r;
}

const ALIAS_BOMB =
  'candidat: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
  Array.from({ length: 9 }, (_, i) => `k${i}: &a${i} [${Array(9).fill(i === 0 ? '*a' : `*a${i - 1}`).join(',')}]`).join('\n') +
  '\n';

describe('sio-dossier on hostile files', function () {
  this.timeout(HANG_MS * 4);
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  const diagnostics = (stdout: string) => JSON.parse(stdout)[0].diagnostics as { code: string; message: string; range: { start: { line: number } } }[];

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('an alias bomb is refused with a message naming it, exit 1', () => {
    const r = cli('check', file('bombe.sio.yaml', ALIAS_BOMB), '--format', 'json');
    assert.equal(r.status, 1);
    const d = diagnostics(r.stdout);
    assert.deepEqual(d.map((x) => x.code), ['yaml-syntax']);
    assert.match(d[0].message, /bombe d’alias/);
  });

  it('a 10 MB dossier gets file-too-large with its size, exit 1, and `pdf` refuses it without writing a PDF', () => {
    const big = file('enorme.sio.yaml', SISR + '# ' + 'x'.repeat(10 * 1024 * 1024) + '\n');
    const r = cli('check', big, '--format', 'json');
    assert.equal(r.status, 1);
    const d = diagnostics(r.stdout);
    assert.deepEqual(d.map((x) => x.code), ['file-too-large']);
    assert.match(d[0].message, /Fichier trop volumineux \(10\d{3} ko\)/);
    const out = path.join(dir, 'enorme.pdf');
    const p = cli('pdf', big, '-o', out);
    assert.equal(p.status, 1);
    assert.match(p.stderr, /Fichier trop volumineux/);
    assert.ok(!existsSync(out), 'a PDF was written for a refused dossier');
  });

  it('binary garbage (random bytes with NUL) is reported as not text, exit 1', () => {
    const r0 = rng(42);
    const bytes = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(r0() * 256)));
    bytes[100] = 0;
    const r = cli('check', file('binaire.sio.yaml', bytes), '--format', 'json');
    assert.equal(r.status, 1);
    const d = diagnostics(r.stdout);
    assert.deepEqual(d.map((x) => x.code), ['file-binary']);
  });

  it('a Latin-1 dossier (invalid UTF-8) is reported as an encoding problem on the line of the first bad byte', () => {
    const latin1 = Buffer.from(SISR.replace('Lycée Exemple', 'Lyc\u00e9e Exemple'), 'latin1');
    const r = cli('check', file('latin1.sio.yaml', latin1), '--format', 'json');
    assert.equal(r.status, 1);
    const d = diagnostics(r.stdout);
    assert.deepEqual(d.map((x) => x.code), ['file-binary']);
    assert.match(d[0].message, /UTF-8/);
    // "prenom: Léa" on line 5 is the first non-ASCII character.
    assert.equal(d[0].range.start.line + 1, 5);
  });

  it('a UTF-16 file (Windows "Unicode" save) is reported, not analysed as garbage', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SISR, 'utf16le')]);
    const r = cli('check', file('utf16.sio.yaml', utf16), '--format', 'json');
    assert.equal(r.status, 1);
    assert.deepEqual(diagnostics(r.stdout).map((x) => x.code), ['file-binary']);
  });

  it('a UTF-8 BOM with CRLF line ends passes; empty and whitespace-only files are answered (JSON output), not crashed on', () => {
    const ok = cli('check', file('bom-crlf.sio.yaml', '\uFEFF' + SISR.replace(/\n/g, '\r\n')));
    assert.equal(ok.status, 0, ok.stdout);
    for (const [name, content] of [['vide.sio.yaml', ''], ['blanc.sio.yaml', '\n\n   \t\n'], ['bom.sio.yaml', '\uFEFF']]) {
      const r = cli('check', file(name, content), '--format', 'json');
      assert.ok(r.status === 0 || r.status === 1, `${name}: exit ${r.status}`);
      assert.ok(Array.isArray(diagnostics(r.stdout)));
    }
  });

  it('titles carrying <script>, quotes and control characters: check, preview and pdf succeed and the HTML does not carry the script', () => {
    const hostile = SISR.replace('intitule: Déploiement de GLPI', 'intitule: "<script>alert(1)</script><img src=x onerror=alert(2)>"')
      .replace('intitule: Projet de site web', 'intitule: "</style></script><!-- \\u0007 \\u202E ${7*7} {{7*7}}"')
      .replace('centre: Lycée Exemple', 'centre: "<iframe src=javascript:alert(3)>"');
    const src = file('hostile.sio.yaml', hostile);
    const c = cli('check', src);
    assert.ok(c.status === 0 || c.status === 1, c.stderr);
    const html = path.join(dir, 'apercu.html');
    const pv = cli('preview', src, '-o', html);
    assert.equal(pv.status, 0, pv.stderr);
    const page = readFileSync(html, 'utf8');
    assert.ok(!page.includes('<script>alert(1)'), 'the title was inserted as HTML');
    assert.ok(!page.includes('<img src=x'), 'the title was inserted as HTML');
    assert.ok(!page.includes('<iframe'), 'the centre was inserted as HTML');
    const pdf = path.join(dir, 'hostile.pdf');
    const p = cli('pdf', src, '-o', pdf);
    assert.equal(p.status, 0, p.stderr);
    assert.ok(readFileSync(pdf).subarray(0, 5).toString() === '%PDF-');
  });

  it('a folder with symlink loops, dangling links and hostile files is checked once per file, no hang', () => {
    file('a.sio.yaml', SISR);
    file('bombe.sio.yaml', ALIAS_BOMB);
    mkdirSync(path.join(dir, 'sous'));
    writeFileSync(path.join(dir, 'sous', 'b.sio.yaml'), SISR);
    symlinkSync('.', path.join(dir, 'boucle1'));
    symlinkSync('..', path.join(dir, 'sous', 'boucle2'));
    symlinkSync('/nonexistent/nowhere', path.join(dir, 'casse.sio.yaml'));
    const r = cli('check', dir, '--format', 'json');
    assert.equal(r.status, 1);
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => path.relative(dir, f.file)).sort();
    assert.deepEqual(files, ['a.sio.yaml', 'bombe.sio.yaml', path.join('sous', 'b.sio.yaml')]);
  });
});
