/**
 * The frozen deposit: the manifest names every file with its SHA-256 and size, the archive passes
 * the verifier, one changed byte names the file that changed, and hostile archives (paths out of
 * the archive, duplicates, oversize entries, not a zip) are refused with a French message.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { buildArchive, entryNames, MANIFEST_NAME } from '../../../server/src/products/depot/archive';
import { badEntryName, tooLarge, verifyArchive, VERIFY_LIMITS } from '../../../server/src/products/depot/verify';

const enc = (s: string) => new TextEncoder().encode(s);
const pdf = enc('%PDF-1.4 tableau de synthèse '.repeat(50));
const att = enc('%PDF-1.4 attestation');
const dossier = enc('referentiel: bts-sio\nsession: 2026\n');

function archive() {
  return buildArchive({
    dossierName: 'lea.sio.yaml',
    dossierBytes: dossier,
    session: '2026',
    candidat: { nom: 'MARTIN', prenom: 'Léa', numero: '02345678901' },
    files: [
      { name: 'lea.pdf', bytes: pdf },
      { name: 'attestations/stage-1.pdf', bytes: att }
    ],
    date: new Date('2026-03-01T10:00:00Z')
  });
}

/** Offset of `needle` in `hay` (to change one byte of one file inside the zip). */
function indexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

describe('deposit archive and manifest', () => {
  it('the manifest holds each file’s SHA-256 and size, the dossier’s SHA-256, the session and the date', () => {
    const { manifest } = archive();
    assert.equal(manifest.session, '2026');
    assert.equal(manifest.date, '2026-03-01T10:00:00.000Z');
    assert.equal(manifest.dossier.sha256, createHash('sha256').update(dossier).digest('hex'));
    assert.deepEqual(
      manifest.fichiers.map((f) => [f.nom, f.taille]),
      [
        ['lea.pdf', pdf.length],
        ['attestations/stage-1.pdf', att.length]
      ]
    );
    assert.equal(manifest.fichiers[0].sha256, createHash('sha256').update(pdf).digest('hex'));
  });

  it('an archive just written passes the verifier', () => {
    const r = verifyArchive(archive().bytes);
    assert.equal(r.ok, true, JSON.stringify(r.problems));
    assert.deepEqual(r.intact, ['lea.pdf', 'attestations/stage-1.pdf']);
  });

  it('one changed byte of one file fails it and names that file', () => {
    const bytes = new Uint8Array(archive().bytes);
    const at = indexOfBytes(bytes, att);
    assert.ok(at > 0);
    bytes[at + 10] ^= 1;
    const r = verifyArchive(bytes);
    assert.equal(r.ok, false);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].fr, /^Fichier modifié : « attestations\/stage-1\.pdf »/);
    assert.deepEqual(r.intact, ['lea.pdf']);
  });

  it('a file removed or added is reported', () => {
    const { manifest } = archive();
    const m = enc(JSON.stringify(manifest));
    const missing = verifyArchive(zipSync({ 'lea.pdf': pdf, [MANIFEST_NAME]: m }));
    assert.match(missing.problems[0].fr, /Fichier manquant : « attestations\/stage-1\.pdf »/);
    const added = verifyArchive(zipSync({ 'lea.pdf': pdf, 'attestations/stage-1.pdf': att, 'virus.exe': att, [MANIFEST_NAME]: m }));
    assert.match(added.problems[0].fr, /Fichier ajouté, absent du manifeste : « virus\.exe »/);
  });

  it('refuses entries with absolute or .. paths before reading them', () => {
    assert.match(badEntryName('/etc/passwd')!.fr, /chemin absolu/);
    assert.match(badEntryName('C:\\Windows\\x')!.fr, /chemin absolu/);
    assert.match(badEntryName('attestations/../../x')!.fr, /sort de l’archive/);
    assert.equal(badEntryName('attestations/stage-1.pdf'), null);
    const r = verifyArchive(zipSync({ '../evil.sh': att, [MANIFEST_NAME]: enc('{}') }));
    assert.equal(r.ok, false);
    assert.match(r.problems[0].fr, /^Archive refusée : chemin « \.\.\/evil\.sh » qui sort de l’archive/);
  });

  it('refuses duplicate names', () => {
    // zipSync cannot write a name twice: build the zip, then rename the second entry in place.
    const bytes = new Uint8Array(zipSync({ 'a.pdf': att, 'b.pdf': att, [MANIFEST_NAME]: enc('{}') }, { level: 0 }));
    const b = enc('b.pdf');
    for (let i = indexOfBytes(bytes, b); i >= 0; i = indexOfBytes(bytes, b)) bytes[i] = 'a'.charCodeAt(0);
    const r = verifyArchive(bytes);
    assert.match(r.problems[0].fr, /l’entrée « a\.pdf » figure deux fois/);
  });

  it('refuses entries beyond the size bound without inflating them, and what is not a zip', () => {
    const big = zipSync({ 'gros.pdf': new Uint8Array(2 * 1024 * 1024), [MANIFEST_NAME]: enc('{}') });
    assert.ok(big.length < 50 * 1024, 'deflated zeros: a small archive that would inflate large');
    const r = verifyArchive(big, { ...VERIFY_LIMITS, entryBytes: 1024 * 1024 });
    assert.match(r.problems[0].fr, /« gros\.pdf » dépasse la taille admise/);
    assert.match(verifyArchive(enc('pas un zip')).problems[0].fr, /^Archive illisible/);
    assert.match(tooLarge(VERIFY_LIMITS.archiveBytes + 1)!.problems[0].fr, /^Archive refusée : \d+ octets, plus de 200 Mio\./);
    assert.equal(tooLarge(1000), null);
    assert.match(verifyArchive(zipSync({ 'lea.pdf': pdf })).problems[0].fr, /sans manifeste\.json/);
  });

  it('names entries uniquely: attestations in their folder, a second file of the same name numbered', () => {
    assert.deepEqual(entryNames(['lea.pdf'], ['attestation.pdf', 'attestation.pdf', 'a:b.pdf']), {
      exports: ['lea.pdf'],
      attestations: ['attestations/attestation.pdf', 'attestations/attestation-2.pdf', 'attestations/a_b.pdf']
    });
  });
});
