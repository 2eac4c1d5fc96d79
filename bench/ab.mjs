#!/usr/bin/env node
// Interleaved A/B of two running stacks (docs/benchmarks.md, issue 20): wrk runs alternate between
// them, each with the CPU per request of its server (found by port) and of its database's PostgreSQL
// backends and WAL writer, from /proc ticks, by the same measurement as bench/load.mjs
// (bench/measure.mjs). The request files are the .tsv files bench/load.mjs writes to target/bench
// (copy them per stack); a relative path is read from the repository's root.
// Usage: bench/ab.mjs <scenario label> <rounds> <seconds> <connections> NAME:PORT:DB:TSV ...
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wrk } from './measure.mjs';

const USAGE = 'Usage: bench/ab.mjs <scenario label> <rounds> <seconds> <connections> NAME:PORT:DB:TSV ...';
const [, rounds, seconds, connections] = process.argv.slice(2, 6).map(Number);
const sides = process.argv.slice(6).map((s) => s.split(':'));
if (process.argv.length < 7 || [rounds, seconds, connections].some((n) => !Number.isInteger(n) || n < 1) || sides.some((s) => s.length !== 4)) {
  console.error(USAGE);
  process.exit(2);
}
const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The middle value, or the mean of the two middle ones for an even count.
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const results = Object.fromEntries(sides.map(([name]) => [name, []]));
for (let r = 1; r <= rounds; r++) {
  for (const [name, port, db, tsv] of sides) {
    const { output, figures: f } = wrk({
      url: `http://127.0.0.1:${port}`,
      requests: resolve(ROOT, tsv),
      connections,
      seconds,
      db: `postgresql://postgres@127.0.0.1/${db}`,
    });
    if (f.failed) throw new Error(`${name} r${r}: wrk printed no result:\n${output}`);
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    results[name].push(f);
    console.log(
      `${name} r${r} ${f.rps.toFixed(0).padStart(7)} req/s p99 ${f.p99Text.padStart(8)} server ${f.serverCpuMs.toFixed(3)} ms PG ${f.pgCpuMs.toFixed(3)} ms non2xx ${f.non2xx} load ${load}`,
    );
  }
}
for (const [name, fs] of Object.entries(results)) {
  const of = (key) => median(fs.map((f) => f[key]));
  console.log(`${name} median: ${of('rps').toFixed(0)} req/s, server ${of('serverCpuMs').toFixed(3)} ms, PG ${of('pgCpuMs').toFixed(3)} ms`);
}
