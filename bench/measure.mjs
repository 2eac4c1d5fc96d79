// The measurement the bench scripts share (bench/load.mjs, bench/ab.mjs): a wrk run against a
// server, with the CPU time per request of that server (the process listening on the URL's port;
// another server may run beside it) and of its database's PostgreSQL backends and WAL writer.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DB, sql } from './setup.mjs';

const REQUESTS_LUA = fileURLToPath(new URL('wrk/requests.lua', import.meta.url));

/**
 * wrk -t2 at connections for seconds against url; with requests (a .tsv file as
 * bench/wrk/requests.lua reads it) the requests come from that file. db: the psql connection
 * string of the server's database. Returns wrk's output (stdout and stderr) and its figures, or
 * failed: true where wrk printed no result.
 */
export function wrk({ url, requests, connections, seconds, db = DB }) {
  const args = ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '--latency'];
  const env = { ...process.env };
  if (requests) {
    args.push('-s', REQUESTS_LUA, url);
    env.BENCH_REQUESTS = requests;
  } else args.push(url);
  const server = [serverPid(url)].filter(Boolean);
  const pg = postgresPids(db);
  const before = [cpuMs(server), cpuMs(pg)];
  // wrk itself can hang on a server that stops answering: bounded, and its output kept.
  const done = spawnSync('wrk', args, { env, encoding: 'utf8', timeout: (seconds + 60) * 1000, killSignal: 'SIGKILL' });
  // Without wrk every run would read as "NO ANSWER", as if the server were down.
  if (done.error?.code === 'ENOENT') throw new Error('wrk is not installed (bench/stack.sh installs it: apt-get install wrk)');
  const used = [cpuMs(server) - before[0], cpuMs(pg) - before[1]];
  const out = done.stdout ?? '';
  return { output: `${out}\n${done.stderr ?? ''}`, figures: figures(out, used) };
}

// wrk's output read: req/s, latency percentiles (ms; p99Text as wrk wrote it), errors, and the
// CPU time used (ms: server, PostgreSQL) per request.
function figures(out, used) {
  if (!/Requests\/sec/.test(out)) {
    return { rps: 0, p50: NaN, p90: NaN, p99: NaN, non2xx: NaN, socket: NaN, timeouts: NaN, failed: true };
  }
  const num = (re) => {
    const m = out.match(re);
    return m ? m[1] : '0';
  };
  const ms = (v) => (v.endsWith('us') ? parseFloat(v) / 1000 : v.endsWith('ms') ? parseFloat(v) : parseFloat(v) * 1000);
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const requests = Number(num(/(\d+) requests in/));
  const p99 = num(/ 99%\s+(\S+)/);
  return {
    serverCpuMs: used[0] / requests,
    pgCpuMs: used[1] / requests,
    rps: parseFloat(num(/Requests\/sec:\s+([\d.]+)/)),
    p50: ms(num(/ 50%\s+(\S+)/)),
    p90: ms(num(/ 90%\s+(\S+)/)),
    p99: ms(p99),
    p99Text: p99,
    non2xx: Number(num(/Non-2xx or 3xx responses: (\d+)/)),
    socket: socket ? socket.slice(1).map(Number).reduce((a, b) => a + b, 0) : 0,
    timeouts: socket ? Number(socket[4]) : 0,
  };
}

/** The pid of the process that listens on url's port, or null. */
export function serverPid(url) {
  const port = new URL(url).port || '80';
  const out = spawnSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' }).stdout ?? '';
  return (out.match(/pid=(\d+)/) ?? [])[1] ?? null;
}

// CPU time (user + system, ms) that processes used so far, from /proc/<pid>/stat (clock ticks of
// 10 ms). PostgreSQL's share: the backends of this database (the server's pool) and the WAL writer.
function cpuMs(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10;
}

const postgresPids = (db = DB) =>
  sql(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
       OR backend_type = 'walwriter';`,
    db,
  )
    .trim()
    .split('\n')
    .filter(Boolean);
