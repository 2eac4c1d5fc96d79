// A patient's age as a banner says it: whole years, months under two (a 14-month-old is not
// "1 year"), days under one month. Counted in calendar units from the date of birth (YYYY-MM-DD)
// to today's local date, so a birthday counts from its morning.
import { text } from '@/i18n/text';

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y, m, d];
}

/** Whole calendar months from birth to the day (negative never: a future birth gives 0). */
function months(birth: string, today: Date): number {
  const [y, m, d] = parts(birth);
  let n = (today.getFullYear() - y) * 12 + (today.getMonth() + 1 - m);
  if (today.getDate() < d) n -= 1;
  return Math.max(0, n);
}

export function ageInYears(birth: string, today = new Date()): number {
  return Math.floor(months(birth, today) / 12);
}

export function ageText(birth: string, today = new Date()): string {
  const m = months(birth, today);
  if (m >= 24) {
    return text.common.years(Math.floor(m / 12));
  }
  if (m >= 1) return text.common.months(m);
  const [y, mo, d] = parts(birth);
  const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.max(0, Math.round((midnight.getTime() - new Date(y, mo - 1, d).getTime()) / 86_400_000));
  return text.common.days(days);
}

/** Whether adult normal ranges describe the patient (18 or older). */
export function isAdult(birth: string, today = new Date()): boolean {
  return ageInYears(birth, today) >= 18;
}
