// Vital signs as clinicians read them: in the order of an observation chart (blood pressure,
// pulse, breathing, oxygen, temperature, then size), with units, and a value outside the adult
// normal range said in words ("High", "Low"), not by colour alone. The ranges are adult ones: for
// a patient under 18 nothing is flagged (a child's pulse of 120 is not high), and the screens
// say so rather than flag what the ranges do not describe.
import type { components } from '@/api/schema';
import { number } from './format';

export type Vitals = components['schemas']['Vitals'];
export type VitalKey = keyof Vitals;
export type Flag = 'High' | 'Low';

type Field = {
  key: VitalKey;
  /** The label of the editor's field: the words and the unit. */
  label: string;
  unit: string;
  /** Inclusive adult normal range; a missing bound is never flagged on that side. */
  low?: number;
  high?: number;
};

/** The fields the API has, in clinical order. */
export const VITAL_FIELDS: readonly Field[] = [
  { key: 'systolic', label: 'Systolic (mmHg)', unit: 'mmHg', low: 90, high: 139 },
  { key: 'diastolic', label: 'Diastolic (mmHg)', unit: 'mmHg', low: 60, high: 89 },
  { key: 'pulse', label: 'Pulse (/min)', unit: '/min', low: 60, high: 100 },
  { key: 'respiratoryRate', label: 'Respiratory rate (/min)', unit: '/min', low: 12, high: 20 },
  { key: 'spo2', label: 'SpO₂ (%)', unit: '%', low: 95 },
  { key: 'temperatureC', label: 'Temperature (°C)', unit: '°C', low: 36.1, high: 37.9 },
  { key: 'heightCm', label: 'Height (cm)', unit: 'cm' },
  { key: 'weightKg', label: 'Weight (kg)', unit: 'kg' },
];

/** Body mass index's adult normal range (kg/m²). */
const BMI = { low: 18.5, high: 24.9 };

/** One line of a vitals read-out: "Blood pressure 150/95 mmHg High (normal 90–139/60–89)". */
export type Reading = {
  key: VitalKey | 'bloodPressure' | 'bmi';
  name: string;
  value: string;
  unit: string;
  flag?: Flag;
  /** The normal range in words, for the reader who wonders why it is flagged. */
  normal?: string;
};

function flagOf(value: number, low?: number, high?: number): Flag | undefined {
  if (low !== undefined && value < low) return 'Low';
  if (high !== undefined && value > high) return 'High';
  return undefined;
}

function range(low?: number, high?: number): string | undefined {
  if (low !== undefined && high !== undefined) return `${number(low)}–${number(high)}`;
  if (low !== undefined) return `${number(low)} or more`;
  if (high !== undefined) return `${number(high)} or less`;
  return undefined;
}

const field = (key: VitalKey) => VITAL_FIELDS.find((f) => f.key === key)!;

/** High or Low against the adult range, or nothing when normal or not ranged. */
export function vitalFlag(key: VitalKey, value: number): Flag | undefined {
  const f = field(key);
  return flagOf(value, f.low, f.high);
}

/** Weight over height squared, one decimal; only when both are there. */
export function bmi(vitals: Vitals): number | undefined {
  if (!vitals.heightCm || !vitals.weightKg) return undefined;
  const metres = vitals.heightCm / 100;
  return Math.round((vitals.weightKg / (metres * metres)) * 10) / 10;
}

function single(key: VitalKey, name: string, value: number, adult: boolean): Reading {
  const f = field(key);
  return {
    key,
    name,
    value: number(value),
    unit: f.unit,
    flag: adult ? flagOf(value, f.low, f.high) : undefined,
    normal: adult ? range(f.low, f.high) : undefined,
  };
}

/**
 * The vitals present, in clinical order. Systolic and diastolic make one blood pressure when both
 * are there (flagged by the worse of the two: High wins, as a hypertensive reading matters more
 * than a low diastolic beside it); BMI is derived when height and weight are. `adult: false`
 * leaves every flag and range out.
 */
export function readVitals(vitals: Vitals | undefined, { adult = true }: { adult?: boolean } = {}): Reading[] {
  if (!vitals) return [];
  const out: Reading[] = [];
  const { systolic, diastolic } = vitals;
  if (systolic !== undefined && diastolic !== undefined) {
    const s = field('systolic');
    const d = field('diastolic');
    const flags = [flagOf(systolic, s.low, s.high), flagOf(diastolic, d.low, d.high)];
    out.push({
      key: 'bloodPressure',
      name: 'Blood pressure',
      value: `${number(systolic)}/${number(diastolic)}`,
      unit: 'mmHg',
      flag: adult ? (flags.includes('High') ? 'High' : flags.includes('Low') ? 'Low' : undefined) : undefined,
      normal: adult ? `${range(s.low, s.high)}/${range(d.low, d.high)}` : undefined,
    });
  } else if (systolic !== undefined) out.push(single('systolic', 'Systolic pressure', systolic, adult));
  else if (diastolic !== undefined) out.push(single('diastolic', 'Diastolic pressure', diastolic, adult));

  const names: Partial<Record<VitalKey, string>> = {
    pulse: 'Pulse',
    respiratoryRate: 'Respiratory rate',
    spo2: 'SpO₂',
    temperatureC: 'Temperature',
    heightCm: 'Height',
    weightKg: 'Weight',
  };
  for (const f of VITAL_FIELDS) {
    const value = vitals[f.key];
    const name = names[f.key];
    if (name && value !== undefined) out.push(single(f.key, name, value, adult));
  }
  const index = bmi(vitals);
  if (index !== undefined)
    out.push({
      key: 'bmi',
      name: 'BMI',
      value: number(index),
      unit: 'kg/m²',
      flag: adult ? flagOf(index, BMI.low, BMI.high) : undefined,
      normal: adult ? range(BMI.low, BMI.high) : undefined,
    });
  return out;
}

/** One reading as a sentence, e.g. for a list's accessible text: "Pulse 112 /min, High (normal 60–100)". */
export function readingText(r: Reading): string {
  const flag = r.flag ? `, ${r.flag}${r.normal ? ` (normal ${r.normal})` : ''}` : '';
  return `${r.name} ${r.value} ${r.unit}${flag}`;
}
