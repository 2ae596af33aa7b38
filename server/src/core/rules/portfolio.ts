/**
 * What the portfolio site publishes, checked where the student writes it:
 * - `document-missing`: a local file (photo, CV, attestation, `{ titre, fichier }`) that does
 *   not exist, or whose path leaves the dossier's folder (the site refuses to copy it);
 * - `url-locale`: an address a jury cannot open from elsewhere (localhost, private network,
 *   a name without a domain, `file:`) — « un portfolio inaccessible » costs 10 points at E4;
 * - `portfolio-reserved`: a portfolio on a domain reserved for examples (RFC 2606 and 6761:
 *   `.example`, `.test`, `.invalid`, `example.com/.net/.org`) — the template's own address,
 *   which never resolves; the « Dépôt » checklist fails on the same test (products/depot);
 * - `image-alt-missing`: the photo without its alternative text (WCAG 2.1, critère 1.1.1).
 */
import type { Finding } from '../finding';
import { text } from '../l10n';
import { linkValues, localFileRefs, pathProblem, type FileRole } from '../localFiles';
import type { Str } from '../model';
import type { RuleContext } from './context';
import { SAMPLE_CANDIDAT } from '../sample';
import { memoized } from '../text/memo';

const ROLE: Record<FileRole, [string, string]> = {
  photo: ['La photo', 'The photo'],
  cv: ['Le CV', 'The CV'],
  attestation: ['L’attestation de stage', 'The stage attestation'],
  document: ['Le document', 'The document']
};

function ipv4Private(host: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/** Why a jury could not open this address from the exam room, or null (memoized, as isHttpUrl). */
export const localAddress = memoized(whyLocal);

function whyLocal(value: string): string | null {
  const v = value.trim();
  if (/^file:/i.test(v)) return 'file:';
  if (!/^https?:\/\//i.test(v)) return null;
  let host: string;
  try {
    host = new URL(v).hostname.toLowerCase();
  } catch {
    return null; // url-invalid says it
  }
  if (host === '') return null;
  if (host === 'localhost' || host.endsWith('.localhost')) return host;
  if (host.endsWith('.local') || host.endsWith('.lan') || host.endsWith('.internal')) return host;
  if (ipv4Private(host)) return host;
  if (host.startsWith('[')) {
    const h = host.slice(1, -1);
    if (h === '::1' || h === '::' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h) || /^::ffff:(127|10|192\.168)\./.test(h)) return host;
    return null;
  }
  // « http://serveur/ »: a name that only the school's network resolves.
  if (!host.includes('.')) return host;
  return null;
}

/** The reserved domain an address is on (RFC 2606, RFC 6761), or null: checked offline, no request. */
export function reservedDomain(value: string): string | null {
  let host: string;
  try {
    host = new URL(value.trim()).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  const tld = /\.(example|test|invalid)$/.exec(host) ?? /^(?:.*\.)?(example\.(?:com|net|org))$/.exec(host);
  if (tld) return tld[0].startsWith('.') ? tld[0] : tld[1];
  return host === 'example' || host === 'test' || host === 'invalid' ? host : null;
}

function urlLocale(s: Str): Finding {
  const why = localAddress(s.value)!;
  return {
    code: 'url-locale',
    severity: 'warning',
    message: why === 'file:'
      ? text(
        `Lien « ${s.value.trim()} » vers un fichier de votre ordinateur : le jury ne pourra pas l’ouvrir. Publiez le fichier (document { titre, fichier }) ou donnez une adresse https.`,
        `Link "${s.value.trim()}" to a file on your computer: the jury cannot open it. Publish the file (document { titre, fichier }) or give an https address.`)
      : text(
        `Adresse locale « ${why} » : elle ne s’ouvre que sur votre machine ou votre réseau, pas depuis la salle d’examen. Donnez une adresse publique.`,
        `Local address "${why}": it only opens on your machine or network, not from the exam room. Give a public address.`),
    start: s.start,
    end: s.end
  };
}

export function portfolioRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const model = ctx.model;
  for (const ref of localFileRefs(model)) {
    const s = ref.path;
    const [fr, en] = ROLE[ref.role];
    const problem = pathProblem(s.value);
    if (problem === 'absolute' && /^[a-z][a-z0-9+.-]*:\/\//i.test(s.value.trim())) {
      out.push({
        code: 'document-missing',
        severity: 'error',
        message: text(
          `${fr} « ${s.value} » est une adresse, pas un fichier du dossier : le site ne publie que des fichiers placés à côté du dossier. Pour un lien, écrivez l’adresse seule comme document (- ${s.value.trim()}).`,
          `${en} "${s.value}" is an address, not a file of the dossier: the site only publishes files placed next to the dossier. For a link, write the address alone as a document (- ${s.value.trim()}).`
        ),
        start: s.start,
        end: s.end
      });
    } else if (problem === 'absolute' || problem === 'outside') {
      out.push({
        code: 'document-missing',
        severity: 'error',
        message: text(
          `${fr} « ${s.value} » est hors du dossier : seul un chemin relatif au dossier de ce fichier, sans « .. » qui en sorte, peut être publié (ex. pieces/${s.value.split(/[\\/]/).pop()}).`,
          `${en} "${s.value}" is outside the dossier: only a path relative to this file's folder, without a ".." leaving it, can be published (e.g. pieces/${s.value.split(/[\\/]/).pop()}).`
        ),
        start: s.start,
        end: s.end
      });
    } else if (problem === null && ctx.files && !ctx.files.exists(s.value.trim())) {
      out.push({
        code: 'document-missing',
        severity: 'warning',
        message: text(
          `${fr} « ${s.value} » est introuvable à côté du dossier : vérifiez le chemin (relatif au dossier de ce fichier) et la casse.`,
          `${en} "${s.value}" is not found next to the dossier: check the path (relative to this file's folder) and its case.`
        ),
        start: s.start,
        end: s.end
      });
    }
  }
  for (const s of linkValues(model)) if (localAddress(s.value)) out.push(urlLocale(s));
  const p = model.candidat.portfolio;
  // The template's own address is already a `placeholder`: one diagnostic on it is enough.
  const reserved = ctx.ref.kind === 'bts-sio' && p && !p.notString && p.value.trim() !== SAMPLE_CANDIDAT.portfolio.value ? reservedDomain(p.value) : null;
  if (p && reserved) {
    out.push({
      code: 'portfolio-reserved',
      severity: 'warning',
      message: text(
        `Le portfolio « ${p.value.trim()} » est sur « ${reserved} », un domaine réservé aux exemples qui ne mène nulle part : le jury ne pourra pas l’ouvrir. Donnez l’adresse publique de votre portfolio.`,
        `The portfolio "${p.value.trim()}" is on "${reserved}", a domain reserved for examples that leads nowhere: the jury cannot open it. Give your portfolio's public address.`
      ),
      start: p.start,
      end: p.end
    });
  }
  const photo = model.profil?.photo;
  if (photo?.fichier?.value.trim() && !photo.alt?.value.trim()) {
    const at = photo.alt ? { start: photo.alt.keyStart ?? photo.alt.start, end: photo.alt.keyEnd ?? photo.alt.end } : photo.key;
    out.push({
      code: 'image-alt-missing',
      severity: 'warning',
      message: text(
        'La photo n’a pas de texte de remplacement : écrivez photo: { fichier: …, alt: « Portrait de … » } pour les lecteurs d’écran (WCAG 2.1, critère 1.1.1).',
        'The photo has no alternative text: write photo: { fichier: …, alt: "Portrait of …" } for screen readers (WCAG 2.1, criterion 1.1.1).'
      ),
      start: at.start,
      end: at.end
    });
  }
  return out;
}
