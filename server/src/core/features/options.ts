/**
 * What every editor feature receives besides the document: the UI language, the injected
 * clock and the settings. The référentiel context (catalog of the dossier's option) is derived
 * from the parse, as the diagnostics do, so completion and hover never disagree with them.
 */
import type { SioSettings } from '../../protocol/settings';
import { defaultSettings } from '../../protocol/settings';
import type { Locale, Text } from '../l10n';
import { pick } from '../l10n';
import type { ParsedDossier } from '../parse';
import type { RuleContext } from '../rules/context';
import { ruleContext } from '../validate';

export interface FeatureOptions {
  locale: Locale;
  now: Date;
  settings: SioSettings;
}

export function featureOptions(partial: { locale?: Locale; now?: Date; settings?: Partial<SioSettings> } = {}): FeatureOptions {
  return { locale: partial.locale ?? 'fr', now: partial.now ?? new Date(), settings: { ...defaultSettings, ...partial.settings } };
}

/** The référentiel, option and catalog of this dossier (null for refused input). */
export function dossierContext(parsed: ParsedDossier, opts: FeatureOptions): RuleContext | null {
  if (parsed.refused || !parsed.doc) return null;
  return ruleContext(parsed, { now: opts.now, settings: opts.settings });
}

/** French first: `t(opts, fr, en)` picks the string of the UI language. */
export function tr(opts: Pick<FeatureOptions, 'locale'>, fr: string, en: string): string {
  return opts.locale === 'en' ? en : fr;
}

export function say(opts: FeatureOptions, t: Text): string {
  return pick(t, opts.locale);
}
