/**
 * A zip read the way an extractor would see it, for `depot --verifier` (verify.ts): the central
 * directory and each entry's local header, their names and sizes compared, each entry's type
 * (Unix mode or DOS attribute), then each entry inflated as a stream that stops as soon as it
 * passes the declared size, with its CRC-32 checked. fflate's `unzipSync` trusts the central
 * directory alone, cuts an entry at its declared size and never checks the CRC: an archive whose
 * bytes are not what it says would pass (issue 27, D3). Pure: bytes in, entries out.
 */
import { Inflate } from 'fflate';
import { text, type Text } from '../../core/l10n';

export class ZipRefused extends Error {
  constructor(readonly why: Text) {
    super(why.fr);
  }
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  compression: number;
  crc: number;
  compressedSize: number;
  /** Declared uncompressed size. */
  size: number;
  /** Offset of the entry's data in the archive. */
  dataStart: number;
  directory: boolean;
}

const refuse = (fr: string, en: string): never => {
  throw new ZipRefused(text(`Archive refusée : ${fr}.`, `Archive refused: ${en}.`));
};

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
/** Extra fields an extractor may read instead of the header (Info-ZIP Unicode Path, ZIP64). */
const UNICODE_PATH = 0x7075;
const ZIP64 = 0x0001;

function extraIds(view: DataView, start: number, length: number): number[] {
  const ids: number[] = [];
  for (let at = start; at + 4 <= start + length; ) {
    ids.push(view.getUint16(at, true));
    at += 4 + view.getUint16(at + 2, true);
  }
  return ids;
}

function decodeName(raw: Uint8Array, utf8: boolean): string {
  const ascii = raw.every((b) => b < 0x80);
  if (!utf8 && !ascii) refuse('nom d’entrée non UTF-8 (chaque extracteur le lirait autrement)', 'entry name not UTF-8 (each extractor would read it differently)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return refuse('nom d’entrée en UTF-8 invalide', 'entry name in invalid UTF-8');
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The entries of a zip, each checked against its local header, its type and its place; throws
 * `ZipRefused` on the first entry an extractor would see differently from what is declared.
 */
export function zipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipRefused(text('Archive illisible : ce n’est pas un zip valide (fin du répertoire central introuvable).', 'Unreadable archive: not a valid zip (end of central directory not found).'));
  const count = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdOffset = u32(eocd + 16);
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0 || u16(eocd + 8) !== count) refuse('archive en plusieurs volumes', 'multi-volume archive');
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) refuse('format ZIP64 non pris en charge', 'ZIP64 not supported');
  if (count > maxEntries) refuse(`plus de ${maxEntries} entrées`, `more than ${maxEntries} entries`);
  if (cdOffset + cdSize > eocd) refuse('répertoire central hors de l’archive', 'central directory outside the archive');

  const entries: (ZipEntry & { localStart: number; end: number })[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cdOffset + cdSize || u32(at) !== 0x02014b50) refuse('répertoire central tronqué ou illisible', 'central directory truncated or unreadable');
    const madeBy = u16(at + 4) >> 8;
    const flags = u16(at + 8);
    const compression = u16(at + 10);
    const crc = u32(at + 16);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLen = u16(at + 28);
    const extraLen = u16(at + 30);
    const commentLen = u16(at + 32);
    const external = u32(at + 38);
    const localStart = u32(at + 42);
    if (at + 46 + nameLen + extraLen + commentLen > cdOffset + cdSize) refuse('répertoire central tronqué', 'central directory truncated');
    const rawName = bytes.subarray(at + 46, at + 46 + nameLen);
    const name = decodeName(rawName, (flags & 0x800) !== 0);
    const shown = `« ${name} »`;
    const ids = extraIds(view, at + 46 + nameLen, extraLen);
    if (ids.includes(UNICODE_PATH)) refuse(`l’entrée ${shown} porte un second nom (champ Unicode Path)`, `entry ${shown} carries a second name (Unicode Path field)`);
    if (ids.includes(ZIP64)) refuse(`l’entrée ${shown} est au format ZIP64`, `entry ${shown} is ZIP64`);
    if (flags & 0x1) refuse(`l’entrée ${shown} est chiffrée`, `entry ${shown} is encrypted`);
    if (compression !== 0 && compression !== 8) refuse(`compression inconnue pour ${shown}`, `unknown compression for ${shown}`);
    if (compression === 0 && compressedSize !== size) refuse(`l’entrée stockée ${shown} annonce deux tailles différentes`, `stored entry ${shown} declares two different sizes`);

    // The type an extractor recreates: Unix mode (host 3) or the DOS directory attribute.
    const mode = madeBy === 3 ? external >>> 16 : 0;
    const type = mode & S_IFMT;
    const directory = name.endsWith('/') || type === S_IFDIR || (madeBy !== 3 && (external & 0x10) !== 0);
    if (type === 0o120000) refuse(`l’entrée ${shown} est un lien symbolique (unzip le recréerait)`, `entry ${shown} is a symbolic link (unzip would recreate it)`);
    if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) refuse(`l’entrée ${shown} est un fichier spécial (mode ${type.toString(8)})`, `entry ${shown} is a special file (mode ${type.toString(8)})`);
    if (directory && (size !== 0 || compressedSize > 2 || !name.endsWith('/'))) refuse(`l’entrée ${shown} est un dossier qui porte des données`, `entry ${shown} is a folder carrying data`);

    // The local header, which extractors such as unzip read for the name they write.
    if (localStart + 30 > cdOffset || u32(localStart) !== 0x04034b50) refuse(`en-tête local de ${shown} introuvable`, `local header of ${shown} not found`);
    const lFlags = u16(localStart + 6);
    const lNameLen = u16(localStart + 26);
    const lExtraLen = u16(localStart + 28);
    const lName = bytes.subarray(localStart + 30, Math.min(localStart + 30 + lNameLen, bytes.length));
    if (!sameBytes(lName, rawName) || (lFlags & 0x800) !== (flags & 0x800)) {
      refuse(`le nom de l’en-tête local (« ${new TextDecoder().decode(lName)} ») diffère de celui du répertoire central (${shown})`, `the local header's name ("${new TextDecoder().decode(lName)}") differs from the central directory's (${shown})`);
    }
    const lIds = extraIds(view, localStart + 30 + lNameLen, Math.min(lExtraLen, Math.max(0, bytes.length - localStart - 30 - lNameLen)));
    if (lIds.includes(UNICODE_PATH) || lIds.includes(ZIP64)) refuse(`l’en-tête local de ${shown} porte un champ Unicode Path ou ZIP64`, `the local header of ${shown} carries a Unicode Path or ZIP64 field`);
    const sameLocal =
      u16(localStart + 8) === compression &&
      (lFlags & 0x1) === 0 &&
      ((lFlags & 0x8) !== 0 || (u32(localStart + 14) === crc && u32(localStart + 18) === compressedSize && u32(localStart + 22) === size));
    if (!sameLocal) refuse(`l’en-tête local de ${shown} diffère du répertoire central (compression, taille ou CRC)`, `the local header of ${shown} differs from the central directory (compression, size or CRC)`);
    const dataStart = localStart + 30 + lNameLen + lExtraLen;
    const end = dataStart + compressedSize;
    if (end > cdOffset) refuse(`les données de ${shown} débordent sur le répertoire central`, `the data of ${shown} overruns the central directory`);
    entries.push({ name, compression, crc, compressedSize, size, dataStart, directory, localStart, end });
    at += 46 + nameLen + extraLen + commentLen;
  }
  // Entries that share bytes (the overlapping zip bomb) are refused.
  const byPlace = [...entries].sort((a, b) => a.localStart - b.localStart);
  for (let i = 1; i < byPlace.length; i++) {
    if (byPlace[i].localStart < byPlace[i - 1].end) refuse(`les entrées « ${byPlace[i - 1].name} » et « ${byPlace[i].name} » se chevauchent`, `entries "${byPlace[i - 1].name}" and "${byPlace[i].name}" overlap`);
  }
  return entries.map(({ localStart: _l, end: _e, ...e }) => e);
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32Update(crc: number, chunk: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < chunk.length; i++) c = CRC_TABLE[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Input fed to the inflater at a time: at most ~1,032 × this comes out before the size check. */
const INPUT_CHUNK = 16 * 1024;

/**
 * The entry's bytes, inflated as a stream: stopped and refused as soon as they pass the declared
 * size, refused when shorter. `sink` receives each piece; the result says whether the CRC-32
 * matches (a changed byte in a stored entry is a changed file, which the caller names).
 */
export function readEntry(bytes: Uint8Array, e: ZipEntry, sink: (chunk: Uint8Array) => void): { crcOk: boolean } {
  const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
  let crc = 0;
  let total = 0;
  let ended = e.compression === 0;
  const take = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > e.size) refuse(`l’entrée « ${e.name} » se décompresse au-delà de la taille déclarée (${e.size} octets)`, `entry "${e.name}" inflates past its declared size (${e.size} bytes)`);
    crc = crc32Update(crc, chunk);
    sink(chunk);
  };
  if (e.compression === 0) take(data);
  else {
    const inflater = new Inflate((chunk, final) => {
      take(chunk);
      if (final) ended = true;
    });
    try {
      for (let at = 0; at < data.length; at += INPUT_CHUNK) inflater.push(data.subarray(at, at + INPUT_CHUNK), at + INPUT_CHUNK >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof ZipRefused) throw err;
      refuse(`l’entrée « ${e.name} » ne se décompresse pas (${(err as Error).message})`, `entry "${e.name}" does not inflate (${(err as Error).message})`);
    }
  }
  if (!ended || total !== e.size) refuse(`l’entrée « ${e.name} » fait ${total} octets décompressée, ${e.size} déclarés`, `entry "${e.name}" is ${total} bytes inflated, ${e.size} declared`);
  return { crcOk: crc === e.crc };
}
