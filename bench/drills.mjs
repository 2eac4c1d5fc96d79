// The failure drills behind bench/drills.sh (docs/reliability.md). Each drill runs traffic against
// the local stack, breaks one dependency for real (PostgreSQL stopped or frozen, the request pool
// exhausted by slow requests, the Cognito or S3 stand-in frozen), restores it, and checks the
// bounds of issue 9. It prints what it measured, appends a dated table to docs/reliability.md and
// exits non-zero when a bound is broken.
// Usage: node bench/drills.mjs [db-restart] [db-freeze] [pool] [jwks] [s3] [idem-restart]
//        (default: all)
// DRILL_PG_DATA names the data directory of a PostgreSQL the drills may restart with pg_ctl (as
// user postgres; DRILL_PG_PORT its port) instead of this machine's cluster, e.g. a second cluster
// under /tmp that only the drill's stack uses, so that other work on the machine's database goes on.
import { randomUUID } from 'node:crypto';
import { execFileSync, execSync, spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { BASE, hospitals, log, median, sql } from './setup.mjs';

const ALL = ['db-restart', 'db-freeze', 'pool', 'jwks', 's3', 'idem-restart'];
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
const OUTAGE_MS = Number(process.env.DRILL_OUTAGE_SECONDS ?? 20) * 1000;
const FAIL_WITHIN_MS = 5000;
const RECOVER_WITHIN_MS = 10000;
const HANG_MS = 30000;
const PG_VERSION = execSync('ls /etc/postgresql').toString().trim().split('\n')[0];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const IDEM_CLIENTS = Number(process.env.DRILL_IDEM_CLIENTS ?? 8);
const IDEM_OUTAGE_MS = Number(process.env.DRILL_IDEM_OUTAGE_SECONDS ?? 5) * 1000;
// The client's patience: a short one abandons requests the server still completes (and commits),
// so their retries meet 409 idempotency-key-in-use and replays.
const IDEM_TIMEOUT_MS = Number(process.env.DRILL_IDEM_TIMEOUT_MS ?? 5000);
const run = Date.now().toString(36);

// --- Traffic -------------------------------------------------------------------------------

/** One request: status (or 'hang' / 'socket'), duration, and what an error answer looked like. */
async function request(method, path, tenant, body) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (tenant) {
    headers.Authorization = `Bearer ${tenant.token}`;
    headers['X-Tenant-ID'] = tenant.id;
  }
  if (body) headers['Content-Type'] = 'application/json';
  const start = Date.now();
  try {
    const answer = await fetch(BASE + path, { method, headers, body: body && JSON.stringify(body), signal: AbortSignal.timeout(HANG_MS) });
    const text = await answer.text();
    const type = answer.headers.get('content-type') ?? '';
    const problem = type.startsWith('application/problem+json') ? JSON.parse(text) : null;
    return { start, end: Date.now(), status: answer.status, problem, retryAfter: answer.headers.get('retry-after'), json: !problem && type.includes('json') && text ? JSON.parse(text) : null };
  } catch (e) {
    return { start, end: Date.now(), status: e.name === 'TimeoutError' ? 'hang' : 'socket' };
  }
}

/** Workers that loop over pick() until stop(); every answer is kept with the request's kind. */
function traffic(workers, pick) {
  const records = [];
  let stopped = false;
  const loops = Array.from({ length: workers }, async () => {
    while (!stopped) {
      const op = pick();
      const answer = await request(op.method, op.path, op.tenant, op.body);
      records.push({ ...op, ...answer, body: undefined });
    }
  });
  return { records, stop: async () => { stopped = true; await Promise.all(loops); } };
}

/** Readiness and liveness every 250 ms. */
function probes() {
  const seen = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const [ready, live] = await Promise.all([request('GET', '/health/ready'), request('GET', '/health/live')]);
      seen.push({ at: ready.start, ready: ready.status, live: live.status, readyBody: ready.json ?? ready.problem });
      await sleep(250);
    }
  })();
  return { seen, stop: async () => { stopped = true; await loop; } };
}

// --- Data ----------------------------------------------------------------------------------

const schema = (t) => `"t_${t.id}"`;

function seedPatients(t, n) {
  sql(`INSERT INTO ${schema(t)}.patients (id, mrn, given_name, family_name, date_of_birth, sex, status,
  search_given, search_family, created_at, created_by, updated_at, updated_by)
SELECT md5('${t.id}' || i)::uuid::text, 'S-' || i, 'Seed', 'Patient' || i, date '1980-01-01', 'FEMALE', 'ACTIVE',
  'seed', 'patient' || i, now(), 'drill', now(), 'drill' FROM generate_series(1, ${n}) AS i;`);
  return sql(`SELECT id FROM ${schema(t)}.patients`).trim().split('\n');
}

let writes = 0;
function mixedPick(tenants, ids) {
  return () => {
    const i = Math.floor(Math.random() * tenants.length);
    const t = tenants[i];
    const r = Math.random();
    if (r < 0.6) return { kind: 'read', method: 'GET', path: `/api/patients/${ids[i][Math.floor(Math.random() * ids[i].length)]}`, tenant: t };
    if (r < 0.8) return { kind: 'list', method: 'GET', path: '/api/patients?page=0&size=20', tenant: t };
    const tag = `Drill${run}w${++writes}`;
    return { kind: 'write', method: 'POST', path: '/api/patients', tenant: t, tag, body: { givenName: 'Drill', familyName: tag, dateOfBirth: '1990-01-01', sex: 'FEMALE' } };
  };
}

/** Writes answered 201 that are missing, rows without their audit event, and counters that drifted. */
function verifyWrites(tenants, records) {
  let lost = 0;
  let halfWritten = 0;
  let writtenDespiteError = 0;
  let counterDrift = 0;
  for (const t of tenants) {
    const rows = sql(`SELECT p.family_name, (SELECT count(*) FROM ${schema(t)}.audit_events a WHERE a.action = 'CREATE' AND a.resource_id = p.id)
FROM ${schema(t)}.patients p WHERE p.family_name LIKE 'Drill${run}w%'`).trim().split('\n').filter(Boolean).map((l) => l.split('|'));
    const inDb = new Map(rows.map(([tag, audits]) => [tag, Number(audits)]));
    halfWritten += rows.filter(([, audits]) => Number(audits) !== 1).length;
    for (const w of records.filter((r) => r.kind === 'write' && r.tenant === t)) {
      if (w.status === 201 && !inDb.has(w.tag)) lost++;
      if (w.status !== 201 && inDb.has(w.tag)) writtenDespiteError++;
    }
    const [counted, kept] = sql(`SELECT (SELECT count(*) FROM ${schema(t)}.patients), (SELECT sum(n) FROM ${schema(t)}.patient_counts)`).trim().split('|').map(Number);
    if (counted !== kept) counterDrift++;
  }
  return { lost, halfWritten, writtenDespiteError, counterDrift };
}

// --- Faults --------------------------------------------------------------------------------

const pidsOf = (user) => execSync(`pgrep -u ${user} || true`).toString().trim().split('\n').filter(Boolean);
const pidOnPort = (port) => {
  const line = execSync(`ss -ltnpH 'sport = :${port}' || true`).toString();
  const m = line.match(/pid=(\d+)/);
  if (!m) throw new Error(`nothing listens on ${port}`);
  return m[1];
};
const signal = (pids, sig) => execFileSync('kill', [`-${sig}`, ...pids]);
const PG_DATA = process.env.DRILL_PG_DATA;
const PG_PORT = process.env.DRILL_PG_PORT ?? '5432';
const pg = (action) =>
  PG_DATA
    ? execFileSync('runuser', ['-u', 'postgres', '--', `/usr/lib/postgresql/${PG_VERSION}/bin/pg_ctl`, '-D', PG_DATA, '-w', action, ...(action === 'stop' ? ['-m', 'fast'] : ['-l', `${PG_DATA}/../log`, '-o', `-p ${PG_PORT} -k ${PG_DATA}/.. -c listen_addresses=127.0.0.1`])], { stdio: 'ignore' })
    : execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', PG_VERSION, 'main', action, ...(action === 'stop' ? ['-m', 'fast'] : [])], { stdio: 'ignore' });
const pgReady = () => { try { execFileSync('pg_isready', ['-h', '127.0.0.1', '-p', PG_PORT, '-q']); return true; } catch { return false; } };

// --- Checks --------------------------------------------------------------------------------

const isProblem503 = (r) => r.status === 503 && r.problem && r.problem.status === 503 && r.retryAfter;

/** Answers in a time window by status; failures (not ok) that are not 503 problems are bad. */
function summarize(records, from, to, ok = (status) => status === 200 || status === 201) {
  const inWindow = records.filter((r) => r.end >= from && r.start <= to);
  const byStatus = {};
  for (const r of inWindow) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const failed = inWindow.filter((r) => !ok(r.status));
  return {
    requests: inWindow.length,
    byStatus,
    slowestFailureMs: failed.length ? Math.max(...failed.map((r) => r.end - r.start)) : 0,
    badErrors: failed.filter((r) => !isProblem503(r)).length,
  };
}

const results = [];
function report(drill, measured, bounds) {
  const broken = Object.entries(bounds).filter(([, ok]) => !ok).map(([name]) => name);
  results.push({ drill, measured, broken });
  log(`${drill}: ${JSON.stringify(measured)}`);
  log(`${drill}: ${broken.length ? `BROKEN ${broken.join(', ')}` : 'all bounds hold'}`);
}

async function databaseOutage(drill, { tenants, ids }, breakIt, restoreIt) {
  const load = traffic(50, mixedPick(tenants, ids));
  const probe = probes();
  await sleep(8000);
  const down = Date.now();
  breakIt();
  await sleep(OUTAGE_MS);
  restoreIt();
  while (!pgReady()) await sleep(100);
  const back = Date.now();
  await sleep(20000);
  await load.stop();
  await probe.stop();
  const r = load.records;
  const during = summarize(r, down + 200, back);
  const lastError = Math.max(0, ...r.filter((x) => x.start >= back && x.status !== 200 && x.status !== 201).map((x) => x.end));
  const firstDown = probe.seen.find((p) => p.at >= down && p.ready === 503);
  const readyAgain = probe.seen.find((p) => p.at >= back && p.ready === 200);
  const measured = {
    ...during,
    everyStatus: summarize(r, 0, Infinity).byStatus,
    readyDownAfterMs: firstDown ? firstDown.at - down : null,
    liveNotUp: probe.seen.filter((p) => p.live !== 200).length,
    readyAgainAfterMs: readyAgain ? readyAgain.at - back : null,
    errorsEndAfterMs: lastError ? lastError - back : 0,
    successAfter: r.filter((x) => x.start >= back + RECOVER_WITHIN_MS && (x.status === 200 || x.status === 201)).length,
    ...verifyWrites(tenants, r),
    // The three slowest failures: what they were, when they started (ms after the fault), how long.
    slowestFailures: r
      .filter((x) => x.end >= down + 200 && x.start <= back && x.status !== 200 && x.status !== 201)
      .sort((a, b) => b.end - b.start - (a.end - a.start))
      .slice(0, 3)
      .map((x) => `${x.kind} +${x.start - down} ms: ${x.end - x.start} ms ${x.status} ${x.problem?.type ?? ''}`),
  };
  report(drill, measured, {
    'failures within 5 s': measured.slowestFailureMs <= FAIL_WITHIN_MS,
    'every failure a 503 problem with Retry-After': summarize(r, 0, Infinity).badErrors === 0,
    'no hangs': !measured.everyStatus.hang && !measured.everyStatus.socket,
    'readiness DOWN within 5 s': measured.readyDownAfterMs !== null && measured.readyDownAfterMs <= FAIL_WITHIN_MS,
    'liveness always UP': measured.liveNotUp === 0,
    'readiness UP within 10 s': measured.readyAgainAfterMs !== null && measured.readyAgainAfterMs <= RECOVER_WITHIN_MS,
    'requests succeed within 10 s': measured.errorsEndAfterMs <= RECOVER_WITHIN_MS && measured.successAfter > 0,
    'no lost writes': measured.lost === 0,
    'nothing half-written': measured.halfWritten === 0 && measured.counterDrift === 0,
  });
}

/**
 * Clients that register patients, each with a new Idempotency-Key per patient, and retry every
 * 503, 409 idempotency-key-in-use, timeout and broken connection with the same key and body until
 * a 201 comes: PostgreSQL restarts meanwhile. Every acknowledged key must be one row, and no key
 * two rows (a 503 whose commit happened is answered from the kept answer on its retry).
 */
async function idempotentRetries({ tenants }) {
  const actions = [];
  let stopped = false;
  let n = 0;
  const register = async (t) => {
    const action = { tenant: t, key: randomUUID(), tag: `Idem${run}k${++n}`, attempts: 0, retried: {}, replayed: false };
    actions.push(action);
    const body = { givenName: 'Idem', familyName: action.tag, dateOfBirth: '1990-01-01', sex: 'FEMALE' };
    for (;;) {
      action.attempts++;
      let status;
      let retryAfter = null;
      try {
        const answer = await fetch(BASE + '/api/patients', {
          method: 'POST',
          headers: { Authorization: `Bearer ${t.token}`, 'X-Tenant-ID': t.id, 'Content-Type': 'application/json', 'Idempotency-Key': action.key },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(IDEM_TIMEOUT_MS),
        });
        const text = await answer.text();
        status = answer.status;
        retryAfter = answer.headers.get('retry-after');
        if (status === 201) {
          action.id = JSON.parse(text).id;
          action.replayed = answer.headers.get('idempotent-replayed') === 'true';
          action.acknowledged = Date.now();
          return;
        }
        if (status !== 503 && status !== 409) {
          action.failed = `${status} ${text.slice(0, 200)}`;
          return;
        }
      } catch (e) {
        status = e.name === 'TimeoutError' ? 'timeout' : 'socket';
      }
      action.retried[status] = (action.retried[status] ?? 0) + 1;
      action.lastRetry = Date.now();
      // Retry-After capped at a second: the drill wants to meet the restart, not sit it out.
      await sleep(retryAfter ? Math.min(1000, Number(retryAfter) * 1000) : 200);
    }
  };
  const loops = Array.from({ length: IDEM_CLIENTS }, async (_, w) => {
    while (!stopped) await register(tenants[w % tenants.length]);
  });
  await sleep(8000);
  const down = Date.now();
  pg('stop');
  await sleep(IDEM_OUTAGE_MS);
  pg('start');
  while (!pgReady()) await sleep(100);
  const back = Date.now();
  await sleep(15000);
  stopped = true;
  await Promise.all(loops);

  let rows = 0;
  let duplicates = 0;
  let missing = 0;
  let unacknowledgedInDb = 0;
  for (const t of tenants) {
    const inDb = new Map(
      sql(`SELECT family_name, count(*) FROM ${schema(t)}.patients WHERE family_name LIKE 'Idem${run}k%' GROUP BY family_name`)
        .trim().split('\n').filter(Boolean).map((l) => l.split('|')).map(([tag, c]) => [tag, Number(c)]));
    for (const c of inDb.values()) {
      rows += c;
      duplicates += c - 1;
    }
    for (const a of actions.filter((x) => x.tenant === t)) {
      if (a.acknowledged && !inDb.has(a.tag)) missing++;
      if (!a.acknowledged && inDb.has(a.tag)) unacknowledgedInDb++;
    }
  }
  const acknowledged = actions.filter((a) => a.acknowledged);
  const retried = {};
  for (const a of actions) for (const [s, c] of Object.entries(a.retried)) retried[s] = (retried[s] ?? 0) + c;
  const measured = {
    clients: IDEM_CLIENTS,
    outageMs: back - down,
    keys: actions.length,
    acknowledged: acknowledged.length,
    failed: actions.filter((a) => a.failed).map((a) => a.failed).slice(0, 3),
    rows,
    duplicates,
    missing,
    unacknowledgedInDb,
    retriedActions: actions.filter((a) => a.attempts > 1).length,
    retries: retried,
    answeredByReplay: acknowledged.filter((a) => a.replayed).length,
    mostAttempts: Math.max(...actions.map((a) => a.attempts)),
    lastAcknowledgedAfterRetryMs: Math.max(0, ...acknowledged.filter((a) => a.attempts > 1).map((a) => a.acknowledged - back)),
  };
  report('idem-restart', measured, {
    'rows = acknowledged keys': rows === acknowledged.length && missing === 0 && unacknowledgedInDb === 0,
    'no duplicates': duplicates === 0,
    'every action acknowledged in the end': acknowledged.length === actions.length,
    'the outage was met (retries happened)': Object.keys(retried).length > 0,
  });
}

async function poolExhaustion({ tenants, ids }) {
  const [slow, other] = tenants;
  // Slow requests: the hospital's patients are locked for 3 s, so each request that gets a
  // connection holds it while it waits.
  const lock = spawn('psql', [process.env.BENCH_DB_URL ?? 'postgresql://postgres@127.0.0.1:5432/hms', '-qc',
    `BEGIN; LOCK TABLE ${schema(slow)}.patients IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(3); COMMIT;`], { stdio: 'ignore' });
  const locked = Date.now();
  await sleep(300);
  const burst = await Promise.all(Array.from({ length: 1000 }, (_, k) => request('GET', `/api/patients/${ids[0][k % ids[0].length]}`, slow)));
  await new Promise((r) => (lock.exitCode !== null ? r() : lock.on('exit', r)));
  const released = Date.now();
  const after = [];
  for (let k = 0; k < 50; k++) after.push(await request('GET', `/api/patients/${ids[1][k]}`, other));
  const rejected = burst.filter((r) => r.status === 503);
  const byStatus = {};
  for (const r of burst) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const measured = {
    byStatus,
    rejectedMedianMs: rejected.length ? median(rejected.map((r) => r.end - r.start)) : null,
    rejectedSlowestMs: rejected.length ? Math.max(...rejected.map((r) => r.end - r.start)) : null,
    slowestAnswerMs: Math.max(...burst.map((r) => r.end - r.start)),
    lockHeldMs: released - locked,
    afterOk: after.filter((r) => r.status === 200).length,
    afterSlowestMs: Math.max(...after.map((r) => r.end - r.start)),
  };
  report('pool', measured, {
    'overflow answered 503 with Retry-After': rejected.length > 0 && rejected.every(isProblem503),
    'only 200 or 503, no hangs': burst.every((r) => r.status === 200 || r.status === 503),
    'rejections fast (<= 5 s)': measured.rejectedSlowestMs !== null && measured.rejectedSlowestMs <= FAIL_WITHIN_MS,
    'normal traffic at once after': measured.afterOk === after.length && measured.afterSlowestMs < 1000,
  });
}

async function dependencyFrozen(drill, port, check, { tenants, ids }, extra) {
  const pid = pidOnPort(port);
  const load = traffic(20, () => {
    const i = Math.floor(Math.random() * tenants.length);
    return { kind: 'read', method: 'GET', path: `/api/patients/${ids[i][Math.floor(Math.random() * ids[i].length)]}`, tenant: tenants[i] };
  });
  const side = extra ? traffic(3, extra.pick) : null;
  const probe = probes();
  await sleep(3000);
  const down = Date.now();
  signal([pid], 'STOP');
  await sleep(OUTAGE_MS);
  signal([pid], 'CONT');
  const back = Date.now();
  await sleep(15000);
  await load.stop();
  if (side) await side.stop();
  await probe.stop();
  const depDown = (p) => p.readyBody?.checks?.some((c) => c.name === check && c.status === 'DOWN');
  const firstDown = probe.seen.find((p) => p.at >= down && depDown(p));
  const upAgain = probe.seen.find((p) => p.at >= back && p.ready === 200);
  const measured = {
    reads: summarize(load.records, down, back),
    readyReportsDownAfterMs: firstDown ? firstDown.at - down : null,
    readyUpAgainAfterMs: upAgain ? upAgain.at - back : null,
    liveNotUp: probe.seen.filter((p) => p.live !== 200).length,
  };
  const bounds = {
    'reads unaffected': measured.reads.requests > 0 && Object.keys(measured.reads.byStatus).every((s) => s === '200'),
    [`readiness reports ${check} DOWN`]: measured.readyReportsDownAfterMs !== null && measured.readyReportsDownAfterMs <= RECOVER_WITHIN_MS,
    'readiness UP again within 10 s': measured.readyUpAgainAfterMs !== null && measured.readyUpAgainAfterMs <= RECOVER_WITHIN_MS,
    'liveness always UP': measured.liveNotUp === 0,
  };
  if (side) {
    // The side calls' normal answers are 4xx (a wrong password, an upload not made): only a 5xx,
    // a hang or a broken connection is a failure.
    const normal = (status) => typeof status === 'number' && status < 500;
    const calls = summarize(side.records, down + 200, back, normal);
    const afterOk = side.records.filter((r) => r.start >= back + RECOVER_WITHIN_MS && r.status === extra.normal).length;
    const afterFail = side.records.filter((r) => r.start >= back + RECOVER_WITHIN_MS && r.status !== extra.normal).length;
    Object.assign(measured, { [extra.name]: calls, [`${extra.name}After`]: { ok: afterOk, failed: afterFail } });
    Object.assign(bounds, {
      [`${extra.name}: failures are 503 problems`]: calls.badErrors === 0 && (calls.byStatus[503] ?? 0) > 0,
      [`${extra.name}: failures within ${extra.withinMs / 1000} s`]: calls.slowestFailureMs <= extra.withinMs,
      [`${extra.name}: work again after`]: afterOk > 0 && afterFail === 0,
    });
  }
  report(drill, measured, bounds);
}

// --- Run -----------------------------------------------------------------------------------

log(`drills ${chosen.join(', ')}; outage ${OUTAGE_MS / 1000} s`);
const { tenants } = await hospitals(`drill_${run}`, 3);
const ids = tenants.map((t) => seedPatients(t, 500));
const world = { tenants, ids };
let restore = () => {};
process.on('exit', () => restore());
for (const drill of chosen) {
  if (drill === 'db-restart') {
    restore = () => pgReady() || pg('start');
    await databaseOutage(drill, world, () => pg('stop'), () => pg('start'));
  } else if (drill === 'db-freeze') {
    let frozen = [];
    restore = () => frozen.length && signal(frozen, 'CONT');
    await databaseOutage(drill, world, () => { frozen = pidsOf('postgres'); signal(frozen, 'STOP'); }, () => { signal(frozen, 'CONT'); frozen = []; });
  } else if (drill === 'idem-restart') {
    restore = () => pgReady() || pg('start');
    await idempotentRetries(world);
  } else if (drill === 'pool') {
    await poolExhaustion(world);
  } else if (drill === 'jwks') {
    // Sign-ins of unknown users (401), a new e-mail each time so that the throttle stays out of it.
    const signIn = { name: 'sign-in', normal: 401, withinMs: FAIL_WITHIN_MS, pick: () => ({ kind: 'signin', method: 'POST', path: '/auth/signin', body: { email: `nobody-${Math.random().toString(36).slice(2)}@bench.hms.test`, password: 'Wrong-Passw0rd!' } }) };
    await dependencyFrozen(drill, Number(process.env.DRILL_COGNITO_PORT ?? 9229), 'identity-provider', world, signIn);
  } else if (drill === 's3') {
    // An upload announced but never made: completing it asks S3 for the object (409 when S3
    // answers that it is missing, 503 when S3 does not answer).
    const t = tenants[0];
    const pending = await request('POST', '/api/files', t, { filename: 'scan.pdf', contentType: 'application/pdf', size: 1000, patientId: ids[0][0] });
    if (pending.status !== 201) throw new Error(`presign: ${pending.status} ${JSON.stringify(pending.problem)}`);
    const files = { name: 'file calls', normal: 409, withinMs: FAIL_WITHIN_MS + 1000, pick: () => ({ kind: 'file', method: 'POST', path: `/api/files/${pending.json.id}/complete`, tenant: t }) };
    await dependencyFrozen(drill, Number(process.env.DRILL_S3_PORT ?? 9090), 'object-store', world, files);
  } else {
    throw new Error(`unknown drill ${drill}; known: ${ALL.join(', ')}`);
  }
  restore();
  restore = () => {};
  await sleep(5000);
}

const row = (r) => `| ${r.drill} | ${r.broken.length ? `**broken: ${r.broken.join('; ')}**` : 'all hold'} | \`${JSON.stringify(r.measured).replaceAll('|', '/')}\` |`;
appendFileSync('docs/reliability.md', `
### Drills run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (\`bench/drills.sh ${chosen.join(' ')}\`, outage ${OUTAGE_MS / 1000} s${chosen.includes('idem-restart') ? `; idem-restart: outage ${IDEM_OUTAGE_MS / 1000} s, ${IDEM_CLIENTS} clients, timeout ${IDEM_TIMEOUT_MS} ms` : ''})

| drill | bounds | measured |
|---|---|---|
${results.map(row).join('\n')}
`);
log('appended to docs/reliability.md');
process.exit(results.some((r) => r.broken.length) ? 1 : 0);
