/**
 * All diagnostics of a dossier: YAML syntax, JSON Schema, then the rules of the référentiel.
 * Each rule is guarded: a bug in one rule must not hide the others' findings (nor crash the
 * server on a half-typed line).
 */
import { catalogFor } from './catalog';
import type { Finding } from './finding';
import { guarded } from './internalError';
import type { FileProbe } from './localFiles';
import { kindOf, optionOf, sessionOf } from './model';
import { hasDocument, type ParsedDossier } from './parse';
import { findReferentiel } from './referentiel';
import type { Referentiel } from './referentiel/types';
import { cadreRules } from './rules/cadres';
import { competenceRules } from './rules/competences';
import type { Rule, RuleContext } from './rules/context';
import { coverageRules } from './rules/coverage';
import { dateRules } from './rules/dates';
import { ficheRules } from './rules/fiches';
import { placeholderRules } from './rules/placeholders';
import { portfolioRules } from './rules/portfolio';
import { realisationRules } from './rules/realisations';
import { validateSchema } from './schema';
import type { SioSettings } from '../protocol/settings';
import { defaultSettings } from '../protocol/settings';

/** The référentiel's rules, by name (the name is what an `internal-error` finding says stopped). */
export const RULES: readonly (readonly [string, Rule])[] = [
  ['competences', competenceRules],
  ['coverage', coverageRules],
  ['fiches', ficheRules],
  ['realisations', realisationRules],
  ['dates', dateRules],
  ['placeholders', placeholderRules],
  ['portfolio', portfolioRules],
  ['cadres', cadreRules]
];

export interface ValidateOptions {
  now: Date;
  settings?: Partial<SioSettings>;
  /** Local files of the dossier's folder (document-missing); unchecked when absent. */
  files?: FileProbe;
}

export function ruleContext(parsed: ParsedDossier, opts: ValidateOptions): RuleContext {
  const model = parsed.model;
  const ref: Referentiel = findReferentiel(kindOf(model))!;
  const option = ref.kind === 'bts-sio' ? optionOf(model) : null;
  return {
    source: parsed.text,
    model,
    ref,
    catalog: catalogFor(ref, option),
    session: sessionOf(model),
    now: opts.now,
    settings: { ...defaultSettings, ...opts.settings },
    files: opts.files
  };
}

export function validateDossier(parsed: ParsedDossier, opts: ValidateOptions, rules = RULES): Finding[] {
  const out: Finding[] = [...parsed.findings];
  if (parsed.refused) return out;
  // An empty file (or comments only) has no YAML document: it is still not a dossier.
  out.push(...guarded('JSON Schema', () => validateSchema(hasDocument(parsed) ? () => parsed.doc! : null, parsed.data, parsed.text)));
  if (!hasDocument(parsed)) return out;
  const ctx = ruleContext(parsed, opts);
  for (const [name, rule] of rules) out.push(...guarded(name, () => rule(ctx)));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
