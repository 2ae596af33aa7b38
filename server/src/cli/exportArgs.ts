/** What the export commands (`pdf`, `apercu`, `classe`) receive, and the two steps they share. */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { pick, type Locale } from '../core/l10n';
import type { LanguageService } from '../core/service';
import { buildSynthese } from '../core/table/build';

export interface ExportArgs {
  args?: string[];
  output?: string;
  format?: string;
  evaluation?: boolean;
  locale: Locale;
  service: LanguageService;
  env?: NodeJS.ProcessEnv;
  err?: (s: string) => void;
}

/** `-o out/x.pdf` creates `out/` like other command-line tools; the file itself is still written atomically. */
export function ensureParent(file: string | undefined): void {
  if (file) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

/** The table model of a dossier's text, or the parser's refusal in the user's language. */
export function modelOf(a: ExportArgs, text: string, bytes = 0) {
  const parsed = a.service.parse(text, bytes);
  if (parsed.refused || !parsed.doc) {
    const why = parsed.findings.map((f) => pick(f.message, a.locale)).join(' ');
    throw new Error(why || 'Dossier illisible. / Unreadable dossier.');
  }
  return { parsed, model: buildSynthese(parsed, a.service.now()) };
}
