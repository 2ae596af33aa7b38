/**
 * A hostile student's folder, generated for test/security/ (issue 27, D1 and D2): the example
 * dossier of Léa Martin as a student would keep it, whose stages name attestations that reach
 * files outside the folder — an absolute path, a `../` path, a symbolic link, a hard link — beside
 * an honest attestation, two attestations whose names differ only by case, and exports beside
 * the dossier (`lea.pdf`, `lea.tableau.xlsx`, `lea.xlsx`) that are links to foreign files. Each
 * foreign file holds its own marker, so a test can show that no byte of it reached an output.
 */
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface HostileFolder {
  /** The temporary root (remove it after the test). */
  root: string;
  /** The student's folder and dossier. */
  dir: string;
  dossier: string;
  /** The foreign files, by attack, each with its marker. */
  foreign: Record<Attack, { file: string; marker: string }>;
}

export type Attack = 'absolu' | 'parent' | 'lien' | 'dur' | 'tableur' | 'pdf' | 'xlsx' | 'piece';

export const ATTACKS: Attack[] = ['absolu', 'parent', 'lien', 'dur', 'tableur', 'pdf', 'xlsx', 'piece'];

/** `exports`: also put `lea.pdf`, `lea.tableau.xlsx` and `lea.xlsx` beside the dossier as links outside. */
export function hostileFolder(opts: { exports: boolean }): HostileFolder {
  const root = mkdtempSync(path.join(tmpdir(), 'sio-hostile-'));
  const away = path.join(root, 'ailleurs');
  const dir = path.join(root, 'classe', 'lea');
  mkdirSync(away, { recursive: true });
  mkdirSync(path.join(dir, 'attestations'), { recursive: true });
  mkdirSync(path.join(dir, 'pieces'), { recursive: true });
  const foreign = {} as HostileFolder['foreign'];
  for (const a of ATTACKS) {
    const marker = `SECRET-${a.toUpperCase()}-${path.basename(root)}`;
    const file = path.join(away, `secret-${a}.pdf`);
    writeFileSync(file, `%PDF-1.4\n% ${marker} : fichier du professeur, hors du dossier de l’élève\n%%EOF\n`);
    foreign[a] = { file, marker };
  }
  const att = (name: string) => path.join(dir, 'attestations', name);
  symlinkSync(foreign.lien.file, att('stage-lien.pdf'));
  linkSync(foreign.dur.file, att('stage-dur.pdf'));
  copyFileSync(path.join(ROOT, 'examples/attestations/lea-martin-stage-1.pdf'), att('Attestation.pdf'));
  copyFileSync(path.join(ROOT, 'examples/attestations/lea-martin-stage-2.pdf'), att('attestation.pdf'));
  copyFileSync(path.join(ROOT, 'examples/pieces/lea-martin.svg'), path.join(dir, 'pieces/lea-martin.svg'));
  // A piece of a réalisation that is a hard link to a foreign file.
  linkSync(foreign.piece.file, path.join(dir, 'pieces/procedure-glpi.md'));
  if (opts.exports) {
    symlinkSync(foreign.pdf.file, path.join(dir, 'lea.pdf'));
    symlinkSync(foreign.tableur.file, path.join(dir, 'lea.tableau.xlsx'));
    linkSync(foreign.xlsx.file, path.join(dir, 'lea.xlsx'));
  }
  const example = readFileSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), 'utf8');
  const stages = [
    ['Mairie de Rennes', foreign.absolu.file],
    ['Clinique Saint-Yves', '../../ailleurs/secret-parent.pdf'],
    ['Rennes Métropole', 'attestations/stage-lien.pdf'],
    ['Lycée Chateaubriand', 'attestations/stage-dur.pdf'],
    ['CHU de Rennes', 'attestations/Attestation.pdf'],
    ['Ouest-France', 'attestations/attestation.pdf']
  ]
    .map(([org, file], i) => `  - organisation: ${org}\n    periode: du 0${i + 1}/01/2026 au 0${i + 2}/01/2026\n    annee: ${i < 3 ? 1 : 2}\n    attestation: ${file}\n`)
    .join('');
  const text = example.replace(/^stages:\n[\s\S]*?(?=^veille:)/m, `stages:\n${stages}`);
  if (text === example) throw new Error('the example dossier has no stages block any more');
  const dossier = path.join(dir, 'lea.sio.yaml');
  writeFileSync(dossier, text);
  return { root, dir, dossier, foreign };
}
