/**
 * Shared ground for the editor-feature tests: a typical SISR dossier, a fixed clock (the
 * server's "today"), and the language service the quick-fix tests re-validate with.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { featureOptions, FeatureOptions } from '../../server/src/core/features/options';
import type { Locale } from '../../server/src/core/l10n';
import { parseDossier, ParsedDossier } from '../../server/src/core/parse';
import { createLanguageService } from '../../server/src/core/service';
import type { SioSettings } from '../../server/src/protocol/messages';

/** 15 January 2026, noon local time: year 2 of session 2026. */
export const NOW = new Date(2026, 0, 15, 12, 0, 0);
export const TODAY = '15/01/2026';

export function options(locale: Locale = 'fr', settings: Partial<SioSettings> = {}): FeatureOptions {
  return featureOptions({ locale, now: NOW, settings });
}

export const service = createLanguageService({ now: () => NOW });
export const serviceEn = createLanguageService({ now: () => NOW, locale: 'en' });

export function parse(doc: TextDocument): ParsedDossier {
  return parseDossier(doc.getText());
}

export function diagnostics(doc: TextDocument, locale: Locale = 'fr'): Diagnostic[] {
  return (locale === 'en' ? serviceEn : service).diagnostics(doc, parse(doc));
}

/** The document after a workspace edit (single-document edits, as the quick fixes produce). */
export function applied(doc: TextDocument, edit: WorkspaceEdit | undefined): TextDocument {
  const edits: TextEdit[] = edit?.changes?.[doc.uri] ?? [];
  if (!edits.length) throw new Error('the code action has no edit for this document');
  return TextDocument.create(doc.uri, doc.languageId, doc.version + 1, TextDocument.applyEdits(doc, edits));
}

/** A typical BTS SIO SISR dossier; each test edits the lines it is about. */
export const SISR = `referentiel: bts-sio
session: 2026
candidat:
  nom: DURAND
  prenom: Hugo
  option: SISR
  portfolio: https://hugo-durand.example.fr
realisations:
  - id: glpi
    intitule: Gestion du parc avec GLPI
    cadre: formation
    periode: du 07/10/2024 au 18/10/2024
    competences: [B1.1, B1.2.1]
  - id: ad
    intitule: Annuaire Active Directory
    cadre: stage-1
    periode: du 02/06/2025 au 27/06/2025
    competences:
      - B1.1.5
      - B1.3
`;
