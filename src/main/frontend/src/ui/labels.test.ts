import { describe, expect, it } from 'vitest';
import {
  appointmentClinician,
  appointmentStatusLabel,
  auditActionLabel,
  auditActorLabel,
  auditResourceLabel,
  memberName,
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

describe('names', () => {
  it('names members by their display name, else by e-mail', () => {
    expect(memberName({ displayName: 'Dr Grace Hopper', email: 'g@h.org' })).toBe('Dr Grace Hopper');
    expect(memberName({ email: 'g@h.org' })).toBe('g@h.org');
    expect(appointmentClinician({ clinicianName: 'Dr Grace Hopper', clinicianEmail: 'g@h.org' })).toBe(
      'Dr Grace Hopper',
    );
    expect(appointmentClinician({ clinicianEmail: 'g@h.org' })).toBe('g@h.org');
    expect(appointmentClinician({})).toBe('a former member');
  });
});
