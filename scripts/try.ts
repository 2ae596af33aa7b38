import { readFileSync } from 'fs';
import { createLanguageService } from '../server/src/core/service';
const s = createLanguageService({ now: () => new Date('2026-11-26') });
const f = process.argv[2];
const t = readFileSync(f, 'utf8');
const p = s.parse(t);
for (const x of s.findings(p)) console.log(x.code, x.severity, JSON.stringify(t.slice(x.start, x.end)), x.message.fr);
