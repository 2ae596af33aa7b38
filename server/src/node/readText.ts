/**
 * The one way Dossier SIO reads a dossier or a review file from disk — CLI, language server and
 * workspace scan alike — so that the three cannot disagree on what a file says:
 * - UTF-8 without BOM, as an editor shows it (a BOM would otherwise be a character before
 *   `referentiel:`); invalid UTF-8 becomes U+FFFD, which the parser reports as an encoding
 *   problem instead of analysing garbage;
 * - never more than READ_LIMIT_BYTES: a 2 GB file must not be loaded to be refused. The limit
 *   is three times the parser's MAX_CUT_DOSSIER_BYTES (in UTF-16 units, each at most 3 UTF-8 bytes),
 *   so that whatever is cut is still over the parser's limit and refused with its message,
 *   never analysed truncated.
 */
import { closeSync, openSync, promises as fsp, readSync, statSync } from 'node:fs';
import { MAX_CUT_DOSSIER_BYTES } from '../core/parse';

export const READ_LIMIT_BYTES = 3 * MAX_CUT_DOSSIER_BYTES + 3;

/** Bytes as the text an editor would show: UTF-8, no BOM, invalid sequences as U+FFFD. */
export function decodeText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface FileText {
  text: string;
  /** The file's size on disk: what a refusal of a file cut at the limit reports. */
  bytes: number;
}

/** The file's text (see above). Throws like `fs` when the file cannot be read. */
export function readTextFileSync(path: string): FileText {
  const fd = openSync(path, 'r');
  try {
    const bytes = statSync(path).size;
    const size = Math.min(bytes, READ_LIMIT_BYTES);
    const buf = Buffer.alloc(size);
    let n = 0;
    while (n < size) {
      const got = readSync(fd, buf, n, size - n, n);
      if (got === 0) break;
      n += got;
    }
    return { text: decodeText(buf.subarray(0, n)), bytes };
  } finally {
    closeSync(fd);
  }
}

/** The same, without blocking the server's event loop. */
export async function readTextFile(path: string): Promise<FileText> {
  const h = await fsp.open(path, 'r');
  try {
    const bytes = (await h.stat()).size;
    const size = Math.min(bytes, READ_LIMIT_BYTES);
    const buf = Buffer.alloc(size);
    let n = 0;
    while (n < size) {
      const { bytesRead } = await h.read(buf, n, size - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    return { text: decodeText(buf.subarray(0, n)), bytes };
  } finally {
    await h.close();
  }
}
