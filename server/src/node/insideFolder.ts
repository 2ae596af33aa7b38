/**
 * The one « inside the student's folder » rule (issue 27, docs/SECURITE.md): every reader of a
 * path a dossier names — attestations, pieces, photo, CV, the exports beside the dossier that the
 * site copies and the deposit archive takes — asks `checkInside` first and reads through
 * `openChecked`, never through the path again.
 *
 * A path is refused when it is absolute or climbs out with `..` (judged as text by
 * core/localFiles.ts), when its real path (symbolic links resolved) leaves the dossier's real
 * folder, when it is not a regular file (folder, FIFO, device, socket), or when it has more than
 * one hard link (the other name may be a file outside the folder: the inode cannot tell which).
 *
 * Between the check and the read a name can be swapped (a symbolic link put in the file's place):
 * `openChecked` opens with O_NOFOLLOW (no link followed on the last component) and O_NONBLOCK (a
 * FIFO swapped in does not block), then requires the opened file to be the very inode checked
 * (device + inode), still a regular file with one link. Whatever was swapped, the bytes read are
 * those of the file that was checked inside the folder, or nothing.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { text, type Text } from '../core/l10n';
import { normalisePath, pathProblem, pathProblemText } from '../core/localFiles';

export interface CheckedFile {
  ok: true;
  /** The path as the dossier wrote it, trimmed. */
  value: string;
  /** Inside the folder, `/` separators (`attestations/stage.pdf`). */
  rel: string;
  /** Real path on disk (symbolic links inside the folder resolved). */
  real: string;
  size: number;
  mtimeMs: number;
  dev: number;
  ino: number;
}

export interface RefusedFile {
  ok: false;
  value: string;
  /** Nothing at that path (or a dangling link): the checklist says « introuvable ». */
  missing: boolean;
  /** Why, without the path (callers name it: « attestation.pdf » : why). */
  why: Text;
}

export type InsideResult = CheckedFile | RefusedFile;

const NOT_FOUND = text('fichier introuvable', 'file not found');

const refused = (value: string, why: Text, missing = false): RefusedFile => ({ ok: false, value, missing, why });

/** Whether `p` is strictly below `root` (both real, absolute). */
export function isBelow(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Why a file's metadata forbids reading it as a dossier's file, or null. */
export function statProblem(st: Stats): Text | null {
  if (!st.isFile()) {
    return st.isDirectory()
      ? text('c’est un dossier, pas un fichier', 'it is a folder, not a file')
      : text('ce n’est pas un fichier ordinaire (tube, périphérique ou socket)', 'not a regular file (FIFO, device or socket)');
  }
  if (st.nlink > 1) {
    return text(
      `fichier à ${st.nlink} liens physiques (lien dur) : il peut être un fichier situé hors du dossier`,
      `file with ${st.nlink} hard links: it may be a file located outside the folder`
    );
  }
  return null;
}

/** The real folder of a dossier (its parent, symbolic links resolved). */
export function realFolderOf(dossierPath: string): string {
  return realOrSelf(path.dirname(path.resolve(dossierPath)));
}

function realOrSelf(dir: string): string {
  try {
    return realpathSync.native(dir);
  } catch {
    return dir;
  }
}

/** Applies the rule to `value`, a path relative to the dossier's folder `dir`. */
export function checkInside(dir: string, value: string, realDir = realOrSelf(path.resolve(dir))): InsideResult {
  const v = value.trim();
  const problem = pathProblem(v);
  if (problem === 'absolute') return refused(v, pathProblemText('absolute'));
  if (problem === 'outside') return refused(v, pathProblemText('outside'));
  if (problem === 'empty') return refused(v, text('chemin vide', 'empty path'), true);
  const rel = normalisePath(v);
  let real: string;
  try {
    real = realpathSync.native(path.join(dir, ...rel.split('/')));
  } catch {
    return refused(v, NOT_FOUND, true);
  }
  if (!isBelow(realDir, real)) return refused(v, text('lien symbolique qui sort du dossier de l’élève', 'symbolic link leaving the student\'s folder'));
  const st = statSync(real, { throwIfNoEntry: false });
  if (!st) return refused(v, NOT_FOUND, true);
  const bad = statProblem(st);
  if (bad) return refused(v, bad);
  return { ok: true, value: v, rel, real, size: st.size, mtimeMs: st.mtimeMs, dev: st.dev, ino: st.ino };
}

/** A file checked earlier: the fields `openChecked` needs. */
export type Checked = Pick<CheckedFile, 'value' | 'real' | 'dev' | 'ino'>;

export class SwappedFile extends Error {
  constructor(readonly why: Text) {
    super(why.fr);
  }
}

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/**
 * Opens a checked file for reading, or throws `SwappedFile` when what is at its path now is not
 * the file that was checked (a link or another file swapped in between).
 */
export function openChecked(f: Checked, linksAllowed = false): number {
  let fd: number;
  try {
    fd = openSync(f.real, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (err) {
    throw new SwappedFile(text(`« ${f.value} » a changé depuis sa vérification (${(err as NodeJS.ErrnoException).code ?? 'erreur'}) : il n’est pas lu`, `"${f.value}" changed since it was checked (${(err as NodeJS.ErrnoException).code ?? 'error'}): not read`));
  }
  const st = fstatSync(fd);
  const bad = st.dev !== f.dev || st.ino !== f.ino ? text('un autre fichier a pris sa place', 'another file took its place') : linksAllowed && st.isFile() ? null : statProblem(st);
  if (bad) {
    closeSync(fd);
    throw new SwappedFile(text(`« ${f.value} » a changé depuis sa vérification (${bad.fr}) : il n’est pas lu`, `"${f.value}" changed since it was checked (${bad.en}): not read`));
  }
  return fd;
}

/** The bytes of a checked file, read through `openChecked` (throws `SwappedFile`). */
export function readChecked(f: Checked, linksAllowed = false): Uint8Array {
  const fd = openChecked(f, linksAllowed);
  try {
    const size = fstatSync(fd).size;
    const out = new Uint8Array(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, out, at, size - at, null);
      if (n === 0) break;
      at += n;
    }
    return at === size ? out : out.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/**
 * A file named outside a dossier (the centre's template): no folder to stay in, but still a
 * regular file under `maxBytes` — a FIFO, a device (`/dev/zero`) or a folder is refused at once,
 * never read until it blocks or fills the memory. Throws `SwappedFile` only when swapped meanwhile.
 */
export function readRegularFile(file: string, maxBytes: number): { bytes: Uint8Array } | { why: Text; missing: boolean } {
  let real: string;
  try {
    real = realpathSync.native(file);
  } catch {
    return { why: NOT_FOUND, missing: true };
  }
  const st = statSync(real, { throwIfNoEntry: false });
  if (!st) return { why: NOT_FOUND, missing: true };
  const bad = st.isFile() ? null : statProblem(st);
  if (bad) return { why: bad, missing: false };
  if (st.size > maxBytes) return { why: text(`fichier de ${st.size} octets, plus que les ${maxBytes} admis`, `file of ${st.size} bytes, over the ${maxBytes} accepted`), missing: false };
  // Regular files may have several links here: the rule about the student's folder does not apply.
  const bytes = readChecked({ value: file, real, dev: st.dev, ino: st.ino }, true);
  return { bytes };
}
