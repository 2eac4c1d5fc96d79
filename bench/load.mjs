// The load harness behind bench/load.sh. Prepares N tenants with M patients each (tenants and
// members through the public API, patients, clinicians and a day view's appointments by SQL), runs wrk per scenario at 50 and 500
// connections (warm-up, then 3 runs; the median is reported), the pgbench floor for the same SQL,
// and appends a dated table to docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { wrk as measure, serverPid } from './measure.mjs';
import { BASE, DB, hospitals, log, median, sql } from './setup.mjs';

const [tenantsWanted, perTenant] = process.argv.slice(2).map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// A freshly started server compiles its hot paths for minutes on two shared cores: each scenario
// is warmed up first (BENCH_WARMUP seconds) and only the runs after count.
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
// A quick look at some scenarios (e.g. BENCH_SCENARIOS=bc BENCH_CONNECTIONS=50) prints its figures
// but writes no table: only the full run goes to docs/benchmarks.md.
const SCENARIOS = [...(process.env.BENCH_SCENARIOS ?? 'abcdefg')];
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '50,500').split(',').map(Number);
const FULL = SCENARIOS.join('') === 'abcdefg' && CONNECTIONS.join() === '50,500';
// The PostgreSQL floors (pgbench) of (b) and (c) run with every full run, and with a quick one
// when BENCH_FLOORS=1.
const FLOORS = FULL || process.env.BENCH_FLOORS === '1';
const WORK = 'target/bench';
mkdirSync(WORK, { recursive: true });

// 1. Tenants with an admin each; provisioning timed.
const { tenants, provisioning } = await hospitals(`bench_${Date.now().toString(36)}`, tenantsWanted);
log(`${tenants.length} tenants; provisioning median ${median(provisioning).toFixed(0)} ms`);

// 2. Patients by SQL: deterministic ids (md5 of tenant and number), names from small lists.
for (const t of tenants) {
  sql(`SET search_path TO "t_${t.id}";
INSERT INTO patients (id, mrn, given_name, family_name, date_of_birth, sex, phone, email, status,
  search_given, search_family, search_phone, search_email, created_at, created_by, updated_at, updated_by)
SELECT md5('${t.id}' || i)::uuid::text, 'B-' || lpad(i::text, 7, '0'), g, f, date '1930-01-01' + (i * 37 % 30000),
  (ARRAY['FEMALE','MALE','OTHER','UNKNOWN'])[1 + i % 4], '+49 30 ' || (1000000 + i),
  lower(g) || '.' || lower(f) || i || '@example.org', 'ACTIVE', lower(g), lower(f), '4930' || (1000000 + i),
  lower(g) || '.' || lower(f) || i || '@example.org', now(), 'bench', now(), 'bench'
FROM generate_series(1, ${perTenant}) AS i,
  LATERAL (SELECT (ARRAY['Anna','Ben','Clara','David','Emma','Felix','Greta','Hugo'])[1 + i % 8] AS g,
                  (ARRAY['Mueller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker'])[1 + (i / 8) % 8]
                    || (i % 500) AS f) AS names;
ANALYZE patients;`);
}
log(`${perTenant} patients in each`);

// 2b. A day view's appointments by SQL: 4 clinicians (memberships with e-mails, as the list names
// them) with 16 half-hour appointments a day each from 08:00 UTC, for DAYS days from today.
const DAYS = 20;
const today = new Date(new Date().toISOString().slice(0, 10));
for (const t of tenants) {
  sql(`INSERT INTO platform.memberships (tenant_id, user_sub, email, role, status, invitation, invited_at, accepted_at)
SELECT '${t.id}', 'bench-clinician-' || c, 'clinician' || c || '@bench.hms.test', CASE WHEN c < 2 THEN 'DOCTOR' ELSE 'NURSE' END, 'ACTIVE', 'ACCEPTED', now(), now()
FROM generate_series(0, 3) AS c;
SET search_path TO "t_${t.id}";
INSERT INTO appointments (id, patient_id, clinician_sub, starts_at, ends_at, type, status, created_at, created_by, updated_at, updated_by)
SELECT md5('${t.id}-a-' || d || '-' || c || '-' || s)::uuid::text, md5('${t.id}' || (1 + (d * 64 + c * 16 + s) * 7919 % ${perTenant}))::uuid::text,
  'bench-clinician-' || c, start, start + interval '30 minutes', 'CONSULTATION', 'SCHEDULED', now(), 'bench', now(), 'bench'
FROM generate_series(0, ${DAYS - 1}) AS d, generate_series(0, 3) AS c, generate_series(0, 15) AS s,
  LATERAL (SELECT timestamptz '${today.toISOString()}' + d * interval '1 day' + interval '8 hours' + s * interval '30 minutes' AS start) AS t;
ANALYZE appointments;`);
}
log(`${DAYS * 64} appointments in each (64 a day)`);

// 3. Request files for wrk.
const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
const idOf = (t, n) => {
  const h = createHash('md5').update(`${t.id}${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const ids = tenants.map((t) => Array.from({ length: 200 }, () => idOf(t, 1 + Math.floor(Math.random() * perTenant))));
const line = (m, p, t, body = '') => `${m}\t${p}\t${t.token}\t${t.id}\t${body}`;
const prefixes = ['anna', 'ben', 'clara', 'mue', 'schm', 'web', 'fisch', 'emma'];
const files = {
  b: tenants.flatMap((t, i) => ids[i].map((id) => line('GET', `/api/patients/${id}`, t))),
  c: tenants.map((t) => line('GET', '/api/patients?page=0&size=20', t)),
  d: tenants.flatMap((t) => prefixes.map((q) => line('GET', `/api/patients?q=${q}&size=20`, t))),
  e: tenants.map((t) => line('POST', '/api/files', t, JSON.stringify({ filename: 'scan.pdf', contentType: 'application/pdf', size: 1000 }))),
  // A hospital's day of appointments, as the front desk's day view asks for it.
  g: tenants.flatMap((t) =>
    Array.from({ length: DAYS }, (_, d) => {
      const day = (n) => new Date(today.getTime() + n * 86400000).toISOString().slice(0, 10);
      return line('GET', `/api/appointments?from=${day(d)}T00:00:00Z&to=${day(d + 1)}T00:00:00Z&size=100`, t);
    }),
  ),
};
files.f = Array.from({ length: 1000 }, (_, k) => {
  const i = k % tenants.length;
  const t = tenants[i];
  const r = Math.random();
  if (r < 0.4) return line('GET', `/api/patients/${pick(ids[i])}`, t);
  if (r < 0.6) return line('GET', '/api/patients?page=0&size=20', t);
  if (r < 0.8) return line('GET', `/api/patients?q=${pick(prefixes)}&size=20`, t);
  if (r < 0.9) return line('POST', '/api/patients', t, JSON.stringify({ givenName: 'Load', familyName: `Test${k}`, dateOfBirth: '1990-01-01', sex: 'FEMALE' }));
  return line('POST', '/api/files', t, JSON.stringify({ filename: 'scan.pdf', contentType: 'application/pdf', size: 1000 }));
});
for (const [k, lines] of Object.entries(files)) writeFileSync(`${WORK}/${k}.tsv`, lines.join('\n') + '\n');

// 4. wrk, its output kept in WORK.
function wrk(scenario, connections, seconds) {
  const run = scenario === 'a' ? { url: `${BASE}/health/live` } : { url: BASE, requests: `${WORK}/${scenario}.tsv` };
  const { output, figures } = measure({ ...run, connections, seconds });
  writeFileSync(`${WORK}/wrk-${scenario}-${connections}-${Date.now()}.txt`, output);
  return figures;
}

function serverRssMb() {
  try {
    return Math.round(Number(readFileSync(`/proc/${serverPid(BASE)}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024);
  } catch {
    return null;
  }
}

const NAMES = { a: '/health/live', b: 'GET /api/patients/{id}', c: 'GET /api/patients?page=0&size=20', d: 'GET /api/patients?q=<prefix>', e: 'POST /api/files (presign)', f: 'mixed 80 % reads / 20 % writes', g: 'GET /api/appointments?from=<day>&to=<day+1>&size=100 (64 a day)' };
const results = [];
let rss500 = null;
for (const connections of CONNECTIONS) {
  let floor = null;
  for (const s of ['a', ...SCENARIOS.filter((x) => x !== 'a')]) {
    wrk(s, connections, WARMUP);
    const runs = [1, 2, 3].map(() => wrk(s, connections, SECONDS));
    const mid = runs.some((r) => r.failed) ? runs.find((r) => r.failed) : runs.slice().sort((x, y) => x.rps - y.rps)[1];
    if (connections === 500 && s === 'f') rss500 = serverRssMb();
    if (s === 'a') floor = mid.rps;
    results.push({ s, connections, ...mid, ratio: mid.rps / floor, non2xxAll: runs.reduce((a, r) => a + r.non2xx, 0), socketAll: runs.reduce((a, r) => a + r.socket, 0) });
    log(mid.failed ? `${NAMES[s]} @${connections}: NO ANSWER` : `${NAMES[s]} @${connections}: ${mid.rps.toFixed(0)} req/s p50 ${mid.p50.toFixed(1)} p90 ${mid.p90.toFixed(1)} p99 ${mid.p99.toFixed(1)} ms, non-2xx ${mid.non2xx}, socket errors ${mid.socket}; CPU per request: server ${mid.serverCpuMs.toFixed(3)} ms, PostgreSQL ${mid.pgCpuMs.toFixed(3)} ms`);
  }
}

if (!FLOORS) process.exit(0);

// 5. The PostgreSQL floors: the same SQL as (b) and (c), as one transaction each, with the audit
// row and without any write (prepared statements, 50 clients).
const t = tenants[0];
const audit = `INSERT INTO "t_${t.id}".audit_events (id, actor_sub, actor_role, action, resource_type, resource_id, request_id, outcome) VALUES (gen_random_uuid()::text, 'bench', 'ADMIN', 'READ', 'PATIENT', NULL, 'bench', 'SUCCESS');`;
writeFileSync(`${WORK}/pg-b.sql`, `\\set n random(1, ${perTenant})\nBEGIN;\nSELECT * FROM "t_${t.id}".patients WHERE id = md5('${t.id}' || :n)::uuid::text;\n${audit}\nCOMMIT;\n`);
writeFileSync(`${WORK}/pg-c.sql`, `BEGIN;\nSELECT * FROM "t_${t.id}".patients ORDER BY search_family, id LIMIT 20;\nSELECT COALESCE(SUM(n), 0) FROM "t_${t.id}".patient_counts;\n${audit}\nCOMMIT;\n`);
writeFileSync(`${WORK}/pg-b-read.sql`, readFileSync(`${WORK}/pg-b.sql`, 'utf8').replace(audit + '\n', ''));
writeFileSync(`${WORK}/pg-c-read.sql`, readFileSync(`${WORK}/pg-c.sql`, 'utf8').replace(audit + '\n', ''));
function pgbench(file) {
  const out = spawnSync('pgbench', ['-n', '-M', 'prepared', '-c', '50', '-j', '2', '-T', String(SECONDS), '-f', file, DB], { encoding: 'utf8' });
  return parseFloat((out.stdout.match(/tps = ([\d.]+)/) ?? [0, 0])[1]);
}
const floorB = pgbench(`${WORK}/pg-b.sql`);
const floorC = pgbench(`${WORK}/pg-c.sql`);
const readB = pgbench(`${WORK}/pg-b-read.sql`);
const readC = pgbench(`${WORK}/pg-c-read.sql`);
const rpsOf = (s) => results.find((r) => r.s === s && r.connections === 50)?.rps ?? NaN;
const b50 = rpsOf('b');
const c50 = rpsOf('c');
const pct = (x, y) => `${((100 * x) / y).toFixed(1)} %`;
log(`pgbench floors with the audit insert: (b) ${floorB.toFixed(0)} tps, (c) ${floorC.toFixed(0)} tps; ours ${pct(b50, floorB)} and ${pct(c50, floorC)}`);
log(`pgbench floors without any write: (b) ${readB.toFixed(0)} tps, (c) ${readC.toFixed(0)} tps; ours ${pct(b50, readB)} and ${pct(c50, readC)}`);
if (!FULL) process.exit(0);

// 6. The dated table.
const version = (cmd, args) => {
  try {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    return `${r.stdout}${r.stderr}`.split('\n')[0].trim();
  } catch {
    return '?';
  }
};
const jvm = readFileSync('liberty/jvm.options', 'utf8').split('\n').filter((l) => l.startsWith('-Xm')).join(' ') || 'no -Xmx';
const rows = results.map((r) =>
  r.failed
    ? `| ${NAMES[r.s]} | ${r.connections} | no answer: wrk got no result (the server stopped answering) | | | | |`
    : `| ${NAMES[r.s]} | ${r.connections} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} / ${r.p90.toFixed(1)} / ${r.p99.toFixed(1)} | ${r.non2xxAll} | ${r.socketAll} | ${(r.ratio * 100).toFixed(0)} % |`);
appendFileSync('docs/benchmarks.md', `
## Load: ${tenants.length} tenants × ${perTenant} patients (${new Date().toISOString().slice(0, 10)})

- Command: \`bench/load.sh ${tenants.length} ${perTenant}\` (wrk -t2, warm-up ${WARMUP} s, then 3 runs of ${SECONDS} s; the median run is shown; non-2xx and socket errors are summed over the 3 runs).
- Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; wrk, PostgreSQL and the server share it. ${version('java', ['-version'])}; ${version('psql', ['--version'])}; Open Liberty 26.0.0.3; JVM ${jvm}.
- Tenant provisioning (schema from the baseline script, first admin), one at a time, median of ${tenants.length}: ${median(provisioning).toFixed(0)} ms.
- Resident memory of the server at the end of the mixed run at 500 connections: ${rss500 ?? '?'} MiB.

| scenario | connections | req/s | p50 / p90 / p99 ms | non-2xx | socket errors | of (a) |
|---|---|---|---|---|---|---|
${rows.join('\n')}

PostgreSQL floors (pgbench, 50 clients, prepared, the same SQL in one transaction): with the audit insert (b) ${floorB.toFixed(0)} tps, (c) ${floorC.toFixed(0)} tps, ours at 50 connections ${pct(b50, floorB)} and ${pct(c50, floorC)}; without any write (b) ${readB.toFixed(0)} tps, (c) ${readC.toFixed(0)} tps, ours ${pct(b50, readB)} and ${pct(c50, readC)}.
CPU per request at 50 connections (median run; /proc ticks of the server and of this database's PostgreSQL backends and WAL writer): (b) server ${results.find((r) => r.s === 'b' && r.connections === 50).serverCpuMs.toFixed(3)} ms, PostgreSQL ${results.find((r) => r.s === 'b' && r.connections === 50).pgCpuMs.toFixed(3)} ms; (c) server ${results.find((r) => r.s === 'c' && r.connections === 50).serverCpuMs.toFixed(3)} ms, PostgreSQL ${results.find((r) => r.s === 'c' && r.connections === 50).pgCpuMs.toFixed(3)} ms.
`);
log('appended to docs/benchmarks.md');
