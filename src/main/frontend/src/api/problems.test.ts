import { describe as group, expect, it } from 'vitest';
import { describe, fieldErrors, isForbidden, problemOf, retryable } from './problems';

group('problems in words', () => {
  it('says a known problem in the words of the screen, whatever the detail', () => {
    expect(describe({ type: 'urn:hms:problem:stale-version', status: 412, detail: 'If-Match "3" is not "4"' })).toBe(
      'Someone else changed this meanwhile. Reload to see their change, then edit again.',
    );
  });

  it("falls back to the server's detail, then the title", () => {
    expect(describe({ type: 'urn:hms:problem:new-thing', detail: 'The detail.', title: 'The title' })).toBe(
      'The detail.',
    );
    expect(describe({ type: 'urn:hms:problem:new-thing', title: 'The title' })).toBe('The title');
  });

  it('names each field the server refused', () => {
    expect(
      fieldErrors({
        type: 'urn:hms:problem:validation',
        errors: [
          { field: 'dateOfBirth', message: 'must be in the past' },
          { field: 'email', message: 'is not an e-mail address' },
        ],
      }),
    ).toEqual({ dateOfBirth: 'must be in the past', email: 'is not an e-mail address' });
    expect(fieldErrors(null)).toEqual({});
  });
});

group('problems from any answer', () => {
  it("keeps the server's problem and adds the status it lacks", () => {
    const answer = new Response(null, { status: 409 });
    expect(problemOf({ type: 'urn:hms:problem:clinician-busy' }, answer)).toEqual({
      type: 'urn:hms:problem:clinician-busy',
      status: 409,
    });
  });

  it("knows a proxy's HTML error page by its status", () => {
    const problem = problemOf('<html><body>Bad Gateway</body></html>', new Response(null, { status: 502 }));
    expect(problem.status).toBe(502);
    expect(describe(problem)).toBe('The system is briefly unavailable. Please try again in a few seconds.');
  });

  it('knows an empty 403 as forbidden, and a 503 as not', () => {
    expect(isForbidden(problemOf(undefined, new Response(null, { status: 403 })))).toBe(true);
    expect(isForbidden({ type: 'urn:hms:problem:tenant-forbidden', status: 403 })).toBe(true);
    expect(
      isForbidden(problemOf({ type: 'urn:hms:problem:database-unavailable' }, new Response(null, { status: 503 }))),
    ).toBe(false);
  });

  it('says a rate limit in words, not as a number', () => {
    expect(describe(problemOf('', new Response(null, { status: 429 })))).toMatch(/Too many requests/);
  });

  it('offers a retry only where one can help', () => {
    expect(retryable({ status: 503 })).toBe(true);
    expect(retryable({ status: 429 })).toBe(true);
    expect(retryable({ detail: 'The server cannot be reached.' })).toBe(true);
    expect(retryable({ status: 403, type: 'urn:hms:problem:forbidden' })).toBe(false);
    expect(retryable({ status: 404, type: 'urn:hms:problem:not-found' })).toBe(false);
  });
});
