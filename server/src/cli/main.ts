/**
 * `sio-dossier`: the same checks and exports as the editor, from a terminal or a school's CI.
 * Exit codes: 0 = no error-level diagnostic, 1 = errors found, 2 = bad usage.
 */
import { parseArgs } from 'node:util';
import { localeFrom, Locale } from '../core/l10n';
import { createLanguageService } from '../core/service';
import { formatText, hasErrors, summary, FileResult } from './check';
import { checkFiles } from './parallel';
import { diskFiles } from '../node/diskProbe';
import { collect, UsageError } from './dossierFiles';
import { CLI_OPTIONS, helpText, resolveCommand } from './commands';
import { fixFile } from './fix';
import { saveCodeCaches } from '../runtime/codeCache';

const HELP = helpText();

export interface CliIO {
  out(s: string): void;
  err(s: string): void;
  env: NodeJS.ProcessEnv;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: CLI_OPTIONS
    });
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.out('0.1.0');
    return 0;
  }
  const [typed, ...rest] = positionals;
  if (values.help || !typed) {
    (typed || values.help ? io.out : io.err)(HELP);
    return values.help ? 0 : 2;
  }
  const command = resolveCommand(typed);
  const fix = !!(values.corriger || values.fix);
  const locale: Locale = localeFrom(values.lang ?? io.env.SIO_LANG ?? 'fr');
  const service = createLanguageService({ locale, incremental: false, files: diskFiles });
  try {
    if (fix && command !== 'verifier') throw new UsageError('--corriger va avec « verifier » (check). / --fix goes with « check ».');
    if (command === 'verifier') {
      if (!rest.length) throw new UsageError('Indiquez au moins un fichier ou un dossier. / Give at least one file or folder.');
      const format = values.format ?? 'text';
      if (!['text', 'json', 'sarif', 'gitlab'].includes(format)) throw new UsageError(`Format inconnu « ${format} » (text, json, sarif, gitlab). / Unknown format.`);
      const files = collect(rest, true);
      if (fix) {
        // Fixes first, then the check of what is left, so the report describes the files as they now are.
        const say = format === 'text' ? io.out : io.err;
        let n = 0;
        for (const f of files) {
          const r = await fixFile(service, f);
          if (r) r.changes.forEach((c) => say(c));
          n += r?.changes.length ?? 0;
        }
        const changed = n ? `${n} correction${n > 1 ? 's' : ''}` : '';
        say(locale === 'en' ? (n ? `${n} fix${n > 1 ? 'es' : ''} applied` : 'Nothing to fix automatically') : n ? `${changed} appliquée${n > 1 ? 's' : ''}` : 'Aucune correction automatique possible');
      }
      const results: FileResult[] = await checkFiles(service, files, io.env);
      if (format === 'json') io.out(JSON.stringify(results, null, 2));
      else if (format === 'sarif') {
        const { toSarif } = await import('../products/class/sarif');
        io.out(JSON.stringify(toSarif(results, { baseDir: process.cwd(), language: locale === 'en' ? 'en-US' : 'fr-FR' }), null, 2));
      }
      else if (format === 'gitlab') {
        // GitLab's Code Quality report, shown on merge requests (products/class/codeQuality.ts).
        const { toCodeQuality } = await import('../products/class/codeQuality');
        io.out(JSON.stringify(toCodeQuality(results, { baseDir: process.cwd() }), null, 2));
      } else {
        const text = formatText(results, locale);
        if (text) io.out(text);
        io.out(summary(results, locale));
      }
      return hasErrors(results) ? 1 : 0;
    }
    if (command === 'nouveau') {
      const { runNouveau } = await import('./nouveau');
      io.out(await runNouveau({ args: rest, option: values.option, session: values.session, locale, now: new Date() }));
      return 0;
    }
    if (command === 'depot') {
      const { runDepot } = await import('./depot');
      return await runDepot({ args: rest, format: values.format, archive: values.archive, verifier: values.verifier, resume: !!(values.resume || values.summary), locale, service, env: io.env, out: io.out });
    }
    if (command === 'site') {
      const { runSite } = await import('./site');
      return await runSite({ args: rest, output: values.output, checkLinks: !!(values['verifier-liens'] || values['check-links']), locale, out: io.out, err: io.err });
    }
    if (command === 'pdf' || command === 'apercu' || command === 'classe') {
      // Loaded on demand: `check` need not pay for the PDF engine and its fonts.
      const args = { args: rest, output: values.output, format: values.format, evaluation: !!values.evaluation, locale, service, env: io.env, err: io.err };
      const out = command === 'pdf' ? await (await import('./pdf')).runPdf(args) : command === 'apercu' ? await (await import('./apercu')).runApercu(args) : await (await import('./classe')).runClasse(args);
      // io.out ends what it prints with one newline: a body that already ends with its own
      // line end (the CSV's « \r\n », JSON's « \n ») must not get a second, empty line.
      if (out) io.out(out.endsWith('\n') ? out.slice(0, -1) : out);
      return 0;
    }
    if (command === 'tableur' || command === 'importer') {
      // Loaded on demand, like the PDF engine: ExcelJS and the XML DOM cost nothing to `verifier`.
      const { runTableurCommand } = await import('./tableur');
      const out = await runTableurCommand(command, { args: rest, output: values.output, template: values.modele ?? values.template, locale, service, err: io.err });
      if (out) io.out(out);
      return 0;
    }
    throw new UsageError(`Commande inconnue « ${typed} ». / Unknown command.\n\n${HELP}`);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(err.message);
      return 2;
    }
    io.err(`Erreur / Error: ${(err as Error).message}`);
    return 1;
  }
}

// Re-exported for dist/cli.js (bin.ts), which loads this bundle through its own copy of the cache.
export { saveCodeCaches };
