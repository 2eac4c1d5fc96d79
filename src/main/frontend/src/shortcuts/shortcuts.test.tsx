import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '@/testing/render';
import { available, mayRegisterPatients, shortcutOf, SEARCH_FIELD_ID } from './shortcuts';
import { Shortcuts } from './Shortcuts';

const push = vi.fn();
let path = '/dashboard/';
vi.mock('next/navigation', () => ({ useRouter: () => ({ push }), usePathname: () => path }));

const key = (k: string, target: EventTarget | null = document.body, extra: Partial<KeyboardEvent> = {}) =>
  shortcutOf({
    key: k,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    isComposing: false,
    defaultPrevented: false,
    target,
    ...extra,
  });

describe('which shortcut a key press means', () => {
  it('knows /, n and ?', () => {
    expect(key('/')).toBe('search');
    expect(key('n')).toBe('newPatient');
    expect(key('?', document.body, { shiftKey: true } as Partial<KeyboardEvent>)).toBe('help');
    expect(key('x')).toBeNull();
    expect(key('N')).toBeNull();
  });

  it('never fires with Ctrl, Alt or Meta held, or while composing', () => {
    expect(key('n', document.body, { ctrlKey: true })).toBeNull();
    expect(key('/', document.body, { altKey: true })).toBeNull();
    expect(key('?', document.body, { metaKey: true })).toBeNull();
    expect(key('n', document.body, { isComposing: true })).toBeNull();
  });

  it('never takes a letter typed in a field, an editable region, a list or a dialog', () => {
    document.body.innerHTML = `
      <input id="i"><textarea id="t"></textarea><select id="s"></select>
      <div contenteditable="true" id="c"><span id="inner">x</span></div>
      <button role="combobox" id="cb">Clinician</button>
      <div role="dialog"><button id="d">Close</button></div>
      <button id="b">Plain</button>`;
    for (const id of ['i', 't', 's', 'inner', 'cb', 'd']) expect(key('n', document.getElementById(id)), id).toBeNull();
    expect(key('n', document.getElementById('b'))).toBe('newPatient');
    document.body.innerHTML = '';
  });
});

describe('who has which shortcut', () => {
  it('lets every hospital role register patients (the Rule matrix: PATIENT_REGISTER is for members)', () => {
    for (const role of ['ADMIN', 'DOCTOR', 'NURSE', 'RECEPTIONIST'] as const)
      expect(mayRegisterPatients(role)).toBe(true);
    expect(mayRegisterPatients(null)).toBe(false);
    expect(available(null)).toEqual(['help']);
    expect(available('RECEPTIONIST')).toEqual(['search', 'newPatient', 'help']);
  });
});

describe('the shortcuts in the shell', () => {
  it('? opens the dialog listing the shortcuts', async () => {
    renderScreen(<Shortcuts hospitalRole="NURSE" />);
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByRole('row', { name: /\/ Find a patient/ })).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: /n Register a new patient/ })).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: /\? Show this list/ })).toBeTruthy();
  });

  it('is discoverable from the header, for a mouse too', async () => {
    renderScreen(<Shortcuts hospitalRole="DOCTOR" />);
    fireEvent.click(screen.getByRole('button', { name: 'Shortcuts: ?' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });

  it('n goes to a new patient, / to the patients list asking for its search', () => {
    path = '/dashboard/';
    push.mockClear();
    renderScreen(<Shortcuts hospitalRole="RECEPTIONIST" />);
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(push).toHaveBeenLastCalledWith('/patients/new/');
    fireEvent.keyDown(document.body, { key: '/' });
    expect(push).toHaveBeenLastCalledWith('/patients/#search');
  });

  it('/ on the patients list focuses its search field and types no slash into it', () => {
    path = '/patients/';
    push.mockClear();
    renderScreen(
      <>
        <Shortcuts hospitalRole="DOCTOR" />
        <input id={SEARCH_FIELD_ID} aria-label="Search patients" />
      </>,
    );
    const pressed = fireEvent.keyDown(document.body, { key: '/' });
    expect(pressed).toBe(false);
    expect(document.activeElement).toBe(screen.getByLabelText('Search patients'));
    expect(push).not.toHaveBeenCalled();
  });

  it('does nothing while typing in a field or with a modifier key', () => {
    path = '/dashboard/';
    push.mockClear();
    renderScreen(
      <>
        <Shortcuts hospitalRole="ADMIN" />
        <input aria-label="Reason" />
      </>,
    );
    fireEvent.keyDown(screen.getByLabelText('Reason'), { key: 'n' });
    fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: '/', metaKey: true });
    expect(push).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('has no patient shortcuts without a hospital', () => {
    path = '/hospitals/';
    push.mockClear();
    renderScreen(<Shortcuts hospitalRole={null} />);
    fireEvent.keyDown(document.body, { key: 'n' });
    fireEvent.keyDown(document.body, { key: '/' });
    expect(push).not.toHaveBeenCalled();
  });
});
