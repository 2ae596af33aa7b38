/** The client's door to the bilingual texts of the server's code (server/src/core/l10n.ts). */
export { pick, localeFrom, type Locale, type Text } from '../server/src/core/l10n';
