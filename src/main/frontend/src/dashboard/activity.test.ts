import { describe, expect, it } from 'vitest';
import { appointment } from '@/testing/appointments';
import { byStatus } from './activity';

describe("the day's appointments by status", () => {
  it('counts each status in the order of the workflow and leaves out those with none', () => {
    const all = [
      appointment({ id: '1', status: 'COMPLETED' }),
      appointment({ id: '2', status: 'SCHEDULED' }),
      appointment({ id: '3', status: 'COMPLETED' }),
      appointment({ id: '4', status: 'CHECKED_IN' }),
    ];
    expect(byStatus(all)).toEqual([
      { status: 'SCHEDULED', count: 1 },
      { status: 'CHECKED_IN', count: 1 },
      { status: 'COMPLETED', count: 2 },
    ]);
    expect(byStatus([])).toEqual([]);
  });
});
