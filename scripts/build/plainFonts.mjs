// The fonts the PDF export measures and embeds for French text, written once at build time
// (dist/fonts/plain/) instead of copied in memory by every export: DejaVu Sans without its
// OpenType layout tables and glyph names (server/src/products/pdf/fontTables.ts says why). The
// transformation is the one the export runs from the sources, compiled here from the same file.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

export async function writePlainFonts(fontDir, files) {
  const out = await esbuild.build({ entryPoints: ['server/src/products/pdf/fontTables.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
  const { withoutLayoutTables, PLAIN_FONT_DIR } = mod.exports;
  mkdirSync(path.join(fontDir, PLAIN_FONT_DIR), { recursive: true });
  for (const f of files) writeFileSync(path.join(fontDir, PLAIN_FONT_DIR, f), withoutLayoutTables(readFileSync(path.join(fontDir, f))));
}
