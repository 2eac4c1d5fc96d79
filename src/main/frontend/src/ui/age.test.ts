import { describe, expect, it } from 'vitest';
import { ageInYears, ageText, isAdult } from './age';

const on = (day: string) => new Date(`${day}T09:00:00`);

describe("a patient's age", () => {
  it('is whole years from two on, counting the birthday from its morning', () => {
    expect(ageText('1985-12-10', on('2026-12-09'))).toBe('40 years');
    expect(ageText('1985-12-10', on('2026-12-10'))).toBe('41 years');
    expect(ageText('2024-06-01', on('2026-06-01'))).toBe('2 years');
  });

  it('is months for infants and toddlers under two', () => {
    expect(ageText('2024-06-02', on('2026-06-01'))).toBe('23 months');
    expect(ageText('2025-10-15', on('2026-12-01'))).toBe('13 months');
    expect(ageText('2026-10-31', on('2026-12-01'))).toBe('1 month');
  });

  it('is days in the first month', () => {
    expect(ageText('2026-11-02', on('2026-12-01'))).toBe('29 days');
    expect(ageText('2026-11-30', on('2026-12-01'))).toBe('1 day');
    expect(ageText('2026-12-01', on('2026-12-01'))).toBe('0 days');
  });

  it('handles the 29th of February and month ends', () => {
    expect(ageInYears('2008-02-29', on('2026-02-28'))).toBe(17);
    expect(ageInYears('2008-02-29', on('2026-03-01'))).toBe(18);
    expect(ageText('2026-01-31', on('2026-02-28'))).toBe('28 days');
  });

  it('is adult from the 18th birthday', () => {
    expect(isAdult('2008-12-02', on('2026-12-01'))).toBe(false);
    expect(isAdult('2008-12-01', on('2026-12-01'))).toBe(true);
  });
});
