/**
 * The zip of an .xlsx or .ods, read and written with fflate (browser-safe: no node:zlib, so the
 * fill runs in the web extension too). Reading goes by the central directory, within bounds
 * counted as the bytes come: the entry count and the declared sizes are checked before anything
 * is inflated, and each entry is inflated in small pieces whose output is counted, so a zip bomb
 * that lies about its sizes stops at the bound, not at the end of memory. Entry names that could
 * leave a folder (absolute, `..`) are refused: surgery keeps every part, so it must not keep those.
 * Each entry's CRC-32 and size are checked against its directory record: a corrupt part is named
 * « endommagé », never read silently wrong (a stored entry, or a deflated one whose damage still
 * inflates, would otherwise pass).
 * Writing keeps the entries' order; `mimetype` (OpenDocument) is stored, not compressed.
 */
import { Inflate, zipSync, type Zippable } from 'fflate';
import { LIMITS, TableurError, fail } from './limits';

export type Entries = Map<string, Uint8Array>;

const mo = (n: number) => `${Math.round(n / 1024 / 1024)} Mo`;
const CHUNK = 16 * 1024;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

/** CRC-32 (IEEE 802.3, the zip's), one table built on first use. */
let CRC_TABLE: Uint32Array | undefined;
function crcTable(): Uint32Array {
  if (CRC_TABLE) return CRC_TABLE;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return (CRC_TABLE = t);
}
/** Continues a CRC-32 over `chunk` (start with 0). */
export function crc32(chunk: Uint8Array, crc = 0): number {
  const t = crcTable();
  let c = ~crc >>> 0;
  for (let i = 0; i < chunk.length; i++) c = t[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

interface Dir {
  name: string;
  crc: number;
  method: number;
  flags: number;
  compressed: number;
  size: number;
  local: number;
}

function damaged(name: string, why: string, whyEn: string): never {
  fail(`« ${name} » est endommagé : ce n’est pas un classeur lisible (${why}).`, `“${name}” is damaged: not a readable workbook (${whyEn}).`);
}

function centralDirectory(bytes: Uint8Array, name: string): Dir[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) damaged(name, 'archive zip invalide', 'invalid zip');
  const count = u16(bytes, eocd + 10);
  if (count > LIMITS.zipEntries) {
    fail(`« ${name} » contient ${count} fichiers (au plus ${LIMITS.zipEntries}) : ce n’est pas un tableau de synthèse.`, `“${name}” holds ${count} entries (at most ${LIMITS.zipEntries}): not a tableau de synthèse.`);
  }
  const out: Dir[] = [];
  let p = u32(bytes, eocd + 16);
  const dec = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) damaged(name, 'répertoire zip invalide', 'invalid zip directory');
    const n = u16(bytes, p + 28);
    const entry: Dir = {
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      crc: u32(bytes, p + 16),
      compressed: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      local: u32(bytes, p + 42),
      name: dec.decode(bytes.subarray(p + 46, p + 46 + n))
    };
    if (entry.compressed === 0xffffffff || entry.size === 0xffffffff || entry.local === 0xffffffff) damaged(name, 'archive zip64', 'zip64 archive');
    out.push(entry);
    p += 46 + n + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return out;
}

/** An entry name that would land outside the folder it is unpacked into. */
export function unsafeEntryName(n: string): boolean {
  return /^([/\\]|[A-Za-z]:)/.test(n) || n.split(/[/\\]/).includes('..') || n.includes('\0');
}

/** Sees an entry's bytes as they are inflated (and may refuse it before the rest is inflated). */
export type Watch = (entry: string) => ((chunk: Uint8Array) => void) | undefined;

export function unzipBounded(bytes: Uint8Array, name: string, watch?: Watch): Entries {
  const dirs = centralDirectory(bytes, name);
  for (const d of dirs) {
    if (unsafeEntryName(d.name)) {
      fail(`« ${name} » contient un élément au nom dangereux (« ${d.name.slice(0, 80)} ») : fichier refusé. Ouvrez-le dans votre tableur et enregistrez-le sous un nouveau nom.`, `“${name}” holds an entry with a dangerous name (“${d.name.slice(0, 80)}”): refused. Open it in your office suite and save it under a new name.`);
    }
    if (d.flags & 1) fail(`« ${name} » est protégé par un mot de passe : ouvrez-le dans votre tableur, retirez le mot de passe et enregistrez-le.`, `“${name}” is password-protected: open it in your office suite, remove the password and save it.`);
  }
  const declared = dirs.reduce((s, d) => s + d.size, 0);
  if (declared > LIMITS.uncompressedBytes) {
    fail(`« ${name} » se décompresserait en ${mo(declared)} (au plus ${mo(LIMITS.uncompressedBytes)}) : fichier refusé.`, `“${name}” would inflate to ${mo(declared)} (at most ${mo(LIMITS.uncompressedBytes)}): refused.`);
  }
  const bomb = (): never => fail(`« ${name} » se décompresse au-delà de ${mo(LIMITS.uncompressedBytes)} : fichier refusé (archive piégée ?).`, `“${name}” inflates beyond ${mo(LIMITS.uncompressedBytes)}: refused (zip bomb?).`);
  const out: Entries = new Map();
  let budget = LIMITS.uncompressedBytes;
  for (const d of dirs) {
    const l = d.local;
    if (l + 30 > bytes.length || u32(bytes, l) !== 0x04034b50) damaged(name, `élément ${d.name} introuvable`, `entry ${d.name} missing`);
    const start = l + 30 + u16(bytes, l + 26) + u16(bytes, l + 28);
    const raw = bytes.subarray(start, start + d.compressed);
    if (raw.length < d.compressed) damaged(name, `élément ${d.name} tronqué`, `entry ${d.name} truncated`);
    if (d.name.endsWith('/') && d.size === 0) {
      out.set(d.name, new Uint8Array(0)); // a folder entry: kept, so the package's list is unchanged
      continue;
    }
    const seen = watch?.(d.name);
    const corrupt = () => damaged(name, `l’élément ${d.name} est corrompu (somme de contrôle CRC-32 fausse)`, `entry ${d.name} is corrupt (wrong CRC-32)`);
    if (d.method === 0) {
      budget -= raw.length;
      if (budget < 0) bomb();
      seen?.(raw);
      if (raw.length !== d.size || crc32(raw) !== d.crc) corrupt();
      out.set(d.name, raw.slice());
      continue;
    }
    if (d.method !== 8) damaged(name, `élément ${d.name} compressé d’une façon inconnue`, `entry ${d.name} uses an unknown compression`);
    const parts: Uint8Array[] = [];
    let total = 0;
    let crc = 0;
    const inflate = new Inflate((chunk) => {
      total += chunk.length;
      crc = crc32(chunk, crc);
      budget -= chunk.length;
      if (budget < 0) bomb();
      seen?.(chunk);
      parts.push(chunk);
    });
    try {
      for (let i = 0; i < raw.length; i += CHUNK) inflate.push(raw.subarray(i, i + CHUNK), i + CHUNK >= raw.length);
      if (raw.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof TableurError) throw err;
      damaged(name, `l’élément ${d.name} ne se décompresse pas`, `entry ${d.name} does not inflate`);
    }
    if (total !== d.size || crc !== d.crc) corrupt();
    const data = new Uint8Array(total);
    let at = 0;
    for (const c of parts) {
      data.set(c, at);
      at += c.length;
    }
    out.set(d.name, data);
  }
  return out;
}

/** The entries as a zip, in their order; `mimetype` first and stored (OpenDocument's rule). */
export function zipEntries(entries: Entries): Uint8Array {
  const files: Zippable = {};
  const mime = entries.get('mimetype');
  if (mime) files.mimetype = [mime, { level: 0 }];
  for (const [n, data] of entries) if (n !== 'mimetype') files[n] = [data, { level: 6 }];
  return zipSync(files);
}

export const utf8 = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);
export const bytesOf = (s: string) => new TextEncoder().encode(s);
