/**
 * One self-contained HTML file of the preview, for `sio-dossier preview <file> -o out.html`
 * and for the browser tests: the stylesheet and the bundled page script are inlined (the
 * page's CSP allows nothing else), so the file opens anywhere, offline.
 * Unlike the rest of render/, this reads files: the CSS and the bundled script.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SyntheseModel } from '../protocol/synthese';
import { renderSynthesePage } from '../products/render/syntheseHtml';

/**
 * Where the assets are: beside the bundle (dist/cli.js → dist/webview/) or, when run from
 * the sources (tests, tsx), in the repository's dist/ and webview/src/.
 */
function assetCandidates(name: 'preview.js' | 'preview.css', distDir?: string): string[] {
  const here = __dirname;
  const repo = path.resolve(here, '..', '..', '..');
  return [
    ...(distDir ? [path.join(distDir, 'webview', name)] : []),
    path.join(here, 'webview', name),
    // From the sources, the stylesheet itself rather than a possibly older build of it.
    ...(name === 'preview.css' ? [path.join(repo, 'webview', 'src', name)] : []),
    path.join(repo, 'dist', 'webview', name)
  ];
}

function readFirst(candidates: string[]): string | undefined {
  for (const file of candidates) {
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

export interface StandaloneOptions {
  /** The extension's or CLI's dist folder, when not beside this module. */
  distDir?: string;
  /** Document URI shown in the page's data (messages are not used standalone). */
  source?: string;
  nonce?: string;
}

/** The preview page with its CSS and (when built) its script inlined. */
export function standalonePreviewHtml(model: SyntheseModel | null, opts: StandaloneOptions = {}): string {
  const css = readFirst(assetCandidates('preview.css', opts.distDir))?.replace(/\/\*# sourceMappingURL=\S+ \*\/\s*$/, '');
  // Without the bundle the page is still complete: the script only adds interaction.
  const js = readFirst(assetCandidates('preview.js', opts.distDir));
  return renderSynthesePage(model, {
    standalone: true,
    nonce: opts.nonce,
    source: opts.source,
    inlineStyle: css,
    inlineScript: js?.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n')
  });
}
