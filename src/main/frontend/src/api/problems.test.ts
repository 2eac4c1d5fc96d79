import { describe as group, expect, it } from 'vitest';
import { describe, fieldErrors } from './problems';

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
    expect(fieldErrors(undefined)).toEqual({});
  });
});
