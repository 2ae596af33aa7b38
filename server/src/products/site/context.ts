/**
 * Everything the pages of the portfolio site are built from: the parsed dossier, the same
 * SyntheseModel the preview and the PDF draw (so the site cannot disagree with the tableau),
 * the référentiel's catalog, and where each réalisation and each published file lives.
 * Pure: which files were copied is decided by the caller (site/publishedFiles.ts) and passed in.
 */
import { catalogFor, type Catalog } from '../../core/catalog';
import { kindOf, optionOf, type DossierModel, type RealisationSrc } from '../../core/model';
import type { ParsedDossier } from '../../core/parse';
import { findReferentiel } from '../../core/referentiel';
import { buildSynthese } from '../../core/table/build';
import type { SyntheseModel } from '../../protocol/synthese';

export interface SiteRealisation {
  src: RealisationSrc;
  /** The id as the tableau shows it (`#3` when the réalisation has none). */
  id: string;
  /** `realisation-glpi.html` */
  file: string;
}

export interface SiteContext {
  model: DossierModel;
  synthese: SyntheseModel;
  catalog: Catalog;
  realisations: SiteRealisation[];
  /** « Léa MARTIN » */
  owner: string;
  /** The site's address of a local file of the dossier, null when it was not published. */
  fileHref(value: string | undefined): string | null;
  /** Exports found beside the dossier and copied into the site. */
  exports: { pdf?: string; tableur?: string };
}

export interface SiteInput {
  parsed: ParsedDossier;
  now: Date;
  fileHref?: (value: string | undefined) => string | null;
  exports?: { pdf?: string; tableur?: string };
}

/** A file name any server and file system accept: lower-case ASCII letters, digits, dashes. */
export function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s || 'sans-nom';
}

export function siteContext(input: SiteInput): SiteContext {
  const model = input.parsed.model;
  const ref = findReferentiel(kindOf(model))!;
  const catalog = catalogFor(ref, ref.kind === 'bts-sio' ? optionOf(model) : null);
  const used = new Set<string>();
  const realisations = model.realisations.map((src) => {
    const id = src.id?.value || `#${src.index + 1}`;
    let base = `realisation-${slug(src.id?.value || String(src.index + 1))}`;
    for (let n = 2; used.has(base); n++) base = `realisation-${slug(src.id?.value || String(src.index + 1))}-${n}`;
    used.add(base);
    return { src, id, file: `${base}.html` };
  });
  const c = model.candidat;
  const owner = [c.prenom?.value ?? '', (c.nom?.value ?? '').toUpperCase()].filter((s) => s.trim() !== '').join(' ') || 'Candidat';
  return {
    model,
    synthese: buildSynthese(input.parsed, input.now),
    catalog,
    realisations,
    owner,
    fileHref: input.fileHref ?? (() => null),
    exports: input.exports ?? {}
  };
}

/** The page of the réalisation the tableau lists under `id` (first one when ids repeat). */
export function realisationFile(ctx: SiteContext, id: string): string | null {
  return ctx.realisations.find((r) => r.id === id)?.file ?? null;
}

/** `competences.html#c-b1-2`: the anchor of a competence on the Compétences page. */
export function competenceAnchor(id: string): string {
  return `c-${slug(id)}`;
}
