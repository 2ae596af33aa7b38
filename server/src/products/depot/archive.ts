/**
 * The frozen deposit: one zip with what the candidate deposits (the tableau — `.xlsx` when the
 * spreadsheet export exists, else the PDF alone —, the PDF, the attestations de stage) and
 * `manifeste.json` (each file's SHA-256 and size, the dossier's SHA-256, the session, the date),
 * so that a teacher can later prove what was deposited (verify.ts). Pure: bytes in, bytes out.
 *
 * Entries are stored, not deflated: PDF and xlsx are already compressed, and a stored entry keeps
 * each file's bytes apart, so that one changed byte is reported as that file changed rather than
 * as an archive that no longer inflates.
 *
 * Node-only: the manifest's SHA-256 comes from node:crypto (WebCrypto's digest is asynchronous).
 */
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';

export const MANIFEST_NAME = 'manifeste.json';
export const MANIFEST_FORMAT = 'dossier-sio-depot';

export interface ManifestFile {
  nom: string;
  sha256: string;
  taille: number;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  /** ISO 8601 date of the archive. */
  date: string;
  session: string | null;
  candidat: { nom: string; prenom: string; numero: string };
  /** The source dossier: not in the archive, its hash ties the archive to that exact text. */
  dossier: ManifestFile;
  fichiers: ManifestFile[];
}

export interface ArchiveInput {
  dossierName: string;
  dossierBytes: Uint8Array;
  session: string | null;
  candidat: Manifest['candidat'];
  /** Archive entries (`lea.pdf`, `attestations/stage-1.pdf`…), names already unique. */
  files: { name: string; bytes: Uint8Array }[];
  date: Date;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** An incremental SHA-256 (hex), for entries inflated piece by piece (verify.ts). */
export function createSha256(): { update(chunk: Uint8Array): void; digest(): string } {
  const h = createHash('sha256');
  return { update: (chunk) => void h.update(chunk), digest: () => h.digest('hex') };
}

export function manifestOf(input: ArchiveInput): Manifest {
  return {
    format: MANIFEST_FORMAT,
    version: 1,
    date: input.date.toISOString(),
    session: input.session,
    candidat: input.candidat,
    dossier: { nom: input.dossierName, sha256: sha256(input.dossierBytes), taille: input.dossierBytes.length },
    fichiers: input.files.map((f) => ({ nom: f.name, sha256: sha256(f.bytes), taille: f.bytes.length }))
  };
}

export function buildArchive(input: ArchiveInput): { bytes: Uint8Array; manifest: Manifest } {
  const manifest = manifestOf(input);
  const entries: Zippable = {};
  // The zip's own timestamps carry the deposit date (the manifest holds the exact one).
  const opts = { level: 0 as const, mtime: input.date };
  for (const f of input.files) entries[f.name] = [f.bytes, opts];
  entries[MANIFEST_NAME] = [new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n'), opts];
  return { bytes: zipSync(entries), manifest };
}

/**
 * Entry names for the files of a deposit: exports at the root, attestations under
 * `attestations/`, a second file of the same name — case aside — numbered (`attestation-2.pdf`).
 */
export function entryNames(exports: string[], attestations: string[]): { exports: string[]; attestations: string[] } {
  // Case-folded: `Attestation.pdf` and `attestation.pdf` are one file once extracted on Windows or macOS.
  const fold = (name: string) => name.normalize('NFC').toLowerCase();
  const used = new Set<string>([MANIFEST_NAME]);
  const clean = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_') || 'fichier';
  const unique = (name: string): string => {
    let out = name;
    for (let i = 2; used.has(fold(out)); i++) out = name.replace(/(\.[^./]*)?$/, (ext) => `-${i}${ext}`);
    used.add(fold(out));
    return out;
  };
  return { exports: exports.map((e) => unique(clean(e))), attestations: attestations.map((a) => unique(`attestations/${clean(a)}`)) };
}
