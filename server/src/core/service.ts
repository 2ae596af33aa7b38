/**
 * The language service: one factory, one object of providers, no editor imports.
 * Model: vscode-markdown-languageservice `createLanguageService`. The caller owns the parse
 * cache (one parse per document version) and passes the parsed dossier to each provider.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { SioSettings } from '../protocol/settings';
import { defaultSettings } from '../protocol/settings';
import { toDiagnostic } from './features/diagnostics';
import type { Finding } from './finding';
import type { Locale } from './l10n';
import { parsePiecesInSlices } from './incremental';
import { guarded, internalError } from './internalError';
import { emptyModel, hasDocument, MAX_DOSSIER_BYTES, parseDossier, ParsedDossier, parseLeanDossier, type ParseOptions } from './parse';
import { dossierValidator } from './validators';
import type { FileProbe } from './localFiles';
import { buildSynthese } from './table/build';
import type { SyntheseModel } from '../protocol/synthese';
import { validateDossier } from './validate';

export interface LanguageServiceOptions {
  /** Injected clock: date rules ("date-future") depend on today. */
  now?: () => Date;
  locale?: Locale;
  settings?: Partial<SioSettings>;
  /**
   * Reuse the pieces of earlier parses (core/incremental): right for an editor, where each
   * version differs from the last by a keystroke. A one-shot reader (the CLI) sets it to false:
   * a first parse in pieces costs more than one whole parse for a typical dossier.
   */
  incremental?: boolean;
  /** The folder of the dossier at `uri` (a file: URI or a path), for `document-missing`; the core reads no disk. */
  files?: (uri: string) => FileProbe | undefined;
}

export interface LanguageService {
  readonly locale: Locale;
  readonly settings: SioSettings;
  now(): Date;
  /** `bytesOnDisk`: the file's size when it was read from disk (see parseDossier). */
  parse(text: string, bytesOnDisk?: number): ParsedDossier;
  /** The same parse, its pieces read a few ms at a time with `pause()` awaited in between. */
  parseInSlices(text: string, pause: () => Promise<void>): Promise<ParsedDossier>;
  /**
   * The same for a closed file, read for its diagnostics only: no list item's `yaml` tree is kept
   * (core/parse.ts parseLeanDossier) unless the JSON Schema finds errors, which are located in
   * the tree: that file is then read as parseInSlices reads it.
   */
  parseClosedInSlices(text: string, pause: () => Promise<void>): Promise<ParsedDossier>;
  /** `uri` (file: URI or path) lets the local files be checked. */
  findings(parsed: ParsedDossier, uri?: string): Finding[];
  diagnostics(doc: TextDocument, parsed: ParsedDossier): Diagnostic[];
  synthese(parsed: ParsedDossier): SyntheseModel | null;
  configure(settings: Partial<SioSettings>, locale?: Locale): void;
}

/**
 * parseDossier never throws by design; should a bug make it, the editor still gets one located
 * `internal-error` instead of no diagnostics at all (and the CLI a line instead of a crash).
 */
function safeParse(text: string, opts: ParseOptions = {}): ParsedDossier {
  try {
    return parseDossier(text, opts);
  } catch {
    return { text, doc: null, data: undefined, model: emptyModel(), findings: [internalError('YAML', 0, Math.min(text.length, 1))], refused: true };
  }
}

export function createLanguageService(opts: LanguageServiceOptions = {}): LanguageService {
  const now = opts.now ?? (() => new Date());
  let locale: Locale = opts.locale ?? 'fr';
  let settings: SioSettings = { ...defaultSettings, ...opts.settings };
  const service: LanguageService = {
    get locale() {
      return locale;
    },
    get settings() {
      return settings;
    },
    now,
    parse: (text, bytesOnDisk) => safeParse(text, { incremental: opts.incremental ?? true, bytesOnDisk }),
    async parseInSlices(text, pause) {
      await parsePiecesInSlices(text, pause, 8, MAX_DOSSIER_BYTES);
      // The assembly of the pieces is one block (tens of ms for the largest file): let an edit
      // or an opened dossier that arrived during the last slice go first.
      await pause();
      return safeParse(text);
    },
    async parseClosedInSlices(text, pause) {
      let lean: ParsedDossier | null = null;
      try {
        lean = await parseLeanDossier(text, pause);
      } catch {
        // safeParse below reports it
      }
      if (lean && dossierValidator()(lean.data)) return lean;
      return service.parseInSlices(text, pause);
    },
    findings: (parsed, uri) => guarded('dossier', () => validateDossier(parsed, { now: now(), settings, files: uri ? opts.files?.(uri) : undefined })),
    diagnostics: (doc, parsed) => service.findings(parsed, doc.uri).map((f) => toDiagnostic(doc, f, locale)),
    synthese: (parsed) => (parsed.refused || !hasDocument(parsed) ? null : buildSynthese(parsed, now())),
    configure(next, nextLocale) {
      settings = { ...settings, ...next };
      if (nextLocale) locale = nextLocale;
    }
  };
  return service;
}
