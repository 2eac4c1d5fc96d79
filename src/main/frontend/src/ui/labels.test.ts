import { describe, expect, it } from 'vitest';
import { text } from '@/i18n/text';
import {
  appointmentClinician,
  appointmentStatusLabel,
  auditActionLabel,
  auditActor,
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

  it('names who acted in the audit trail by name and role, the platform as its operator', () => {
    expect(auditActor({ actorName: 'Dr Dan Doctor', actorRole: 'DOCTOR' })).toEqual({
      name: 'Dr Dan Doctor',
      role: 'Doctor',
    });
    expect(auditActor({ actorRole: 'PLATFORM_ADMIN' })).toEqual({
      name: 'Platform operator',
      role: 'Platform administrator',
    });
    expect(auditActor({ actorRole: 'NOT_MEMBER' })).toEqual({ name: 'Not a member of this hospital', role: '' });
  });
});

describe('counts', () => {
  it('says one in the singular, any other number in the plural', () => {
    expect(text.pager.where(text.audit.events(1), 1, 1)).toBe('1 event · page 1 of 1');
    expect(text.pager.where(text.hospitals.count(1), 1, 1)).toBe('1 hospital · page 1 of 1');
    expect(text.pager.where(text.patients.count(0), 1, 1)).toBe('0 patients · page 1 of 1');
    expect(text.dashboard.eventsToday(1)).toBe('1 event recorded today; the latest:');
    expect(text.dashboard.countToday(1)).toBe('1 appointment today');
    expect(text.records.prescription('Amoxicillin', '500 mg', 'By mouth', 'three times a day', 1)).toBe(
      'Amoxicillin 500 mg, by mouth, three times a day, for 1 day',
    );
  });
});
