/**
 * Bad spreadsheets given to `sio-dossier importer` / `tableur --modele` (the built CLI, as a
 * student or a teacher's script runs it): each gets a French message and exit code 1, within a
 * bound, nothing written — never a stack trace, a hang or an out-of-memory abort.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { LIMITS } from '../../../server/src/products/tableur/limits';
import { dossierText, manyReals, tmpDir, writeDossier } from '../../support/tableur';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function cli(...args: string[]) {
  assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build »');
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
  assert.equal(r.signal, null, `killed (${r.signal}): hang or crash`);
  assert.doesNotMatch(r.stderr, /    at |FATAL|Erreur interne|heap/, r.stderr.slice(0, 500));
  return r;
}

/** Imports `bytes` saved as `name`: exit 1, the French message, and no dossier written. */
function refusedImport(name: string, bytes: Buffer, message: RegExp) {
  const dir = tmpDir();
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const r = cli('importer', file);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, message);
  assert.deepEqual(readdirSync(dir), [name], 'something was written');
}

async function zipOf(files: Record<string, Buffer | string>, compression: 'DEFLATE' | 'STORE' = 'DEFLATE'): Promise<Buffer> {
  const level = compression === 'STORE' ? 0 : 6;
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([n, d]) => [n, [typeof d === 'string' ? strToU8(d) : new Uint8Array(d), { level }]]))));
}

const XLSX_SHELL = { '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' };

describe('tableur: bad input is refused with a French message, within a bound', function () {
  this.timeout(120_000);

  it('a zip bomb declaring more than the bound is refused before inflating', async () => {
    const bomb = await zipOf({ ...XLSX_SHELL, 'xl/worksheets/sheet1.xml': Buffer.alloc(LIMITS.uncompressedBytes + 1024 * 1024) });
    assert.ok(bomb.length < 1024 * 1024);
    refusedImport('bombe.xlsx', bomb, /se décompresserait en \d+ Mo \(au plus 60 Mo\) : fichier refusé/);
  });

  it('a zip bomb that lies about its sizes stops at the bound while inflating', async () => {
    // Not a sheet: a sheet part is refused sooner, at its first long run of text (hostile.test.ts).
    const bomb = await zipOf({ ...XLSX_SHELL, 'xl/media/fond.bin': Buffer.alloc(LIMITS.uncompressedBytes + 1024 * 1024) });
    // Rewrite the declared uncompressed size (local header +22, central directory +24) to 1 kB.
    const sig = (s: number) => Buffer.from([0x50, 0x4b, s, s + 1]);
    for (const [marker, at] of [[sig(3), 22], [sig(1), 24]] as const) {
      for (let i = bomb.indexOf(marker); i >= 0; i = bomb.indexOf(marker, i + 4)) {
        if (bomb.readUInt32LE(i + at) > 1024 * 1024) bomb.writeUInt32LE(1024, i + at);
      }
    }
    refusedImport('menteuse.xlsx', bomb, /se décompresse au-delà de 60 Mo/);
  });

  it('a zip with thousands of entries is refused', async () => {
    const files: Record<string, string> = { ...XLSX_SHELL };
    for (let i = 0; i < LIMITS.zipEntries + 10; i++) files[`xl/media/${i}.txt`] = 'x';
    refusedImport('entrees.xlsx', await zipOf(files), /contient \d+ fichiers \(au plus 500\)/);
  });

  it('a password-protected workbook (an encrypted OLE container) is named as such', () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]);
    refusedImport('protege.xlsx', cfb, /est protégé par un mot de passe \(ou au format \.xls ancien\)/);
  });

  it('a password-protected .ods (encrypted entries in its manifest) is named as such', async () => {
    const ods = await zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'META-INF/manifest.xml': '<manifest:encryption-data/>', 'content.xml': 'chiffré' }, 'STORE');
    refusedImport('protege.ods', ods, /est protégé par un mot de passe/);
  });

  it('a file that is not a spreadsheet, whatever its extension', async () => {
    refusedImport('image.xlsx', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), /n’est pas un tableur \(\.xlsx, \.ods ou \.csv\), quelle que soit son extension/);
    refusedImport('texte.ods', Buffer.from('Ceci est une lettre.\n'), /n’est pas un tableur/);
    refusedImport('lettre.xlsx', await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), /n’est pas un classeur \(\.xlsx ou \.ods\) : c’est une archive d’un autre type/);
  });

  it('a corrupted workbook', () => {
    refusedImport('abime.xlsx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(300, 7)]), /est endommagé/);
  });

  it('a sheet with a formula in each of 250 000 cells', async () => {
    const cells: string[] = [];
    for (let r = 1; r <= 25_000; r++) for (let c = 0; c < 10; c++) cells.push(`<c r="${String.fromCharCode(65 + c)}${r}"><f>1+1</f><v>2</v></c>`);
    const sheet = `<worksheet><sheetData><row>${cells.join('')}</row></sheetData></worksheet>`;
    refusedImport('formules.xlsx', await zipOf({ ...XLSX_SHELL, 'xl/worksheets/sheet1.xml': sheet }), /a plus de 200\s000 cellules dans une feuille/);
  });

  it('an .ods sheet with a million filled rows (one repeated row element) is refused, not cut', async () => {
    const content = '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="T">'
      + '<table:table-row><table:table-cell office:value-type="string"><text:p>Réalisation en cours de formation</text:p></table:table-cell></table:table-row>'
      + '<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string"><text:p>X</text:p></table:table-cell></table:table-row>'
      + '</table:table></office:spreadsheet></office:body></office:document-content>';
    const ods = await zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': content });
    refusedImport('million.ods', ods, /a plus de lignes qu’un tableau de synthèse n’en peut avoir : import refusé/);
  });

  it('a CSV of a million rows is refused, not cut', () => {
    const csv = Buffer.from('Réalisation en cours de formation;;\n' + 'x;;X\n'.repeat(1_000_000));
    refusedImport('million.csv', csv, /a plus de lignes qu’un tableau de synthèse/);
  });

  it('a bad template for `tableur --modele`: the message, exit 1, no spreadsheet written', () => {
    const dir = tmpDir();
    const source = writeDossier(dir, dossierText(manyReals(2)));
    const tpl = path.join(dir, 'modele.xlsx');
    writeFileSync(tpl, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    const r = cli('tableur', source, '--modele', tpl);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /protégé par un mot de passe/);
    assert.deepEqual(readdirSync(dir).sort(), ['lea.sio.yaml', 'modele.xlsx']);
  });
});

describe('tableur: damaged contents inside a valid zip', function () {
  this.timeout(60_000);
  it('an .ods whose content.xml is not XML, an .xlsx whose sheet is not XML: « endommagé », exit 1', async () => {
    const ods = await zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<<< pas du XML' }, 'STORE');
    refusedImport('abime.ods', ods, /est endommagé/);
    const xlsx = await zipOf({ ...XLSX_SHELL, 'xl/worksheets/sheet1.xml': '<<< pas du XML', 'xl/_rels/workbook.xml.rels': '<<<' });
    refusedImport('abime.xlsx', xlsx, /endommagé|ne ressemble pas au tableau de synthèse/);
  });
});
