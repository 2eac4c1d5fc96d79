import { describe, expect, it } from 'vitest';
import { json, problem, server } from '@/testing/server';
import { RetryKeys, keyed } from './idempotency';
import { api, tenant } from './client';

function counter() {
  let n = 0;
  return () => `k${++n}`;
}

describe('retry keys', () => {
  it('keeps the key of a request whose outcome is unknown', () => {
    const keys = new RetryKeys(counter());
    const first = keys.keyFor('POST /api/patients\n{"a":1}');
    keys.settle('POST /api/patients\n{"a":1}', undefined);
    expect(keys.keyFor('POST /api/patients\n{"a":1}')).toBe(first);
    keys.settle('POST /api/patients\n{"a":1}', 503);
    expect(keys.keyFor('POST /api/patients\n{"a":1}')).toBe(first);
    keys.settle('POST /api/patients\n{"a":1}', 409);
    expect(keys.keyFor('POST /api/patients\n{"a":1}')).toBe(first);
  });

  it('gives a new key once an answer settled the action', () => {
    const keys = new RetryKeys(counter());
    expect(keys.keyFor('r')).toBe('k1');
    keys.settle('r', 201);
    expect(keys.keyFor('r')).toBe('k2');
    keys.settle('r', 400);
    expect(keys.keyFor('r')).toBe('k3');
  });

  it('gives another request its own key', () => {
    const keys = new RetryKeys(counter());
    expect(keys.keyFor('a')).not.toBe(keys.keyFor('b'));
  });

  it('keys the POSTs under /api and /platform only', () => {
    expect(keyed('POST', 'http://h/api/patients')).toBe(true);
    expect(keyed('POST', 'http://h/platform/tenants')).toBe(true);
    expect(keyed('POST', 'http://h/auth/signin')).toBe(false);
    expect(keyed('PUT', 'http://h/api/patients/1')).toBe(false);
  });
});

describe('the client', () => {
  it('sends the same key again when a create failed with a 503, and a new one after success', async () => {
    let calls = 0;
    const sent = server({
      'POST /api/patients': () => (++calls === 1 ? problem(503, 'database-unavailable') : json({ id: 'p1' }, 201)),
    });
    const body = { givenName: 'A', familyName: 'B', dateOfBirth: '1980-01-01', sex: 'FEMALE' } as const;
    await api.POST('/api/patients', { params: { header: tenant() }, body });
    await api.POST('/api/patients', { params: { header: tenant() }, body });
    await api.POST('/api/patients', { params: { header: tenant() }, body });
    const keys = sent.map((r) => r.headers.get('Idempotency-Key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });
});
