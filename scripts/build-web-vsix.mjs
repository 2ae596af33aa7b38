#!/usr/bin/env node
/**
 * A browser-only package of Dossier SIO for the end-to-end tests of VS Code for the Web
 * (issue 26): the packaged .vsix with its `main` entry removed, so that code-server has no
 * choice but to run the extension in its web-worker extension host, as vscode.dev and
 * github.dev do. Everything else is the shipped package, byte for byte.
 *
 *   node scripts/build-web-vsix.mjs [in.vsix] [out.vsix]
 *   (defaults: dist/dossier-sio.vsix → dist/dossier-sio-web.vsix)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'dossier-sio.vsix'));
const output = path.resolve(process.argv[3] ?? path.join(root, 'dist', 'dossier-sio-web.vsix'));

const files = unzipSync(readFileSync(input));
const manifestName = 'extension/package.json';
if (!files[manifestName]) {
  console.error(`${input} : pas de ${manifestName}, ce n’est pas un paquet d’extension.`);
  process.exit(1);
}
const manifest = JSON.parse(strFromU8(files[manifestName]));
if (!manifest.browser) {
  console.error(`${input} : pas d’entrée « browser » dans package.json, rien à tester dans un navigateur.`);
  process.exit(1);
}
delete manifest.main;
files[manifestName] = strToU8(JSON.stringify(manifest, null, 2));
writeFileSync(output, zipSync(files, { level: 6 }));
console.log(`${path.relative(root, output)} : ${manifest.name} sans « main » (entrée ${manifest.browser})`);
