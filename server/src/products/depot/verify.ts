/**
 * `sio-dossier depot --verifier`: is a deposit archive (archive.ts) intact, and if not, which
 * file changed? The archive is read in memory and never extracted: names are checked before any
 * byte is inflated — absolute or `..` paths, duplicate names, too many entries, sizes beyond a
 * bound are refused with a French message (an archive is input from anyone: a zip bomb or a
 * path-traversal entry must not get further than this function).
 */
import { unzipSync } from 'fflate';
import { text, type Text } from '../../core/l10n';
import { MANIFEST_FORMAT, MANIFEST_NAME, sha256, type Manifest } from './archive';

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
  const seen = new Set<string>();
  let count = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const bad = badEntryName(f.name);
        if (bad) throw new Refused(text(`Archive refusée : ${bad.fr}.`, `Archive refused: ${bad.en}.`));
        if (seen.has(f.name)) throw new Refused(text(`Archive refusée : l’entrée « ${f.name} » figure deux fois.`, `Archive refused: entry "${f.name}" appears twice.`));
        seen.add(f.name);
        if (++count > limits.entries) throw new Refused(text(`Archive refusée : plus de ${limits.entries} entrées.`, `Archive refused: more than ${limits.entries} entries.`));
        const size = Math.max(f.originalSize, f.size);
        total += size;
        if (size > limits.entryBytes || total > limits.totalBytes) {
          throw new Refused(text(`Archive refusée : l’entrée « ${f.name} » dépasse la taille admise (${size} octets).`, `Archive refused: entry "${f.name}" exceeds the size bound (${size} bytes).`));
        }
        if (f.compression !== 0 && f.compression !== 8) throw new Refused(text(`Archive refusée : compression inconnue pour « ${f.name} ».`, `Archive refused: unknown compression for "${f.name}".`));
        // Directory entries carry no content to check.
        return !f.name.endsWith('/');
      }
    });
  } catch (err) {
    if (err instanceof Refused) return fail(err.why);
    return fail(text(`Archive illisible : ce n’est pas un zip valide (${(err as Error).message}).`, `Unreadable archive: not a valid zip (${(err as Error).message}).`));
  }
  const raw = files[MANIFEST_NAME];
  if (!raw) return fail(text(`Archive sans ${MANIFEST_NAME} : ce n’est pas une archive de dépôt de sio-dossier.`, `No ${MANIFEST_NAME}: not a sio-dossier deposit archive.`));
  const manifest = readManifest(raw, limits.manifestBytes);
  if (!manifest) return fail(text(`${MANIFEST_NAME} illisible ou incomplet.`, `${MANIFEST_NAME} unreadable or incomplete.`));

  const problems: Text[] = [];
  const intact: string[] = [];
  const listed = new Set<string>();
  for (const f of manifest.fichiers) {
    listed.add(f.nom);
    const got = files[f.nom];
    if (!got) {
      problems.push(text(`Fichier manquant : « ${f.nom} ».`, `Missing file: "${f.nom}".`));
      continue;
    }
    const hash = sha256(got);
    if (hash !== f.sha256 || got.length !== f.taille) {
      problems.push(
        text(
          `Fichier modifié : « ${f.nom} » (SHA-256 attendu ${f.sha256.slice(0, 12)}…, trouvé ${hash.slice(0, 12)}… ; ${f.taille} → ${got.length} octets).`,
          `File changed: "${f.nom}" (expected SHA-256 ${f.sha256.slice(0, 12)}…, found ${hash.slice(0, 12)}…; ${f.taille} → ${got.length} bytes).`
        )
      );
      continue;
    }
    intact.push(f.nom);
  }
  for (const name of Object.keys(files)) {
    if (name !== MANIFEST_NAME && !listed.has(name)) problems.push(text(`Fichier ajouté, absent du manifeste : « ${name} ».`, `File added, not in the manifest: "${name}".`));
  }
  return { ok: problems.length === 0, problems, intact, manifest };
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
