/**
 * Deterministic generator of valid-looking dossiers (session 2026), for the benchmarks
 * (scripts/bench/) and the robustness tests (test/unit/fuzz/). Same seed → same text, so a
 * benchmark figure or a failing fuzz case can be reproduced exactly.
 *
 * What varies with the seed: option (SISR/SLAM), competences cited (blocs, sub-competences,
 * 1–4 per réalisation), cadre (formation / stage-1 / stage-2), periods inside the matching
 * school year, optional fields (lieu, documents, description), which two stage-2 réalisations
 * carry the fiches descriptives n° 1 and 2 (the E5 rule: exactly two fiches).
 */

export interface GenerateOptions {
  realisations: number;
  seed?: number;
  /** Defaults to a seeded choice. */
  option?: 'SISR' | 'SLAM';
  nom?: string;
  prenom?: string;
}

/** mulberry32: tiny, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const B1 = ['B1.1', 'B1.2', 'B1.3', 'B1.4', 'B1.5', 'B1.6'];
const B1_SUB: Record<string, number> = { 'B1.1': 6, 'B1.2': 3, 'B1.3': 3, 'B1.4': 3, 'B1.5': 3, 'B1.6': 4 };
const B2_SUB: Record<'SISR' | 'SLAM', Record<string, number>> = {
  SISR: { 'B2.1': 6, 'B2.2': 6, 'B2.3': 5 },
  SLAM: { 'B2.1': 11, 'B2.2': 5, 'B2.3': 4 }
};
const SUBJECTS = [
  'Déploiement de GLPI pour la gestion du parc',
  'Segmentation du réseau en VLAN',
  'Supervision des serveurs avec Zabbix',
  'Mise en place d’un annuaire Active Directory',
  'Application de gestion des réservations',
  'Sauvegarde « 3-2-1 » des postes et serveurs',
  'Portail captif Wi-Fi pour les invités',
  'API REST de suivi des interventions',
  'Migration de la messagerie vers un service hébergé',
  'Veille technologique sur la cybersécurité',
  'Refonte du site vitrine de l’organisation',
  'Automatisation des comptes avec PowerShell'
];
const ORGS = ['Lycée Exemple', 'Mairie de Rennes', 'Clinique Saint-Yves', 'Coopérative Agricole de l’Ouest', 'Cabinet Durand & Fils'];
const NOMS = ['MARTIN', 'BERNARD', 'PETIT', 'DURAND', 'LEROY', 'MOREAU', 'SIMON', 'LAURENT', 'MICHEL', 'GARCIA'];
const PRENOMS = ['Léa', 'Hugo', 'Inès', 'Noah', 'Emma', 'Lucas', 'Chloé', 'Tom', 'Jade', 'Maël', 'Zoé', 'Adam'];

/** Stage periods of session 2026 (year 1: spring 2025, year 2: winter 2026). */
const STAGE1 = { from: Date.UTC(2025, 4, 26), to: Date.UTC(2025, 5, 27), text: 'du 26/05/2025 au 27/06/2025' };
const STAGE2 = { from: Date.UTC(2026, 0, 5), to: Date.UTC(2026, 1, 13), text: 'du 05/01/2026 au 13/02/2026' };
/** Formation periods stay out of the stages (a "formation" row during a stage is flagged). */
const FORMATION = { from: Date.UTC(2024, 8, 9), to: Date.UTC(2025, 4, 9) };
const DAY = 86_400_000;

function fr(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

export function generateDossier(opts: GenerateOptions): string {
  const r = rng(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const option = opts.option ?? (r() < 0.5 ? 'SISR' : 'SLAM');
  const n = opts.realisations;
  const out: string[] = [
    `# Dossier généré (graine ${opts.seed ?? 1}, ${n} réalisations) — benchmarks et tests de robustesse.`,
    'referentiel: bts-sio',
    'session: 2026',
    'candidat:',
    `  nom: ${opts.nom ?? pick(NOMS)}`,
    `  prenom: ${opts.prenom ?? pick(PRENOMS)}`,
    `  numero: "0${String(Math.floor(r() * 1e10)).padStart(10, '0')}"`,
    '  centre: Lycée Exemple, Rennes',
    `  option: ${option}`,
    '  portfolio: https://candidat.github.io/portfolio',
    'stages:',
    `  - organisation: ${ORGS[1]}`,
    `    periode: ${STAGE1.text}`,
    '    annee: 1',
    `  - organisation: ${ORGS[2]}`,
    `    periode: ${STAGE2.text}`,
    '    annee: 2',
    'realisations:'
  ];
  // Cadres: mostly formation, a share in each stage; at least two stage-2 rows for the fiches.
  const cadres = Array.from({ length: n }, (_, i) => (i < 2 ? 'stage-2' : r() < 0.6 ? 'formation' : r() < 0.5 ? 'stage-1' : 'stage-2'));
  const stage2 = cadres.map((c, i) => (c === 'stage-2' ? i : -1)).filter((i) => i >= 0);
  const f1 = stage2[Math.floor(r() * stage2.length)];
  const rest = stage2.filter((i) => i !== f1);
  const f2 = rest.length ? rest[Math.floor(r() * rest.length)] : -1;
  const subs2 = B2_SUB[option];
  for (let i = 0; i < n; i++) {
    const cadre = cadres[i];
    const span = cadre === 'stage-1' ? STAGE1 : cadre === 'stage-2' ? STAGE2 : FORMATION;
    const days = Math.max(0, Math.round((span.to - span.from) / DAY));
    const a = span.from + Math.floor(r() * days) * DAY;
    const b = Math.min(span.to, a + Math.floor(r() * 20) * DAY);
    const periode = a === b && r() < 0.5 ? `le ${fr(a)}` : `du ${fr(a)} au ${fr(b)}`;
    // Bases cited once each, either whole or as one sub-competence (citing both is flagged).
    const bases = new Set<string>();
    // Every competence of the option is cited somewhere (coverage stays quiet); the two fiches
    // together cite the three bloc 2 competences (E5 rule).
    if (i === f1) ['B2.1', 'B2.2'].forEach((b) => bases.add(b));
    else if (i === f2) bases.add('B2.3');
    bases.add(i < 6 ? B1[i] : i < 9 ? Object.keys(subs2)[i - 6] : pick(r() < 0.5 ? B1 : Object.keys(subs2)));
    const extra = Math.floor(r() * 3);
    for (let k = 0; k < extra; k++) bases.add(r() < 0.6 ? pick(B1) : pick(Object.keys(subs2)));
    const comps = [...bases].map((base) => {
      const subCount = base.startsWith('B1') ? B1_SUB[base] : subs2[base];
      return r() < 0.3 ? `${base}.${1 + Math.floor(r() * subCount)}` : base;
    });
    const org = cadre === 'stage-1' ? ORGS[1] : cadre === 'stage-2' ? ORGS[2] : ORGS[0];
    out.push(`  - id: r${i + 1}-${pick(['glpi', 'vlan', 'ad', 'api', 'web', 'veille', 'backup'])}`);
    out.push(`    intitule: ${pick(SUBJECTS)}${r() < 0.3 ? ` (partie ${1 + Math.floor(r() * 3)})` : ''}`);
    out.push(`    cadre: ${cadre}`);
    out.push(`    periode: ${periode}`);
    out.push(`    organisation: ${org}`);
    if (r() < 0.7) out.push(`    lieu: ${pick(['Rennes', 'Brest', 'Vannes', 'Saint-Malo'])}`);
    out.push(`    modalite: ${r() < 0.5 ? 'seul' : 'equipe'}`);
    out.push(`    competences: [${comps.join(', ')}]`);
    const docs = Math.floor(r() * 3);
    if (docs) {
      out.push('    documents:');
      for (let d = 0; d < docs; d++) out.push(r() < 0.3 ? `      - https://git.example/candidat/r${i + 1}-${d}` : `      - Document ${d + 1} — procédure et captures`);
    }
    if (r() < 0.4 || i === f1 || i === f2) {
      out.push('    description: |');
      out.push('      Étude de l’existant, maquette, puis mise en production documentée');
      out.push('      avec l’équipe informatique de l’organisation.');
    }
    if (i === f1 || i === f2) {
      out.push('    fiche:');
      out.push(`      numero: ${i === f1 ? 1 : 2}`);
      out.push('      conditions: |');
      out.push('        Machine virtuelle fournie, accès administrateur aux serveurs concernés.');
      out.push('      productions: |');
      out.push('        Procédure et captures dans le portfolio (rubrique « Stage 2 »).');
    }
  }
  return out.join('\n') + '\n';
}

/** A class of dossiers (one per student), deterministic. */
export function generateClass(count: number, realisations = 12, seed = 2026): { name: string; text: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const nom = NOMS[i % NOMS.length] + (i >= NOMS.length ? `-${Math.floor(i / NOMS.length)}` : '');
    const prenom = PRENOMS[i % PRENOMS.length];
    return { name: `${nom.toLowerCase()}-${i + 1}.sio.yaml`, text: generateDossier({ realisations, seed: seed + i, nom, prenom }) };
  });
}
