/**
 * The title the command palette shows for one of our commands, "Category: Title", taken from
 * the manifest and package.nls(.fr).json so the scenarios follow the extension helper's wording.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

function nls(locale: string): Record<string, string> {
  const file = path.join(root, locale.startsWith('fr') ? 'package.nls.fr.json' : 'package.nls.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
}

function localize(value: string, strings: Record<string, string>): string {
  const m = /^%(.+)%$/.exec(value);
  return m ? strings[m[1]] ?? value : value;
}

/** Both palette titles of a command, French first. */
export function commandTitles(id: string): string[] {
  return [commandTitle(id, 'fr'), commandTitle(id, 'en')];
}

export function commandTitle(id: string, locale: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    contributes?: { commands?: { command: string; title: string; category?: string }[] };
  };
  const cmd = manifest.contributes?.commands?.find((c) => c.command === id);
  if (!cmd) throw new Error(`Commande ${id} absente de package.json (contributes.commands)`);
  const strings = nls(locale);
  const title = localize(cmd.title, strings);
  return cmd.category ? `${localize(cmd.category, strings)}: ${title}` : title;
}
