/**
 * The PDF export in VS Code for the Web: the document of the desktop (docDefinition.ts) laid out
 * by pdfmake's browser build, with DejaVu Sans given as bytes by the caller (the web client reads
 * them from the extension's dist/fonts with workspace.fs, never from a network). The same model
 * and creation date give the same pages as the desktop export. Browser-safe: no disk, no Node.
 */
import type { Text } from '../../core/l10n';
import type { SyntheseModel } from '../../protocol/synthese';
import { cmapCoverage } from './cmap';
import { buildDocDefinition, cleanStrings, pdfWarnings, type DocOptions } from './docDefinition';
import { GlyphGuard } from './glyphGuard';
import { needsShaping } from './shaping';

/** The font files, relative to dist/fonts: the copies without layout tables serve French text. */
export const BROWSER_FONT_FILES = { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italics: 'DejaVuSans-Oblique.ttf' } as const;
const PLAIN_DIR = 'plain/';

/** Reads a file of dist/fonts, e.g. `plain/DejaVuSans.ttf`. */
export type FontReader = (file: string) => Promise<Uint8Array>;

interface BrowserPdfMake {
  virtualfs: { existsSync(name: string): boolean };
  addVirtualFileSystem(vfs: Record<string, string>): void;
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (u: string) => boolean): void;
  createPdf(dd: unknown): { getBuffer(): Promise<Uint8Array> };
}

let engine: BrowserPdfMake | undefined;
function pdfmake(): BrowserPdfMake {
  // pdfmake's browser build (its own Buffer, stream and zlib, no Node module), loaded on the
  // first export only: esbuild runs a required module's body when it is first required.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (engine ??= require('pdfmake/build/pdfmake.js') as BrowserPdfMake);
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The virtual file name of a font file, put into pdfmake's virtual file system once. */
async function vfsName(read: FontReader, file: string): Promise<string> {
  const name = `dossier-sio/${file}`;
  if (!pdfmake().virtualfs.existsSync(name)) pdfmake().addVirtualFileSystem({ [name]: base64(await read(file)) });
  return name;
}

export async function renderPdfInBrowser(
  model: SyntheseModel,
  opts: DocOptions & { readFont: FontReader }
): Promise<{ bytes: Uint8Array; warnings: Text[] }> {
  const guard = new GlyphGuard(cmapCoverage(await opts.readFont(PLAIN_DIR + BROWSER_FONT_FILES.normal)));
  const clean = cleanStrings(model, guard);
  const dd = buildDocDefinition(clean, opts);
  const dir = needsShaping(JSON.stringify(clean)) ? '' : PLAIN_DIR;
  const [normal, bold, italics] = await Promise.all(
    [BROWSER_FONT_FILES.normal, BROWSER_FONT_FILES.bold, BROWSER_FONT_FILES.italics].map((f) => vfsName(opts.readFont, dir + f))
  );
  const engine = pdfmake();
  // The browser build reads only its virtual file system (the three fonts put there) and fetches
  // no URL: the document has no image or link to load.
  engine.setFonts({ DejaVu: { normal, bold, italics, bolditalics: bold } });
  engine.setUrlAccessPolicy(() => false);
  const buffer = await engine.createPdf(dd).getBuffer();
  // The build's Buffer is a Uint8Array: a plain copy leaves its polyfill behind.
  return { bytes: new Uint8Array(buffer), warnings: pdfWarnings(guard, model, opts.includeEvaluation) };
}
