/**
 * Parsing of a review file: the same guarded YAML parse as a dossier (size, binary, alias bombs,
 * syntax errors with ranges: parse.ts), then a located ReviewModel built best-effort from the
 * tree, since the teacher may be halfway through a line.
 */
import { isMap, isScalar, isSeq, Node, YAMLMap } from 'yaml';
import type { Document } from 'yaml';
import type { Finding } from '../finding';
import type { Str } from '../model';
import { parseDossier } from '../parse';
import { entries, scalarStr as scalar } from '../yamlNodes';
import { parseValidations } from './validations';
import type { EpreuveEvalSrc, NiveauSrc, PenaliteSrc, RemarqueSrc, ReviewModel } from './model';
import { valueText } from '../text/valueText';

export interface ParsedReview {
  text: string;
  doc: Document.Parsed | null;
  data: unknown;
  model: ReviewModel;
  /** YAML syntax problems and refusals. */
  findings: Finding[];
  refused: boolean;
}

export function emptyReview(): ReviewModel {
  return { remarques: [], evaluation: [], validations: [] };
}

export function parseReview(source: string): ParsedReview {
  // The dossier's parse carries every guard of hostile input; its dossier model is not used.
  const p = parseDossier(source);
  const model = !p.refused && p.doc && isMap(p.doc.contents) ? buildReview(p.doc.contents) : emptyReview();
  return { text: source, doc: p.doc, data: p.data, model, findings: p.findings, refused: p.refused };
}

/** A key as a located string (value = the key's text, span = the key). */
function keyStr(key: Node): Str | undefined {
  if (!isScalar(key) || !key.range) return undefined;
  return { value: valueText(key.value), start: key.range[0], end: key.range[1], keyStart: key.range[0], keyEnd: key.range[1] };
}

function buildReview(root: YAMLMap): ReviewModel {
  const m = emptyReview();
  for (const { key, keyNode, value } of entries(root)) {
    if (key === 'revue' || key === 'relecteur' || key === 'date') m[key] = scalar(value, keyNode);
    else if (key === 'remarques' && isSeq(value)) {
      value.items.forEach((item) => {
        if (isMap(item)) m.remarques.push(buildRemarque(item, m.remarques.length));
      });
    } else if (key === 'validations') {
      m.validations = parseValidations(value);
    } else if (key === 'evaluation' && isMap(value)) {
      for (const e of entries(value)) {
        const code = keyStr(e.keyNode);
        if (code) m.evaluation.push(buildEpreuve(code, e.value));
      }
    }
  }
  return m;
}

function buildRemarque(map: YAMLMap, index: number): RemarqueSrc {
  const r: RemarqueSrc = { index, start: map.range?.[0] ?? 0, end: map.range?.[1] ?? 0 };
  for (const e of entries(map)) {
    if (e.key === 'cible' || e.key === 'niveau' || e.key === 'message' || e.key === 'statut') r[e.key] = scalar(e.value, e.keyNode);
  }
  return r;
}

function buildEpreuve(code: Str, value: unknown): EpreuveEvalSrc {
  const ep: EpreuveEvalSrc = { code, competences: [], penalites: [] };
  if (!isMap(value)) return ep;
  for (const e of entries(value)) {
    if (e.key === 'competences' && isMap(e.value)) {
      for (const c of entries(e.value)) {
        const id = keyStr(c.keyNode);
        if (id) ep.competences.push({ id, niveau: scalar(c.value, c.keyNode) } as NiveauSrc);
      }
    } else if (e.key === 'penalites' && isSeq(e.value)) {
      for (const item of e.value.items) {
        const p = penalite(item);
        if (p) ep.penalites.push(p);
      }
    } else if (e.key === 'appreciation') {
      ep.appreciation = scalar(e.value, e.keyNode);
    }
  }
  return ep;
}

function penalite(item: unknown): PenaliteSrc | undefined {
  if (isScalar(item)) {
    const id = scalar(item);
    return id && id.value ? { id } : undefined;
  }
  if (isMap(item)) {
    let id: Str | undefined;
    let points: number | undefined;
    for (const e of entries(item)) {
      if (e.key === 'id') id = scalar(e.value, e.keyNode);
      if (e.key === 'points' && isScalar(e.value) && typeof e.value.value === 'number') points = e.value.value;
    }
    return id && id.value ? { id, points } : undefined;
  }
  return undefined;
}
