import { describe, expect, it } from 'vitest';
import { bmi, readVitals, readingText, VITAL_FIELDS, vitalFlag } from './vitals';

describe('vitals in clinical language', () => {
  it('reads them in the order of an observation chart, whatever order they came in', () => {
    const readings = readVitals({
      weightKg: 70,
      heightCm: 175,
      temperatureC: 36.8,
      spo2: 98,
      respiratoryRate: 16,
      pulse: 72,
      diastolic: 80,
      systolic: 120,
    });
    expect(readings.map((r) => r.name)).toEqual([
      'Blood pressure',
      'Pulse',
      'Respiratory rate',
      'SpO₂',
      'Temperature',
      'Height',
      'Weight',
      'BMI',
    ]);
    expect(VITAL_FIELDS.map((f) => f.key)).toEqual([
      'systolic',
      'diastolic',
      'pulse',
      'respiratoryRate',
      'spo2',
      'temperatureC',
      'heightCm',
      'weightKg',
    ]);
  });

  it('says each with its unit, and flags nothing normal', () => {
    const readings = readVitals({ systolic: 120, diastolic: 80, pulse: 72, spo2: 98, temperatureC: 36.8 });
    expect(readings.map(readingText)).toEqual([
      'Blood pressure 120/80 mmHg',
      'Pulse 72 /min',
      'SpO₂ 98 %',
      'Temperature 36.8 °C',
    ]);
    expect(readings.every((r) => r.flag === undefined)).toBe(true);
  });

  it.each([
    ['systolic', 89, 'Low'],
    ['systolic', 90, undefined],
    ['systolic', 139, undefined],
    ['systolic', 140, 'High'],
    ['diastolic', 59, 'Low'],
    ['diastolic', 60, undefined],
    ['diastolic', 89, undefined],
    ['diastolic', 90, 'High'],
    ['pulse', 59, 'Low'],
    ['pulse', 60, undefined],
    ['pulse', 100, undefined],
    ['pulse', 101, 'High'],
    ['respiratoryRate', 11, 'Low'],
    ['respiratoryRate', 12, undefined],
    ['respiratoryRate', 20, undefined],
    ['respiratoryRate', 21, 'High'],
    ['spo2', 94, 'Low'],
    ['spo2', 95, undefined],
    ['spo2', 100, undefined],
    ['temperatureC', 36.0, 'Low'],
    ['temperatureC', 36.1, undefined],
    ['temperatureC', 37.9, undefined],
    ['temperatureC', 38.0, 'High'],
    ['heightCm', 272, undefined],
    ['weightKg', 0.2, undefined],
  ] as const)('%s %s is %s at the edge of the adult range', (key, value, flag) => {
    expect(vitalFlag(key, value)).toBe(flag);
  });

  it('flags in words with the normal range, never by colour alone', () => {
    const [pulse] = readVitals({ pulse: 112 });
    expect(pulse).toMatchObject({ flag: 'High', normal: '60–100' });
    expect(readingText(pulse)).toBe('Pulse 112 /min, High (normal 60–100)');
    const [spo2] = readVitals({ spo2: 91 });
    expect(readingText(spo2)).toBe('SpO₂ 91 %, Low (normal 95 or more)');
  });

  it('makes one blood pressure of the two, flagged High when either is high', () => {
    expect(readVitals({ systolic: 150, diastolic: 70 })[0]).toMatchObject({ value: '150/70', flag: 'High' });
    expect(readVitals({ systolic: 118, diastolic: 95 })[0]).toMatchObject({ flag: 'High' });
    expect(readVitals({ systolic: 85, diastolic: 55 })[0]).toMatchObject({ flag: 'Low', normal: '90–139/60–89' });
    expect(readVitals({ systolic: 150, diastolic: 55 })[0]).toMatchObject({ flag: 'High' });
  });

  it('says a lone systolic or diastolic as what it is', () => {
    expect(readVitals({ systolic: 150 }).map(readingText)).toEqual([
      'Systolic pressure 150 mmHg, High (normal 90–139)',
    ]);
    expect(readVitals({ diastolic: 70 }).map(readingText)).toEqual(['Diastolic pressure 70 mmHg']);
  });

  it('derives the BMI from height and weight only when both are there', () => {
    expect(bmi({ heightCm: 180, weightKg: 81 })).toBe(25);
    expect(bmi({ heightCm: 180 })).toBeUndefined();
    expect(bmi({ weightKg: 81 })).toBeUndefined();
    const last = readVitals({ heightCm: 180, weightKg: 81 }).at(-1);
    expect(last && readingText(last)).toBe('BMI 25 kg/m², High (normal 18.5–24.9)');
    expect(readVitals({ heightCm: 175, weightKg: 70 }).at(-1)).toMatchObject({ value: '22.9', flag: undefined });
    expect(readVitals({ heightCm: 180, weightKg: 59 }).at(-1)).toMatchObject({ value: '18.2', flag: 'Low' });
  });

  it('flags nothing, and gives no adult range, for a child', () => {
    const readings = readVitals({ pulse: 130, respiratoryRate: 30, systolic: 85, diastolic: 50 }, { adult: false });
    expect(readings.map(readingText)).toEqual([
      'Blood pressure 85/50 mmHg',
      'Pulse 130 /min',
      'Respiratory rate 30 /min',
    ]);
  });

  it('reads nothing from no vitals', () => {
    expect(readVitals(undefined)).toEqual([]);
    expect(readVitals({})).toEqual([]);
  });
});
