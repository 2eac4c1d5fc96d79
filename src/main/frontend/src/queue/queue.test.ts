import { describe, expect, it } from 'vitest';
import { appointment } from '@/testing/appointments';
import { expectedArrivals, waitingQueue, waitingTime, waitsFor } from './queue';

describe('the queue', () => {
  it('holds the checked-in patients in the order they arrived, not the order they were booked', () => {
    const all = [
      appointment({
        id: 'late-booked-early-arrived',
        status: 'CHECKED_IN',
        start: '2030-01-07T11:00:00Z',
        checkedInAt: '2030-01-07T08:40:00Z',
      }),
      appointment({
        id: 'early-booked-late-arrived',
        status: 'CHECKED_IN',
        start: '2030-01-07T09:00:00Z',
        checkedInAt: '2030-01-07T08:55:00Z',
      }),
      appointment({ id: 'in-progress', status: 'IN_PROGRESS', checkedInAt: '2030-01-07T08:30:00Z' }),
      appointment({ id: 'expected', status: 'CONFIRMED' }),
      appointment({ id: 'unrecorded-later', status: 'CHECKED_IN', start: '2030-01-07T10:00:00Z' }),
      appointment({ id: 'unrecorded-earlier', status: 'CHECKED_IN', start: '2030-01-07T08:00:00Z' }),
    ];
    expect(waitingQueue(all).map((a) => a.id)).toEqual([
      'late-booked-early-arrived',
      'early-booked-late-arrived',
      'unrecorded-earlier',
      'unrecorded-later',
    ]);
  });

  it('expects the booked arrivals not yet checked in, by time', () => {
    const all = [
      appointment({ id: 'ten', status: 'CONFIRMED', start: '2030-01-07T10:00:00Z' }),
      appointment({ id: 'nine', status: 'SCHEDULED', start: '2030-01-07T09:00:00Z' }),
      appointment({ id: 'here', status: 'CHECKED_IN' }),
      appointment({ id: 'cancelled', status: 'CANCELLED' }),
      appointment({ id: 'absent', status: 'NO_SHOW' }),
      appointment({ id: 'done', status: 'COMPLETED' }),
    ];
    expect(expectedArrivals(all).map((a) => a.id)).toEqual(['nine', 'ten']);
  });

  it('says how long a patient has waited, in whole minutes', () => {
    const arrived = '2030-01-07T08:00:00Z';
    const at = (minutes: number, seconds = 0) => new Date(Date.parse(arrived) + (minutes * 60 + seconds) * 1000);
    expect(waitingTime(arrived, at(0, 59))).toBe('Just arrived');
    expect(waitingTime(arrived, at(1))).toBe('Waiting 1 min');
    expect(waitingTime(arrived, at(12, 59))).toBe('Waiting 12 min');
    expect(waitingTime(arrived, at(65))).toBe('Waiting 1 h 05 min');
    expect(waitingTime(arrived, at(150))).toBe('Waiting 2 h 30 min');
    // A browser clock a little behind the server's is not a negative wait.
    expect(waitingTime(arrived, at(0, -20))).toBe('Just arrived');
    expect(waitingTime(undefined, at(5))).toBe('Arrival time not recorded');
  });

  it('tells the front desk whom the patient waits for, by the clinician label', () => {
    expect(waitsFor(appointment({}))).toBe('Waits for doctor@hms.test');
    expect(waitsFor(appointment({ clinicianEmail: undefined }))).toBe('Waits for a former member');
  });
});
