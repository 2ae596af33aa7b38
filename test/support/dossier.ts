/**
 * Test dossiers built in memory. `⟦…⟧` marks the range a diagnostic must cover; `marked()`
 * removes the markers and returns the offsets.
 */
import { createLanguageService } from '../../server/src/core/service';
import type { Finding } from '../../server/src/core/finding';

export const NOW = new Date('2026-11-26T10:00:00Z');

export function marked(src: string): { text: string; ranges: [number, number][] } {
  const ranges: [number, number][] = [];
  let text = '';
  const stack: number[] = [];
  for (const ch of src) {
    if (ch === '⟦') stack.push(text.length);
    else if (ch === '⟧') ranges.push([stack.pop()!, text.length]);
    else text += ch;
  }
  return { text, ranges: ranges.sort((a, b) => a[0] - b[0]) };
}

export function findings(text: string, settings = {}): Finding[] {
  const s = createLanguageService({ now: () => NOW, settings });
  return s.findings(s.parse(text));
}

export function codes(text: string, settings = {}): string[] {
  return findings(text, settings).map((f) => f.code);
}

/** A complete valid SISR dossier (session 2026) to mutate in tests; zero diagnostics as is. */
export const SISR = `referentiel: bts-sio
session: 2026
candidat:
  nom: MARTIN
  prenom: Léa
  numero: "02345678901"
  centre: Lycée Exemple
  option: SISR
  portfolio: https://lea.github.io/portfolio
realisations:
  - id: glpi
    intitule: Déploiement de GLPI
    cadre: formation
    periode: du 09/12/2024 au 20/12/2024
    competences: [B1.1, B1.2, B1.3]
  - id: projet
    intitule: Projet de site web
    cadre: formation
    periode: du 13/01/2025 au 31/01/2025
    competences: [B1.4, B1.5, B1.6]
  - id: vlan
    intitule: Segmentation en VLAN
    cadre: stage-2
    periode: du 05/01/2026 au 23/01/2026
    description: Plan de VLAN et routage inter-VLAN du réseau de la mairie.
    competences: [B2.1, B2.2]
    fiche:
      numero: 1
  - id: zabbix
    intitule: Supervision avec Zabbix
    cadre: stage-2
    periode: du 26/01/2026 au 13/02/2026
    description: Supervision des serveurs avec Zabbix et procédure d’exploitation.
    competences: [B2.3]
    fiche:
      numero: 2
`;
