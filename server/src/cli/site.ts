/** `sio-dossier site <dossier.sio.yaml> [-o dossier] [--verifier-liens]`: the portfolio site. */
import * as path from 'node:path';
import { pick, type Locale } from '../core/l10n';
import { generateSite, SiteError } from '../products/site/generate';
import { checkLinks } from '../products/site/linkCheck';
import { oneDossier, UsageError } from './dossierFiles';

export interface SiteArgs {
  args: string[];
  output?: string;
  checkLinks?: boolean;
  locale: Locale;
  now?: Date;
  out(s: string): void;
  err(s: string): void;
}

const ko = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/** Exit code: 0 written, 1 when `--verifier-liens` found broken links. */
export async function runSite(a: SiteArgs): Promise<number> {
  const { file, text } = oneDossier(a.args);
  const en = a.locale === 'en';
  let r;
  try {
    r = await generateSite({ sourcePath: file, sourceText: text, outDir: a.output, now: a.now });
  } catch (err) {
    if (err instanceof SiteError) throw new UsageError(pick(err.text, a.locale));
    throw err;
  }
  for (const w of r.warnings) a.err(pick(w, a.locale));
  const index = path.join(r.outDir, 'index.html');
  a.out(en
    ? `Site written: ${index} (${r.pages.length} pages, ${r.copied.length} files copied, ${ko(r.bytes)} KB, ${r.ms} ms)`
    : `Site écrit : ${index} (${r.pages.length} pages, ${r.copied.length} fichiers copiés, ${ko(r.bytes)} ko, ${r.ms} ms)`);
  if (!a.checkLinks) return 0;
  const links = await checkLinks(r.externalLinks);
  const broken = links.filter((l) => !l.ok);
  for (const l of broken) {
    const why = l.status !== undefined ? `HTTP ${l.status}` : l.error ?? '?';
    a.err(en ? `Broken link ${l.url} (${why}) on ${l.pages.join(', ')}` : `Lien cassé ${l.url} (${why}) dans ${l.pages.join(', ')}`);
  }
  a.out(en
    ? `Links checked: ${links.length}, broken: ${broken.length}.`
    : `Liens vérifiés : ${links.length}, cassés : ${broken.length}.`);
  return broken.length ? 1 : 0;
}
