// Many tenants for the scale checks of issue 9 (docs/benchmarks.md): provisions N hospitals
// through the public API (schema, migrations, first administrator), a few at a time, all with the
// same administrator, and prints the provisioning times; then times the first and second request
// to 300 of them (the first creates the tenant's EntityManagerFactory). Idempotent: a tenant that
// exists is skipped, so an interrupted run can be repeated.
// Usage: node bench/tenants.mjs [count=10000] [parallel=4] [start=0]
// (start: the number of the first tenant, scale_<start>..., to add tenants one at a time to a
// database that already has many: `node bench/tenants.mjs 30 1 10000` times 30 more, sequentially.)
import { BASE, call, log, median } from './setup.mjs';

const [count = 10000, parallel = 4, start = 0] = process.argv.slice(2).map(Number);
const ADMIN = { email: process.env.HMS_ADMIN_EMAIL ?? 'admin@hms.local', password: process.env.HMS_ADMIN_PASSWORD ?? 'Admin-Passw0rd!' };
let token = (await call('POST', '/auth/signin', { body: ADMIN })).accessToken;
const times = [];
let next = 0;
let existed = 0;
const started = Date.now();
await Promise.all(Array.from({ length: parallel }, async () => {
  while (next < count) {
    const i = start + next++;
    const id = `scale_${String(i).padStart(5, '0')}`;
    const t0 = performance.now();
    const answer = await fetch(`${BASE}/platform/tenants`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ id, name: `Scale ${i}`, adminEmail: ADMIN.email }),
    });
    await answer.text();
    if (answer.status === 409) existed++;
    else if (answer.status === 201) times.push(performance.now() - t0);
    else throw new Error(`${id}: ${answer.status}`);
    if (i % 500 === 0) {
      log(`${i}/${count} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
      token = (await call('POST', '/auth/signin', { body: ADMIN })).accessToken;
    }
  }
}));
const sorted = [...times].sort((a, b) => a - b);
log(`${times.length} provisioned (${existed} existed) in ${((Date.now() - started) / 1000).toFixed(0)} s; median ${median(times)?.toFixed(0)} ms, p99 ${sorted[Math.floor(sorted.length * 0.99)]?.toFixed(0)} ms`);

// What a tenant's own EntityManagerFactory costs: the first request to each of 300 tenants
// creates one (past tenancy.factories.max, 200 by default, the least recently used is closed),
// the second finds it.
const timed = async (id) => {
  const t0 = performance.now();
  await call('GET', '/api/settings', { token, tenant: id });
  return performance.now() - t0;
};
const first = [];
const second = [];
for (let i = 0; i < Math.min(count, 300); i++) {
  const id = `scale_${String(start + count - 1 - i).padStart(5, '0')}`;
  first.push(await timed(id));
  second.push(await timed(id));
}
log(`GET /api/settings of ${first.length} tenants, one at a time: first request median ${median(first).toFixed(1)} ms (creates the tenant's factory), second ${median(second).toFixed(1)} ms`);
