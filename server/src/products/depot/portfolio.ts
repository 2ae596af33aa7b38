/**
 * Is the portfolio's address one a jury can open? Épreuve du bloc 1: the portfolio must be
 * accessible to the jury (an inaccessible portfolio is penalised). Checked offline: `https`, and
 * a public host — not `localhost`, a `.local`/`.lan` name, a private or loopback address, which
 * only work on the candidate's machine or school network — nor a domain reserved for examples
 * (`.example`, `.test`, `.invalid`: the template's own address, RFC 2606), which never resolves. Whether it answers is not tested here
 * (no network at the deposit check; the teacher's review may say so in a remark).
 */
import { text, type Text } from '../../core/l10n';
import { reservedDomain } from '../../core/rules/portfolio';

const PRIVATE_V4 = [/^10\./, /^127\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./];

export function portfolioProblem(value: string | undefined): Text | null {
  const v = value?.trim();
  if (!v) return text('Adresse du portfolio absente (candidat.portfolio).', 'Portfolio address missing (candidat.portfolio).');
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return text(`« ${v} » n’est pas une adresse web complète (https://…).`, `"${v}" is not a full web address (https://…).`);
  }
  if (url.protocol !== 'https:') return text(`Le portfolio doit être servi en https (adresse actuelle : ${url.protocol}//…).`, `The portfolio must be served over https (current: ${url.protocol}//…).`);
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const local =
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host.endsWith('.lan') ||
    host.endsWith('.internal') ||
    !host.includes('.') && !host.includes(':') ||
    PRIVATE_V4.some((re) => re.test(host)) ||
    host === '::1' ||
    /^f[cd]/.test(host) && host.includes(':') ||
    host.startsWith('fe80:');
  const reserved = reservedDomain(v);
  if (reserved) return text(`« ${url.hostname} » est sur « ${reserved} », un domaine réservé aux exemples qui ne mène nulle part : donnez l’adresse publique de votre portfolio.`, `"${url.hostname}" is on "${reserved}", a domain reserved for examples that leads nowhere: give your portfolio's public address.`);
  if (local) return text(`« ${url.hostname} » n’est joignable que depuis votre machine ou votre réseau : le jury ne pourra pas l’ouvrir.`, `"${url.hostname}" is only reachable from your machine or network: the jury cannot open it.`);
  return null;
}
