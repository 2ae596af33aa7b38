/**
 * Every user-facing text of the core is written French first, English second, side by side,
 * so that no message can exist in one language only. The edge (LSP server, CLI) picks the
 * language: French by default, English when the editor's UI language is English.
 */
export type Locale = 'fr' | 'en';

export interface Text {
  fr: string;
  en: string;
}

export function text(fr: string, en: string): Text {
  return { fr, en };
}

export function pick(t: Text, locale: Locale): string {
  return locale === 'en' ? t.en : t.fr;
}

/** VS Code sends "fr", "fr-FR", "en-US"…: anything not English is treated as French. */
export function localeFrom(tag: string | undefined | null): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'fr';
}
