/**
 * `sio-dossier site` and the editor command « Générer le site du portfolio »: the dossier is
 * parsed, its local files planned (site/publishedFiles.ts), the pages built (site/build.ts, pure) and
 * the folder written safely (node/siteOutput.ts). Same dossier and same files: same bytes.
 *
 * Node-only: the entry of `sio-dossier site` and the editor command, which read and write on disk.
 */
import * as path from 'node:path';
import { text, type Text } from '../../core/l10n';
import { sitePathFor } from '../../core/naming';
import { parseDossier } from '../../core/parse';
import { buildSite } from './build';
import { planFiles } from './publishedFiles';
import { checkSiteDir, writeSiteDir, type OutputHooks } from '../../node/siteOutput';
import { SwappedFile } from '../../node/insideFolder';

export class SiteError extends Error {
  constructor(readonly text: Text) {
    super(text.fr);
  }
}

export interface SiteOptions {
  sourcePath: string;
  sourceText: string;
  /** Default: `<nom>-site/` next to the dossier. */
  outDir?: string;
  now?: Date;
  hooks?: OutputHooks;
}

export interface SiteResult {
  outDir: string;
  pages: string[];
  /** Files copied from the dossier's folder (and exports), site-relative. */
  copied: string[];
  /** Total bytes of the site folder. */
  bytes: number;
  externalLinks: Map<string, string[]>;
  /** Files not published, each with the reason: the student should hear about each. */
  warnings: Text[];
  ms: number;
}

/** `x.sio.yaml` → `x-site/`, next to the dossier. */
export function defaultSiteDir(source: string): string {
  return sitePathFor(source);
}

export async function generateSite(opts: SiteOptions): Promise<SiteResult> {
  const started = Date.now();
  const outDir = opts.outDir ?? defaultSiteDir(opts.sourcePath);
  const refusal = checkSiteDir(outDir, opts.sourcePath);
  if (refusal) throw new SiteError(refusal);
  const parsed = parseDossier(opts.sourceText);
  if (parsed.refused || !parsed.doc || parsed.model.realisations.length === 0 && !parsed.model.candidat.nom) {
    throw new SiteError(text(
      'Le dossier ne se lit pas assez pour produire le site : corrigez d’abord les erreurs signalées (sio-dossier check).',
      'The dossier does not read well enough to build the site: fix the reported errors first (sio-dossier check).'
    ));
  }
  const plan = planFiles(opts.sourcePath, parsed.model);
  const site = buildSite({
    parsed,
    now: opts.now ?? new Date(),
    fileHref: (v) => (v ? plan.hrefs.get(v.trim()) ?? null : null),
    exports: plan.exports
  });
  try {
    await writeSiteDir(outDir, site.files, plan.copies, opts.hooks);
  } catch (err) {
    // A file swapped after its check (a link put in its place): no site rather than its bytes.
    if (err instanceof SwappedFile) throw new SiteError(text(`Site non écrit : ${err.why.fr}.`, `Site not written: ${err.why.en}.`));
    throw err;
  }
  const warnings: Text[] = [
    ...plan.refused.map((r) => text(
      `Fichier non publié « ${r.value} » : ${r.why.fr}. Placez-le dans le dossier du fichier .sio.yaml et donnez un chemin relatif.`,
      `File not published "${r.value}": ${r.why.en}. Put it in the .sio.yaml file's folder and give a relative path.`
    )),
    ...plan.missing.map((m) => text(`Fichier introuvable, non publié : « ${m} ».`, `File not found, not published: "${m}".`))
  ];
  const bytes = [...site.files.values()].reduce((n, s) => n + Buffer.byteLength(s), 0) + plan.copies.reduce((n, c) => n + c.bytes, 0);
  return {
    outDir,
    pages: site.pages,
    copied: plan.copies.map((c) => c.to),
    bytes,
    externalLinks: site.externalLinks,
    warnings,
    ms: Date.now() - started
  };
}
