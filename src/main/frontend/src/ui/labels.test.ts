import { describe, expect, it } from 'vitest';
import {
  appointmentStatusLabel,
  auditActionLabel,
  auditActorLabel,
  auditResourceLabel,
  recordStatusLabel,
  recordTypeLabel,
  routeLabel,
} from './labels';

describe('labels', () => {
  it('gives staff words for codes', () => {
    expect(appointmentStatusLabel('CHECKED_IN')).toBe('Checked in');
    expect(appointmentStatusLabel('NO_SHOW')).toBe('Did not attend');
    expect(recordTypeLabel('FOLLOW_UP')).toBe('Follow-up');
    expect(recordTypeLabel('PHONE')).toBe('Phone call');
    expect(recordStatusLabel('FINAL')).toBe('Signed');
    expect(routeLabel('ORAL')).toBe('By mouth');
    expect(auditActionLabel('SEARCH')).toBe('Listed');
    expect(auditResourceLabel('RECORD')).toBe('Clinical record');
    expect(auditActorLabel('NURSE')).toBe('Nurse');
    expect(auditActorLabel('PLATFORM_ADMIN')).toBe('Platform administrator');
  });

  it('shows a code it has no words for as itself, and nothing as nothing', () => {
    expect(appointmentStatusLabel('ON_HOLD')).toBe('ON_HOLD');
    expect(appointmentStatusLabel(undefined)).toBe('');
  });
});
