// Parses each seed-derived article once with chrono-node (as a per-article date parser would be used) and prints MB/s.
// Run: cd benchmarks/chrono && npm install --no-package-lock && node bench.mjs ../../seeds
import * as chrono from 'chrono-node';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? '../../seeds';
const texts = readdirSync(folder).filter(f => f.endsWith('.txt')).sort().map(f => readFileSync(join(folder, f), 'utf8'));
const reference = new Date(Date.UTC(2025, 6, 23));
const rounds = Number(process.argv[3] ?? 400);

let chars = 0;
let found = 0;
for (let i = 0; i < 20; i++) for (const t of texts) chrono.parse(t, reference); // warm-up
const start = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) {
  for (const t of texts) {
    found += chrono.parse(t, reference).length;
    chars += t.length;
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
// MB/s as million characters of text per second (English news text is ~1 byte per character in UTF-8), as in the .NET figures.
console.log(JSON.stringify({ parser: 'chrono-node', articles: rounds * texts.length, seconds, mbPerSecond: chars / 1e6 / seconds, found }));
