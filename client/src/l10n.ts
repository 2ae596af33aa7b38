/**
 * Runtime strings of the client: French source, English translation from l10n/bundle.l10n.en.json.
 *
 * Why not `vscode.l10n.t` directly: VS Code treats English as its default language and, when the
 * UI is English, returns the source string without ever reading `bundle.l10n.en.json`
 * (ExtHostLocalizationService.getMessage short-circuits on `isDefaultLanguage`). With French
 * source strings that would leave English users with French messages. And when the UI is French
 * there is no `bundle.l10n.fr.json` to find, so every call would log a "no string found" warning.
 * So this module does the lookup itself: English UI → the English bundle; any other UI → French,
 * the same rule as the server (server/src/core/l10n.ts `localeFrom`).
 *
 * Use it as a drop-in for `vscode.l10n.t`: `import { l10n } from './l10n'` then `l10n.t` with a French literal and its arguments.
 * Put the English of every new string in a `client/src/**\/*.l10n.en.json` fragment; scripts/merge-l10n.mjs
 * merges them into the bundle, and test/unit/manifest.test.ts fails when one is missing.
 * This module imports neither `vscode` nor Node (usable from unit tests and in VS Code for the Web):
 * the bundle's text is read by the caller (l10nDisk.ts on the desktop, `workspace.fs` on the web).
 */

type Arg = string | number | boolean;

let english: Record<string, string> | undefined;

/** VS Code sends "en", "en-US", "en-GB"…: all of them get English. */
export function isEnglish(language: string | undefined): boolean {
  return !!language && /^en\b/i.test(language);
}

/** Called once at activation with `vscode.env.language` and the extension's root folder. */
/**
 * The language Dossier SIO speaks: the `sio.langue` setting, French by default whatever VS Code's
 * display language (issue 24: many classes run an English VS Code, while the forms, texts and jury
 * are French); "en" is a choice, "auto" follows VS Code's display language.
 */
export function effectiveLanguage(setting: string | undefined, displayLanguage: string): string {
  if (setting === 'auto') return displayLanguage;
  return setting === 'en' ? 'en' : 'fr';
}

let locale: 'fr' | 'en' = 'fr';

/**
 * The language of the messages the client builds from the core's bilingual texts (PDF export
 * warnings and errors): the one initL10n was given, i.e. `sio.langue` first, like every other
 * message. (The PDF export used to follow VS Code's display language, issue 17.)
 */
export function activeLocale(): 'fr' | 'en' {
  return locale;
}

export function initL10n(language: string, readEnglishBundle: () => string): void {
  english = undefined;
  locale = isEnglish(language) ? 'en' : 'fr';
  if (!isEnglish(language)) return;
  try {
    english = JSON.parse(readEnglishBundle());
  } catch {
    // A missing bundle must not break the extension: French is still readable.
    english = {};
  }
}

/** For tests: use this table as the English bundle (undefined = French UI). */
export function setEnglishBundle(bundle: Record<string, string> | undefined): void {
  english = bundle;
}

/** `{0}`, `{1}`… positional or `{name}` named placeholders, as `vscode.l10n.t` does. */
export function format(message: string, args: Arg[] | Record<string, Arg>): string {
  return message.replace(/\{([^{}]+)\}/g, (whole, key: string) => {
    const value = Array.isArray(args) ? args[Number(key)] : args[key];
    return value === undefined ? whole : String(value);
  });
}

function t(message: string, ...args: Arg[]): string;
function t(message: string, args: Record<string, Arg>): string;
function t(message: string, ...rest: unknown[]): string {
  const args = (rest.length === 1 && typeof rest[0] === 'object' && rest[0] !== null ? rest[0] : rest) as
    | Arg[]
    | Record<string, Arg>;
  return format(english?.[message] ?? message, args);
}

export const l10n = { t };
