/**
 * The dossier as the rules see it: every value with the offsets of its key and value in the
 * source, so that each diagnostic lands on the exact key or value. Built best-effort from a
 * YAML tree that may be invalid or incomplete (the student is typing).
 */
import type { RealisationTextKey } from './realisationFields';

/** A scalar value as written, with its source span. */
export interface Str {
  value: string;
  start: number;
  end: number;
  /** Span of the key (`periode:`), when the value belongs to a mapping. */
  keyStart?: number;
  keyEnd?: number;
  /** True when the scalar was not a string in YAML (e.g. `numero: 0234` read as a number). */
  notString?: boolean;
  /** True for plain (unquoted) scalars. */
  plain?: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export interface FicheModelSrc extends Span {
  keyStart: number;
  keyEnd: number;
  numero?: Str;
  conditions?: Str;
  productions?: Str;
}

/** The one-scalar fields of a réalisation (realisationFields.ts), each located. */
export type RealisationTexts = { [K in RealisationTextKey]?: Str };

export interface RealisationSrc extends Span, RealisationTexts {
  index: number;
  /** `null` when the key is absent; [] when present but empty. */
  competences: Str[] | null;
  /** Span of the `competences` key, or of the réalisation's first line when absent. */
  competencesKey?: Span;
  /** Text, link, and (its `titre`) file documents, in order: what the tableau lists. */
  documents: Str[];
  /** The same list with its file documents (`{ titre, fichier }`) kept apart: the site links them. */
  documentItems: DocumentItemSrc[];
  fiche?: FicheModelSrc;
  /** Every key present, for "add a missing field" fixes. */
  keys: Map<string, Span>;
}

export interface StageSrc extends Span {
  organisation?: Str;
  periode?: Str;
  annee?: Str;
  lieu?: Str;
  tuteur?: Str;
  /** File of the attestation de stage, relative to the dossier (a piece of the deposit, published by the site). */
  attestation?: Str;
}

/** `documents:` item: a text or link, or a local file `{ titre, fichier }`. */
export type DocumentItemSrc =
  | { kind: 'texte'; value: Str }
  | ({ kind: 'fichier'; titre?: Str; fichier?: Str } & Span);

/** `profil.photo`: a file, with the alternative text a screen reader says instead. */
export interface ImageSrc extends Span {
  fichier?: Str;
  alt?: Str;
  /** Span of the `photo` key. */
  key: Span;
}

export interface LinkSrc extends Span {
  titre?: Str;
  url?: Str;
}

/** `profil`: what the portfolio site's home page presents (optional, site only). */
export interface ProfilSrc {
  presentation?: Str;
  photo?: ImageSrc;
  /** A local file or an http(s) address. */
  cv?: Str;
  liens: LinkSrc[];
  key: Span;
}

export interface ArticleSrc extends Span {
  titre?: Str;
  date?: Str;
  lien?: Str;
  resume?: Str;
}

/** `veille`: the veille technologique page of the site (optional). */
export interface VeilleSrc {
  sujet?: Str;
  methode?: Str;
  sources: Str[];
  articles: ArticleSrc[];
  key: Span;
}

export interface CandidatSrc {
  nom?: Str;
  prenom?: Str;
  numero?: Str;
  centre?: Str;
  option?: Str;
  /** `ponctuelle` or `ccf`: the box ticked at the top of each fiche descriptive. */
  epreuve?: Str;
  portfolio?: Str;
  /** Span of the `candidat` key. */
  key?: Span;
}

export interface DossierModel {
  referentiel?: Str;
  session?: Str;
  candidat: CandidatSrc;
  stages: StageSrc[];
  realisations: RealisationSrc[];
  profil?: ProfilSrc;
  veille?: VeilleSrc;
  /** Span of the `realisations` key (where coverage diagnostics go), or of the first line. */
  realisationsKey: Span;
}

/** The dossier's values after defaults: what the rules reason about. */
export function kindOf(model: DossierModel): 'bts-sio' | 'mc-sno' {
  return model.referentiel?.value === 'mc-sno' ? 'mc-sno' : 'bts-sio';
}

export function optionOf(model: DossierModel): 'SISR' | 'SLAM' | null {
  const v = model.candidat.option?.value;
  return v === 'SISR' || v === 'SLAM' ? v : null;
}

export function sessionOf(model: DossierModel): number | null {
  const v = model.session?.value;
  if (!v || !/^\d{4}$/.test(v)) return null;
  return Number(v);
}
