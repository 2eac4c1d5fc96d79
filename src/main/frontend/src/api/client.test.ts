import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, problem, server } from '@/testing/server';
import { api, tenant } from './client';

const tokens = vi.hoisted(() => ({ token: 'old', refresh: vi.fn<() => Promise<boolean>>() }));
vi.mock('@/session/tokens', () => ({
  currentToken: () => tokens.token,
  currentTenant: () => 'general',
  refresh: tokens.refresh,
}));

describe('the API client', () => {
  beforeEach(() => {
    tokens.token = 'old';
    tokens.refresh.mockReset();
  });

  it('sends the bearer token and the chosen hospital', async () => {
    const sent = server({ 'GET /api/clinicians': json([]) });
    await api.GET('/api/clinicians', { params: { header: tenant() } });
    expect(sent[0].headers.get('Authorization')).toBe('Bearer old');
    expect(sent[0].headers.get('X-Tenant-ID')).toBe('general');
  });

  it('refreshes once on a 401 and repeats the call with the new token', async () => {
    tokens.refresh.mockImplementation(async () => {
      tokens.token = 'new';
      return true;
    });
    const sent = server({
      'GET /api/clinicians': (request) =>
        request.headers.get('Authorization') === 'Bearer new' ? json([{ id: 'c1' }]) : problem(401, 'unauthorized'),
    });
    const answer = await api.GET('/api/clinicians', { params: { header: tenant() } });
    expect(tokens.refresh).toHaveBeenCalledTimes(1);
    expect(sent.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer old', 'Bearer new']);
    expect(answer.data).toEqual([{ id: 'c1' }]);
  });

  it('hands the 401 back when the refresh is refused', async () => {
    tokens.refresh.mockResolvedValue(false);
    server({ 'GET /api/clinicians': problem(401, 'unauthorized') });
    const answer = await api.GET('/api/clinicians', { params: { header: tenant() } });
    expect(answer.response.status).toBe(401);
    expect(answer.error).toMatchObject({ type: 'urn:hms:problem:unauthorized' });
  });

  it('never refreshes for the sign-in call itself', async () => {
    server({ 'POST /auth/signin': problem(401, 'invalid-credentials') });
    const answer = await api.POST('/auth/signin', { body: { email: 'a@b.test', password: 'wrong' } });
    expect(tokens.refresh).not.toHaveBeenCalled();
    expect(answer.error).toMatchObject({ type: 'urn:hms:problem:invalid-credentials' });
  });

  it("hands back a 403's problem as the error, with no data", async () => {
    server({ 'GET /api/members': problem(403, 'forbidden') });
    const answer = await api.GET('/api/members', { params: { header: tenant() } });
    expect(answer.data).toBeUndefined();
    expect(answer.error).toMatchObject({ type: 'urn:hms:problem:forbidden', status: 403 });
  });
});
