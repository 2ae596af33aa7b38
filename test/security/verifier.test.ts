/**
 * D3 (issue 27): `sio-dossier depot --verifier` checks what an extractor would see. Each hostile
 * archive below lists its entries in a manifeste.json whose hashes match the bytes the old
 * verifier read, so that it called them « archive intacte »; each is now refused with the entry
 * named, nothing is extracted or written, and the 40 × 1 GiB bomb is refused in seconds.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { manifestEntry, writeZip, zerosDeflated, type HostileEntry } from '../support/hostileZip';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const PDF = Buffer.from('%PDF-1.4\n% attestation de stage, Mairie de Rennes\n%%EOF\n');

describe('depot --verifier against hostile archives', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build »');
    dir = mkdtempSync(path.join(tmpdir(), 'sio-verif-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const verify = (name: string, entries: HostileEntry[]) => {
    writeFileSync(path.join(dir, name), writeZip(entries));
    const started = Date.now();
    const r = spawnSync(process.execPath, [CLI, 'depot', '--verifier', name], { cwd: dir, encoding: 'utf8' });
    return { status: r.status, out: r.stdout + r.stderr, ms: Date.now() - started };
  };

  it('the same writer without a lie gives an archive found intact (the refusals below are the lies’)', () => {
    const r = verify('sain.zip', [{ name: 'lea.pdf', data: PDF }, manifestEntry([{ nom: 'lea.pdf', bytes: PDF }])]);
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /archive intacte \(1 fichier\(s\)/);
  });

  it('refuses a symbolic-link entry pointing at /etc/passwd (unzip would recreate the link)', () => {
    const target = Buffer.from('/etc/passwd');
    const r = verify('lien.zip', [{ name: 'attestations/stage-1.pdf', data: target, mode: 0o120777 }, manifestEntry([{ nom: 'attestations/stage-1.pdf', bytes: target }])]);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /archive NON intacte/);
    assert.match(r.out, /Archive refusée : l’entrée « attestations\/stage-1\.pdf » est un lien symbolique/);
  });

  it('refuses a device or FIFO entry', () => {
    const r = verify('tube.zip', [{ name: 'lea.pdf', data: PDF, mode: 0o010644 }, manifestEntry([{ nom: 'lea.pdf', bytes: PDF }])]);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /« lea\.pdf » est un fichier spécial/);
  });

  it('refuses a folder entry that carries data (an extractor would write it as a file or drop it)', () => {
    const r = verify('dossier.zip', [{ name: 'attestations/', data: PDF, mode: 0o040755 }, { name: 'lea.pdf', data: PDF }, manifestEntry([{ nom: 'lea.pdf', bytes: PDF }])]);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /l’entrée « attestations\/ » est un dossier qui porte des données/);
  });

  it('refuses a local header whose name (../../../../tmp/x.pdf) differs from the central directory’s, and writes nothing', () => {
    const escape = `../../../../${path.basename(dir)}-evade.pdf`;
    const r = verify('noms.zip', [{ name: 'lea.pdf', localName: escape, data: PDF }, manifestEntry([{ nom: 'lea.pdf', bytes: PDF }])]);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /le nom de l’en-tête local \(« \.\.\/\.\.\/\.\.\/\.\.\/.*-evade\.pdf »\) diffère de celui du répertoire central \(« lea\.pdf »\)/);
    assert.deepEqual(readdirSync(dir).filter((f) => !f.endsWith('.zip')), []);
    assert.equal(existsSync(path.join(path.dirname(dir), `${path.basename(dir)}-evade.pdf`)), false);
  });

  it('refuses a data-changed entry whose CRC-32 no longer matches, even when the manifest was rewritten to match', () => {
    const changed = Buffer.from(PDF);
    changed[12] ^= 1;
    const r = verify('crc.zip', [{ name: 'lea.pdf', data: changed, crc: crc32(PDF) }, manifestEntry([{ nom: 'lea.pdf', bytes: changed }])]);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /CRC-32 faux pour « lea\.pdf »/);
  });

  it('refuses names that clash case aside (Attestation.pdf / attestation.pdf: one file on Windows and macOS)', () => {
    const other = Buffer.from('%PDF-1.4\n% une autre attestation\n%%EOF\n');
    const r = verify('casse.zip', [
      { name: 'attestations/Attestation.pdf', data: PDF },
      { name: 'attestations/attestation.pdf', data: other },
      manifestEntry([{ nom: 'attestations/Attestation.pdf', bytes: PDF }, { nom: 'attestations/attestation.pdf', bytes: other }])
    ]);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /l’entrée « attestations\/attestation\.pdf » figure deux fois \(majuscules et minuscules confondues\)/);
  });

  it('refuses in seconds 40 deflate entries declared as 100 B that inflate to 1 GiB each', () => {
    const bomb = zerosDeflated(1024);
    const declared = new Uint8Array(100);
    const entries: HostileEntry[] = [];
    for (let i = 1; i <= 40; i++) entries.push({ name: `piece-${i}.pdf`, data: bomb, method: 8, size: 100, crc: crc32(declared) });
    entries.push(manifestEntry(entries.map((e) => ({ nom: e.name, bytes: declared }))));
    const r = verify('bombe.zip', entries);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /l’entrée « piece-1\.pdf » se décompresse au-delà de la taille déclarée \(100 octets\)/);
    assert.ok(r.ms < 10_000, `refused after ${r.ms} ms`);
  });
});
