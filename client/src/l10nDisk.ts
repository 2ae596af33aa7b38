/** The English bundle of the client's strings (l10n.ts), read from the extension's folder on the desktop. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ENGLISH_BUNDLE = ['l10n', 'bundle.l10n.en.json'] as const;

export function englishFromDisk(extensionPath: string): () => string {
  return () => readFileSync(join(extensionPath, ...ENGLISH_BUNDLE), 'utf8');
}
