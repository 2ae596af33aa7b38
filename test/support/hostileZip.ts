/**
 * Hostile zip archives, written byte by byte the way an attacker crafts them (no archiver
 * produces a lie on purpose): each entry may declare a size, a CRC, a type (Unix mode in the
 * external attributes) or a local-header name that is not what its bytes are. Used by
 * test/security/ to keep each attack of issue 27 (D3) as a generated fixture.
 */
import { createHash } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface HostileEntry {
  name: string;
  /** Name written in the local header (extractors such as unzip use it); default `name`. */
  localName?: string;
  /** Bytes stored in the archive (already deflated when `method` is 8). */
  data: Uint8Array;
  method?: 0 | 8;
  /** Declared uncompressed size and CRC-32; default: those of `data` (stored entries). */
  size?: number;
  crc?: number;
  /** Unix mode (e.g. 0o120777 for a symbolic link); written with "made by" Unix. */
  mode?: number;
}

export function writeZip(entries: HostileEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const localName = Buffer.from(e.localName ?? e.name, 'utf8');
    const method = e.method ?? 0;
    const size = e.size ?? e.data.length;
    const crc = e.crc ?? crc32(e.data);
    const utf8 = /[^\x00-\x7f]/.test(e.name) ? 0x800 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(utf8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0x5a210000, 10);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    locals.push(local, localName, Buffer.from(e.data));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.mode !== undefined ? (3 << 8) | 20 : 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(utf8, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(0x5a210000, 12);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(e.mode !== undefined ? (e.mode << 16) >>> 0 : 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + localName.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A manifeste.json that lists `files` with the SHA-256 and size of the bytes given (what the old verifier would read). */
export function manifestEntry(files: { nom: string; bytes: Uint8Array }[]): HostileEntry {
  const dossier = Buffer.from('referentiel: bts-sio\n');
  const manifest = {
    format: 'dossier-sio-depot',
    version: 1,
    date: '2026-05-01T08:00:00.000Z',
    session: '2026',
    candidat: { nom: 'MARTIN', prenom: 'Léa', numero: '0123456789' },
    dossier: { nom: 'lea.sio.yaml', sha256: sha(dossier), taille: dossier.length },
    fichiers: files.map((f) => ({ nom: f.nom, sha256: sha(f.bytes), taille: f.bytes.length }))
  };
  return { name: 'manifeste.json', data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n') };
}

/**
 * A raw deflate stream of `mib` MiB of zeros, as zlib would write it (about 1 KB per MiB: the
 * 1,032:1 limit of deflate), built directly instead of deflating a gibibyte: one dynamic-Huffman
 * block whose codes are literal 0 (`10`), end of block (`11`) and length 258 (`0`) at distance 1
 * (`0`), so each 258 zeros cost two zero bits. A single block, no stored block in between: an
 * inflater that ignores its output bound (fflate given a too-small buffer) works through it all.
 */
export function zerosDeflated(mib: number): Uint8Array {
  const pairs = Math.ceil((mib * 1024 * 1024 - 1) / 258);
  const out = new Uint8Array(Math.ceil(pairs / 4) + 64);
  let at = 0;
  let bit = 0;
  const bits = (value: number, n: number) => {
    for (let i = 0; i < n; i++, bit++) {
      if (bit === 8) {
        bit = 0;
        at++;
      }
      if ((value >> i) & 1) out[at] |= 1 << bit;
    }
  };
  /** A Huffman code, most significant bit first. */
  const code = (c: string) => {
    for (const ch of c) bits(ch === '1' ? 1 : 0, 1);
  };
  bits(1, 1); // BFINAL
  bits(2, 2); // dynamic Huffman
  bits(286 - 257, 5); // HLIT: literal/length codes up to 285
  bits(0, 5); // HDIST: one distance code
  bits(18 - 4, 4); // HCLEN: code-length codes in the usual order, up to symbol 1
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1];
  const clen: Record<number, number> = { 18: 1, 1: 2, 2: 2 }; // codes: 18 `0`, 1 `10`, 2 `11`
  for (const sym of order) bits(clen[sym] ?? 0, 3);
  const zeros = (n: number) => {
    code('0');
    bits(n - 11, 7);
  };
  code('11'); // literal 0: length 2
  zeros(138);
  zeros(117); // literals 1..255 unused
  code('11'); // 256 (end of block): length 2
  zeros(28); // lengths 257..284 unused
  code('10'); // 285 (length 258): length 1
  code('10'); // distance code 0 (distance 1): length 1
  code('10'); // one literal 0
  for (let i = 0; i < pairs; i++) code('00'); // 258 more zeros, again and again
  code('11'); // end of block
  return out.subarray(0, at + 1);
}
