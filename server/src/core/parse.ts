/**
 * One parse per document version: YAML with source ranges (every `yaml` node keeps its offsets),
 * the plain JS value for the JSON Schema, and the located DossierModel for the rules.
 * Never throws: hostile input (alias bombs, huge files, binary) becomes a finding.
 */
import { Document, isMap, isPair, isScalar, isSeq, Node, parseAllDocuments, YAMLMap } from 'yaml';
import type { Finding } from './finding';
import { text } from './l10n';
import type { CandidatSrc, DossierModel, FicheModelSrc, RealisationSrc, Span, StageSrc, Str } from './model';
import { REALISATION_TEXT_KEYS, type RealisationTextKey } from './realisationFields';
import { withoutStackTraces } from './text/noStackTraces';
import { parseInPieces, parseLeanInSlices } from './incremental';
import type { PlacedPiece } from './incremental/pieceCache';
import { shiftSpans } from './incremental/shiftSpans';
import { MAX_DOSSIER_BYTES, refuse, tooLargeToCut } from './refusal';
import { buildProfil, buildVeille, documentItems, documentLabels } from './parseProfil';
import { yamlErrorFinding } from './yamlErrors';
import { entries, scalarStr, span } from './yamlNodes';

export { MAX_CUT_DOSSIER_BYTES, MAX_DOSSIER_BYTES } from './refusal';
/** YAML syntax errors reported one by one; the rest are summed up in one finding. */
export const MAX_SYNTAX_FINDINGS = 100;
/** yaml's own guard against "billion laughs" alias bombs. */
const MAX_ALIAS_COUNT = 200;

export interface ParsedDossier {
  text: string;
  /** The first YAML document, null when the input was refused before parsing. */
  doc: Document.Parsed | null;
  /** The JS value of the first document (undefined when it could not be built). */
  data: unknown;
  model: DossierModel;
  /** YAML syntax problems and refusals (too large, alias bomb, binary…). */
  findings: Finding[];
  /** True when the content is not analysed further (refused input). */
  refused: boolean;
  /** Set when `doc` is a Document assembled on first read (core/incremental): never null then. */
  lazyDoc?: true;
}

/** The parse has a YAML document, without assembling a lazy one. */
export function hasDocument(p: ParsedDossier): boolean {
  return p.lazyDoc === true || p.doc !== null;
}

function refused(source: string, finding: Finding): ParsedDossier {
  return { text: source, doc: null, data: undefined, model: emptyModel(), findings: [finding], refused: true };
}

export function emptyModel(): DossierModel {
  return { candidat: {}, stages: [], realisations: [], realisationsKey: { start: 0, end: 0 } };
}

export interface ParseOptions {
  /** Reuse the pieces of earlier parses (core/incremental); false forces a full parse. Default true. */
  incremental?: boolean;
  /** The size of the file `source` was read from, when the reader cut it (node/readText.ts). */
  bytesOnDisk?: number;
  /**
   * The longest text one `yaml` parse may read (MAX_DOSSIER_BYTES): a longer file is read in
   * pieces or refused. Lowered by the equivalence test to reach the pieces-only path with small
   * texts, raised there to get the full parse those texts are compared with.
   */
  maxSingleParse?: number;
}

export function parseDossier(source: string, opts: ParseOptions = {}): ParsedDossier {
  const refusal = refuse(source, opts.bytesOnDisk ?? 0);
  if (refusal) return refused(source, refusal);
  // Same Document and value as the full parse below, from the pieces an edit did not touch;
  // an obstacle (then a full parse) whenever cutting the text could change its meaning.
  // Past the single-parse limit the pieces are the only way in (also for the CLI): an obstacle
  // refuses the file, at the line that prevents cutting.
  const limit = opts.maxSingleParse ?? MAX_DOSSIER_BYTES;
  const inPieces = source.length > limit;
  const got = opts.incremental === false && !inPieces ? null : parseInPieces(source, inPieces ? limit : Infinity);
  if (got && 'obstacle' in got && inPieces) return refused(source, tooLargeToCut(source, got, opts.bytesOnDisk ?? 0));
  const inc = got && !('obstacle' in got) ? got : null;
  if (inc) {
    const model = buildModel(inc.shallow, inc.lists);
    return {
      text: source,
      get doc() {
        return inc.doc;
      },
      data: inc.data,
      model,
      findings: [],
      refused: false,
      lazyDoc: true
    };
  }

  // Node ranges are all the rules need: no CST tokens nor line counter kept (they cost time on
  // every keystroke); positions are computed at the edge from offsets.
  const docs = withoutStackTraces(() => parseAllDocuments(source, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' }));
  const all = Array.isArray(docs) ? docs : [];
  const findings: Finding[] = [];
  // A garbage line can hold a YAML error every two characters (450 000 in 900 kB: 7 s of server
  // CPU, 1.5 GB and a 100 MB diagnostics message per keystroke). Past the first ones, one summary.
  const errors = all.flatMap((d) => d.errors);
  const docOf = new Map(all.flatMap((d) => d.errors.map((e) => [e, d] as const)));
  for (const e of errors.slice(0, MAX_SYNTAX_FINDINGS)) findings.push(yamlErrorFinding(e, source, docOf.get(e)));
  if (errors.length > MAX_SYNTAX_FINDINGS) {
    const at = Math.max(0, Math.min(errors[MAX_SYNTAX_FINDINGS].pos[0], source.length));
    const more = errors.length - MAX_SYNTAX_FINDINGS;
    findings.push({
      code: 'yaml-syntax',
      severity: 'error',
      message: text(
        `… et ${more} autres erreurs de syntaxe YAML, non affichées : corrigez d’abord les premières.`,
        `… and ${more} more YAML syntax errors, not shown: fix the first ones.`
      ),
      start: at,
      end: Math.min(at + 1, source.length)
    });
  }
  for (const d of all.slice(1)) {
    findings.push({
      code: 'yaml-syntax',
      severity: 'warning',
      message: text(
        'Un dossier ne contient qu’un seul document YAML : ce qui suit « --- » est ignoré.',
        'A dossier holds a single YAML document: what follows "---" is ignored.'
      ),
      start: d.range[0],
      end: Math.min(d.range[0] + 3, source.length)
    });
  }
  const doc = all[0] ?? null;
  let data: unknown = undefined;
  if (doc) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      findings.push({
        code: 'yaml-syntax',
        severity: 'error',
        message: text(
          'Trop d’alias YAML (*ancre) : le fichier ressemble à une « bombe d’alias » et n’est pas analysé. Écrivez les valeurs en clair.',
          'Too many YAML aliases (*anchor): the file looks like an alias bomb and is not analysed. Write the values out.'
        ),
        start: 0,
        end: Math.min(source.indexOf('\n') >= 0 ? source.indexOf('\n') : source.length, source.length)
      });
      return { text: source, doc, data: undefined, model: emptyModel(), findings, refused: true };
    }
  }
  const model = doc && isMap(doc.contents) ? buildModel(doc.contents) : emptyModel();
  return { text: source, doc, data, model, findings, refused: false };
}

/**
 * A closed workspace file's parse for its diagnostics (language server): the same `data`, model
 * and findings as parseDossier, its pieces read a few ms at a time with `pause()` awaited in
 * between, and no list item's `yaml` tree kept (core/incremental parseLeanInSlices), so that
 * checking a class folder does not hold a large file's trees in memory. Its Document is built
 * only if something reads it (by parseDossier, at once). Null for a file refused or that does
 * not cut into pieces: parseDossier reads it.
 */
export async function parseLeanDossier(source: string, pause: () => Promise<void>, opts: ParseOptions = {}): Promise<ParsedDossier | null> {
  if (refuse(source, opts.bytesOnDisk ?? 0)) return null;
  const limit = opts.maxSingleParse ?? MAX_DOSSIER_BYTES;
  let realisations = 0;
  const build = (list: string, item: Node | null): unknown => {
    if (!isMap(item)) return undefined;
    return list === 'realisations' ? buildRealisation(item, realisations++) : buildStage(item);
  };
  const lean = await parseLeanInSlices(source, pause, build, 8, source.length > limit ? limit : Infinity);
  if (!lean) return null;
  const model = buildModel(lean.shallow, undefined, lean.models as Map<string, (RealisationSrc | StageSrc)[]>);
  let doc: Document.Parsed | null = null;
  return {
    text: source,
    get doc() {
      doc ??= parseDossier(source, opts).doc;
      return doc;
    },
    data: lean.data,
    model,
    findings: [],
    refused: false,
    lazyDoc: true
  };
}

function strList(value: unknown): Str[] {
  if (!isSeq(value)) return [];
  const out: Str[] = [];
  for (const item of value.items) {
    const s = scalarStr(item);
    if (s && s.value !== '') out.push(s);
  }
  return out;
}

/**
 * `lists`: the placed items of the lists the incremental parse cut (their models are kept per
 * piece); `built`: the models of those items, already built (parseLeanDossier).
 */
function buildModel(root: YAMLMap, lists?: Map<string, PlacedPiece[]>, built?: Map<string, (RealisationSrc | StageSrc)[]>): DossierModel {
  const model: DossierModel = { candidat: {}, stages: [], realisations: [], realisationsKey: { start: 0, end: 0 } };
  const first = root.items[0];
  if (isPair(first) && isScalar(first.key) && first.key.range) model.realisationsKey = { start: first.key.range[0], end: first.key.range[1] };
  for (const { key, keyNode, value } of entries(root)) {
    switch (key) {
      case 'referentiel':
        model.referentiel = scalarStr(value, keyNode);
        break;
      case 'session':
        model.session = scalarStr(value, keyNode);
        break;
      case 'candidat':
        model.candidat = buildCandidat(value, keyNode);
        break;
      case 'stages': {
        const placed = lists?.get(key);
        const ready = built?.get(key) as StageSrc[] | undefined;
        if (ready) model.stages.push(...ready);
        else if (placed) {
          for (const p of placed) {
            const st = placedModel(p, key, buildStage, 0);
            if (st) model.stages.push(st);
          }
        } else if (isSeq(value)) for (const item of value.items) if (isMap(item)) model.stages.push(memo(item, stageMemo, buildStage));
        break;
      }
      case 'realisations': {
        model.realisationsKey = span(keyNode)!;
        const placed = lists?.get(key);
        const ready = built?.get(key) as RealisationSrc[] | undefined;
        const add = (r: RealisationSrc) => {
          const index = model.realisations.length;
          model.realisations.push(r.index === index ? r : { ...r, index });
        };
        if (ready) model.realisations.push(...ready);
        else if (placed) {
          for (const p of placed) {
            const index = model.realisations.length;
            let r = placedModel(p, key, buildRealisation, index);
            if (!r) continue;
            // Kept with its placement at its index: a réalisation inserted above renumbers once.
            if (r.index !== index) p.models.set(key, (r = { ...r, index }));
            model.realisations.push(r);
          }
        } else if (isSeq(value)) {
          for (const item of value.items) if (isMap(item)) add(memo(item, realisationMemo, (m) => buildRealisation(m, model.realisations.length)));
        }
        break;
      }
      case 'profil':
        model.profil = buildProfil(value, keyNode);
        break;
      case 'veille':
        model.veille = buildVeille(value, keyNode);
        break;
    }
  }
  return model;
}

/**
 * A model is built once per node (features ask for the model of a tree they already hold).
 * Nodes and models are never changed after they are built, so sharing them is safe.
 */
const realisationMemo = new WeakMap<YAMLMap, RealisationSrc>();
const stageMemo = new WeakMap<YAMLMap, StageSrc>();

function memo<T>(node: YAMLMap, cache: WeakMap<YAMLMap, T>, build: (node: YAMLMap) => T): T {
  let v = cache.get(node);
  if (v === undefined) {
    v = build(node);
    cache.set(node, v);
  }
  return v;
}

/**
 * An item of a list cut by the incremental parse: its model is built once per piece text, from
 * the piece's own tree (offsets from 0), and moved to each place the piece takes in the file;
 * the réalisations an edit did not touch keep theirs, those after a length-changing edit get a
 * copy of their latest model with shifted offsets, never a rebuild nor a copy of their yaml
 * nodes. Only the latest model is kept with the piece: the one built at offset 0 is short-lived
 * garbage (collected young) rather than a second copy of every réalisation in the old heap.
 */
function placedModel<T>(p: PlacedPiece, list: string, build: (node: YAMLMap, index: number) => T, index: number): T | undefined {
  // No callback per item: the same two builders on every keystroke keep this function optimized
  // (a closure per item deoptimized it, with the shifts inlined in it, on the first keystroke).
  let v = p.models.get(list) as T | undefined;
  if (v !== undefined) return v;
  const item = p.parsed.item;
  if (!isMap(item)) return undefined;
  const latest = p.parsed.models.get(list) as { model: T; offset: number } | undefined;
  if (latest) v = latest.offset === p.offset ? latest.model : shiftSpans(latest.model, p.offset - latest.offset);
  else {
    const rel = build(item, index);
    v = p.offset === 0 ? rel : shiftSpans(rel, p.offset);
  }
  p.parsed.models.set(list, { model: v, offset: p.offset });
  p.models.set(list, v);
  return v;
}

function buildCandidat(value: unknown, keyNode: Node): CandidatSrc {
  const c: CandidatSrc = { key: span(keyNode) };
  if (!isMap(value)) return c;
  for (const e of entries(value)) {
    if (e.key === 'nom' || e.key === 'prenom' || e.key === 'numero' || e.key === 'centre' || e.key === 'option' || e.key === 'epreuve' || e.key === 'portfolio') {
      c[e.key] = scalarStr(e.value, e.keyNode);
    }
  }
  return c;
}

function buildStage(map: YAMLMap): StageSrc {
  const s: StageSrc = { ...(span(map) ?? { start: 0, end: 0 }) };
  for (const e of entries(map)) {
    if (e.key === 'organisation' || e.key === 'periode' || e.key === 'annee' || e.key === 'lieu' || e.key === 'tuteur' || e.key === 'attestation') {
      s[e.key] = scalarStr(e.value, e.keyNode);
    }
  }
  return s;
}

function buildRealisation(map: YAMLMap, index: number): RealisationSrc {
  const r: RealisationSrc = { ...(span(map) ?? { start: 0, end: 0 }), index, competences: null, documents: [], documentItems: [], keys: new Map() };
  for (const e of entries(map)) {
    const ks = span(e.keyNode)!;
    r.keys.set(e.key, ks);
    if ((REALISATION_TEXT_KEYS as readonly string[]).includes(e.key)) {
      r[e.key as RealisationTextKey] = scalarStr(e.value, e.keyNode);
    } else if (e.key === 'competences') {
      r.competencesKey = ks;
      r.competences = isSeq(e.value) ? strList(e.value) : isScalar(e.value) && e.value.value ? [scalarStr(e.value, e.keyNode)!] : [];
    } else if (e.key === 'documents') {
      r.documentItems = documentItems(e.value);
      r.documents = documentLabels(r.documentItems);
    } else if (e.key === 'fiche' && isMap(e.value)) {
      r.fiche = buildFiche(e.value, ks);
    }
  }
  return r;
}

function buildFiche(map: YAMLMap, key: Span): FicheModelSrc {
  const f: FicheModelSrc = { ...(span(map) ?? key), keyStart: key.start, keyEnd: key.end };
  for (const e of entries(map)) {
    if (e.key === 'numero' || e.key === 'conditions' || e.key === 'productions') f[e.key] = scalarStr(e.value, e.keyNode);
  }
  return f;
}
