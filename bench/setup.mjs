// What the bench scripts share: the API caller, SQL through psql, and hospitals with a signed-in
// administrator each, created through the public API (sign-up, confirmation with the stack's fixed
// code, provisioning by the platform administrator, sign-in).
import { execFileSync } from 'node:child_process';
import { caller } from '../src/test/stack/api.mjs';

export const BASE = process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:9080';
export const DB = process.env.BENCH_DB_URL ?? 'postgresql://postgres@127.0.0.1:5432/hms';
export const call = caller(BASE);
export const log = (...a) => console.log('[bench]', ...a);
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const CODE = process.env.BENCH_COGNITO_CODE;
const ADMIN = {
  email: process.env.HMS_ADMIN_EMAIL ?? 'admin@hms.local',
  password: process.env.HMS_ADMIN_PASSWORD ?? 'Admin-Passw0rd!',
};
const PASSWORD = 'Bench-Passw0rd!';

/** The statements run by psql on db (a connection string; the harness's database unless given): its output. */
export function sql(statements, db = DB) {
  return execFileSync('psql', [db, '-qAt', '-v', 'ON_ERROR_STOP=1'], { input: statements, encoding: 'utf8' });
}

/** n hospitals named {prefix}_0.. with an administrator each: [{ id, token }], and the provisioning times in ms. */
export async function hospitals(prefix, n) {
  if (!CODE) throw new Error("BENCH_COGNITO_CODE: the stack's fixed confirmation code (bench/stack.sh starts one with 123456)");
  const platform = (await call('POST', '/auth/signin', { body: ADMIN })).accessToken;
  const made = [];
  const provisioning = [];
  for (let i = 0; i < n; i++) {
    const email = `${prefix}-${i}@bench.hms.test`.replaceAll('_', '-');
    await call('POST', '/auth/signup', { body: { email, password: PASSWORD, name: 'Bench' } });
    await call('POST', '/auth/confirm', { body: { email, code: CODE } });
    const id = `${prefix}_${i}`;
    const t0 = performance.now();
    await call('POST', '/platform/tenants', { token: platform, body: { id, name: `Bench ${i}`, adminEmail: email } });
    provisioning.push(performance.now() - t0);
    const token = (await call('POST', '/auth/signin', { body: { email, password: PASSWORD } })).accessToken;
    made.push({ id, token });
  }
  return { tenants: made, provisioning };
}
