/**
 * `sio-dossier depot --verifier`: is a deposit archive (archive.ts) intact, and if not, which
 * file changed? The archive is read in memory and never extracted, as an extractor would see it
 * (zipEntries.ts): entry types, local and central names, streaming inflation stopped past the
 * declared size, CRC-32. Names are checked before any byte is inflated — absolute or `..` paths,
 * duplicate names (case aside), too many entries, sizes beyond a bound are refused with a French
 * message (an archive is input from anyone: a zip bomb, a symbolic link or a path-traversal entry
 * must not get further than this function).
 */
import { text, type Text } from '../../core/l10n';
import { createSha256, MANIFEST_FORMAT, MANIFEST_NAME, type Manifest } from './archive';
import { readEntry, zipEntries, ZipRefused } from './zipEntries';

export const VERIFY_LIMITS = {
  /** Whole archive read into memory (the CLI checks the file size before reading it). */
  archiveBytes: 200 * 1024 * 1024,
  entryBytes: 100 * 1024 * 1024,
  totalBytes: 300 * 1024 * 1024,
  entries: 500,
  manifestBytes: 1024 * 1024
};

export interface VerifyResult {
  ok: boolean;
  /** Refusals and differences, each a sentence for the teacher. */
  problems: Text[];
  /** Files of the manifest found intact. */
  intact: string[];
  manifest: Manifest | null;
}

/** Why an entry name is refused, or null. */
export function badEntryName(name: string): Text | null {
  if (!name || name.includes('\u0000')) return text('nom d’entrée vide ou invalide', 'empty or invalid entry name');
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return text(`chemin absolu « ${name} »`, `absolute path "${name}"`);
  if (name.split(/[\\/]/).some((seg) => seg === '..')) return text(`chemin « ${name} » qui sort de l’archive (..)`, `path "${name}" leaves the archive (..)`);
  return null;
}

class Refused extends Error {
  constructor(readonly why: Text) {
    super(why.fr);
  }
}

const fail = (why: Text): VerifyResult => ({ ok: false, problems: [why], intact: [], manifest: null });

/** The refusal of an archive too large to read into memory (the CLI checks before reading). */
export function tooLarge(size: number, limits = VERIFY_LIMITS): VerifyResult | null {
  return size > limits.archiveBytes
    ? fail(text(`Archive refusée : ${size} octets, plus de ${limits.archiveBytes / 1024 / 1024} Mio.`, `Archive refused: ${size} bytes, over ${limits.archiveBytes / 1024 / 1024} MiB.`))
    : null;
}

export function verifyArchive(bytes: Uint8Array, limits = VERIFY_LIMITS): VerifyResult {
  const big = tooLarge(bytes.length, limits);
  if (big) return big;
  /** Per entry: its SHA-256 and size as inflated, whether its CRC-32 held; the manifest's bytes. */
  const files = new Map<string, { sha256: string; size: number; crcOk: boolean }>();
  let raw: Uint8Array | null = null;
  try {
    const entries = zipEntries(bytes, limits.entries);
    const seen = new Set<string>();
    let total = 0;
    // Names and declared sizes first, before any byte is inflated.
    for (const e of entries) {
      const bad = badEntryName(e.name);
      if (bad) throw new Refused(text(`Archive refusée : ${bad.fr}.`, `Archive refused: ${bad.en}.`));
      // Case and Unicode form aside: `Attestation.pdf` and `attestation.pdf` are one file on Windows and macOS.
      const key = e.name.normalize('NFC').toLowerCase();
      if (seen.has(key)) throw new Refused(text(`Archive refusée : l’entrée « ${e.name} » figure deux fois (majuscules et minuscules confondues).`, `Archive refused: entry "${e.name}" appears twice (case aside).`));
      seen.add(key);
      const size = Math.max(e.size, e.compressedSize);
      total += size;
      if (size > limits.entryBytes || total > limits.totalBytes) {
        throw new Refused(text(`Archive refusée : l’entrée « ${e.name} » dépasse la taille admise (${size} octets).`, `Archive refused: entry "${e.name}" exceeds the size bound (${size} bytes).`));
      }
    }
    for (const e of entries) {
      if (e.directory) continue;
      const isManifest = e.name === MANIFEST_NAME;
      if (isManifest && e.size > limits.manifestBytes) throw new Refused(text(`${MANIFEST_NAME} trop grand.`, `${MANIFEST_NAME} too large.`));
      const hash = createSha256();
      const parts: Uint8Array[] = [];
      const { crcOk } = readEntry(bytes, e, (chunk) => {
        hash.update(chunk);
        if (isManifest) parts.push(chunk);
      });
      files.set(e.name, { sha256: hash.digest(), size: e.size, crcOk });
      if (isManifest) raw = concat(parts);
    }
  } catch (err) {
    if (err instanceof Refused || err instanceof ZipRefused) return fail(err.why);
    return fail(text(`Archive illisible : ce n’est pas un zip valide (${(err as Error).message}).`, `Unreadable archive: not a valid zip (${(err as Error).message}).`));
  }
  if (!raw) return fail(text(`Archive sans ${MANIFEST_NAME} : ce n’est pas une archive de dépôt de sio-dossier.`, `No ${MANIFEST_NAME}: not a sio-dossier deposit archive.`));
  const manifest = files.get(MANIFEST_NAME)!.crcOk ? readManifest(raw, limits.manifestBytes) : null;
  if (!manifest) return fail(text(`${MANIFEST_NAME} illisible ou incomplet.`, `${MANIFEST_NAME} unreadable or incomplete.`));

  const problems: Text[] = [];
  const intact: string[] = [];
  const listed = new Set<string>();
  for (const f of manifest.fichiers) {
    listed.add(f.nom);
    const got = files.get(f.nom);
    if (!got) {
      problems.push(text(`Fichier manquant : « ${f.nom} ».`, `Missing file: "${f.nom}".`));
      continue;
    }
    if (got.sha256 !== f.sha256 || got.size !== f.taille) {
      problems.push(
        text(
          `Fichier modifié : « ${f.nom} » (SHA-256 attendu ${f.sha256.slice(0, 12)}…, trouvé ${got.sha256.slice(0, 12)}… ; ${f.taille} → ${got.size} octets).`,
          `File changed: "${f.nom}" (expected SHA-256 ${f.sha256.slice(0, 12)}…, found ${got.sha256.slice(0, 12)}…; ${f.taille} → ${got.size} bytes).`
        )
      );
      continue;
    }
    if (!got.crcOk) {
      problems.push(text(`CRC-32 faux pour « ${f.nom} » : un extracteur le signalerait comme altéré.`, `Wrong CRC-32 for "${f.nom}": an extractor would report it corrupted.`));
      continue;
    }
    intact.push(f.nom);
  }
  for (const name of files.keys()) {
    if (name !== MANIFEST_NAME && !listed.has(name)) problems.push(text(`Fichier ajouté, absent du manifeste : « ${name} ».`, `File added, not in the manifest: "${name}".`));
  }
  return { ok: problems.length === 0, problems, intact, manifest };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function readManifest(raw: Uint8Array, max: number): Manifest | null {
  if (raw.length > max) return null;
  let m: unknown;
  try {
    m = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    return null;
  }
  const x = m as Partial<Manifest> | null;
  const isFile = (f: unknown): boolean => {
    const o = f as Record<string, unknown> | null;
    return !!o && typeof o.nom === 'string' && typeof o.sha256 === 'string' && /^[0-9a-f]{64}$/.test(o.sha256) && typeof o.taille === 'number';
  };
  if (!x || x.format !== MANIFEST_FORMAT || !Array.isArray(x.fichiers) || !x.fichiers.every(isFile) || !isFile(x.dossier)) return null;
  return x as Manifest;
}
