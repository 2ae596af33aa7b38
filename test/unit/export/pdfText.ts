/**
 * Reading exported PDFs back with poppler-utils (pdftotext, pdfinfo, pdftohtml), as a user's
 * viewer would: what is checked is what ends up on the page, not the document definition.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export function tmpPdf(bytes: Buffer, name = 'out.pdf'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sio-pdf-'));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** pdftotext collapses U+202F and other spaces; compare texts with all whitespace folded. */
export function fold(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1].trim()] = m[2].trim();
  }
  return info;
}

export function pageCount(file: string): number {
  return Number(pdfInfo(file).Pages);
}

/** Page i (1-based) as laid out (-layout) or in drawing order (-raw, one cell's lines together). */
export function pageText(file: string, page: number, mode: '-layout' | '-raw' = '-raw'): string {
  return execFileSync('pdftotext', [mode, '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

export function allPages(file: string, mode: '-layout' | '-raw' = '-raw'): string[] {
  const n = pageCount(file);
  return Array.from({ length: n }, (_, i) => pageText(file, i + 1, mode));
}

export function pageSizes(file: string): { width: number; height: number }[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: +m[1], height: +m[2] }));
}

/** Bookmarks as poppler reads them: [title, page]. */
export function outline(file: string): { title: string; page: number }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], { encoding: 'utf8' });
  const block = /<outline>([\s\S]*?)<\/outline>/.exec(xml)?.[1] ?? '';
  return [...block.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({
    page: Number(m[1]),
    title: m[2].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  }));
}
